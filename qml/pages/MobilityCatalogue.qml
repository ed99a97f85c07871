// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The programme catalogue: filter chips (what, where, how long, age), a search, one card per programme.
/// Facts nobody could confirm read "à vérifier".
ColumnLayout {
    id: root

    /// On a phone the filters fold away so the cards stay in view.
    property bool showFilters: !App.mobile

    spacing: Theme.spacing

    /// A row of chips for one filter; the empty value means "tout".
    component FilterRow: Flow {
        id: row
        required property string title
        required property var options
        required property string current
        signal picked(string value)
        Layout.fillWidth: true
        visible: root.showFilters
        spacing: Theme.spacing
        Text {
            text: row.title
            height: Theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: row.options
            delegate: TouchButton {
                required property var modelData
                text: modelData.label
                primary: row.current === modelData.value
                onClicked: row.picked(row.current === modelData.value ? "" : modelData.value)
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        QQC2.TextField {
            id: search
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Chercher un programme (ex. Allemagne, stage, bourse)")
            Accessible.name: qsTr("Chercher un programme")
            onTextChanged: Mobility.catalogue.query = text
        }
        TouchButton {
            visible: App.mobile
            text: root.showFilters ? qsTr("Masquer les filtres") : qsTr("Filtres")
            onClicked: root.showFilters = !root.showFilters
        }
        Text {
            visible: !App.mobile
            text: qsTr("%n programme(s)", "", Mobility.catalogue.count)
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
    FilterRow {
        title: qsTr("Quoi")
        options: [{ "value": "volontariat", "label": qsTr("Volontariat") }, { "value": "echange", "label": qsTr("Échange") }, { "value": "etudes", "label": qsTr("Études") }, { "value": "stage", "label": qsTr("Stage") }, { "value": "travail", "label": qsTr("Travail") }, { "value": "projet_solidaire", "label": qsTr("Projet solidaire") }]
        current: Mobility.catalogue.kind
        onPicked: value => Mobility.catalogue.kind = value
    }
    FilterRow {
        title: qsTr("Où")
        options: [{ "value": "europe", "label": qsTr("En Europe") }, { "value": "hors_europe", "label": qsTr("Hors d'Europe") }]
        current: Mobility.catalogue.zone
        onPicked: value => Mobility.catalogue.zone = value
    }
    FilterRow {
        title: qsTr("Durée")
        options: [{ "value": "court", "label": qsTr("< 1 mois") }, { "value": "moyen", "label": qsTr("1–6 mois") }, { "value": "long", "label": qsTr("6–12 mois") }, { "value": "tres_long", "label": qsTr("> 1 an") }]
        current: Mobility.catalogue.duration
        onPicked: value => Mobility.catalogue.duration = value
    }
    FilterRow {
        title: qsTr("Âge")
        options: [{ "value": "15", "label": qsTr("15 ans") }, { "value": "18", "label": qsTr("18 ans") }, { "value": "22", "label": qsTr("22 ans") }, { "value": "26", "label": qsTr("26 ans") }, { "value": "30", "label": qsTr("30 ans") }]
        current: Mobility.catalogue.age > 0 ? String(Mobility.catalogue.age) : ""
        onPicked: value => Mobility.catalogue.age = value === "" ? 0 : Number(value)
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing
        model: Mobility.catalogue
        delegate: ProgrammeCard {
            width: ListView.view.width
        }
        Text {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("Aucun programme ne correspond à ces filtres.")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
        }
    }
    Text {
        Layout.fillWidth: true
        text: Mobility.catalogueLabel + " · " + qsTr("sources : les pages officielles des programmes")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
