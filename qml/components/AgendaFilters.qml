// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The agenda's filters, all by tap: kind, online or in person, département, audience, Festisol only, past
/// events; and the search.
ColumnLayout {
    id: root

    required property AgendaModel model

    spacing: Theme.margin

    component Heading: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.primaryDark
    }

    // The search, first: on the kiosk it stays in sight above the on-screen keyboard.
    QQC2.TextField {
        id: search
        objectName: "agendaSearch"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("Rechercher : titre, lieu, public…")
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        text: root.model.search
        onTextEdited: root.model.search = search.text
        Accessible.name: qsTr("Rechercher un événement")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ChoiceChips {
            compact: true
            choices: [{ code: "festisol", label: qsTr("Festival des Solidarités seulement") }]
            current: root.model.festisolOnly ? "festisol" : ""
            onChosen: root.model.festisolOnly = !root.model.festisolOnly
        }
        ChoiceChips {
            compact: true
            choices: [{ code: "past", label: qsTr("Événements passés") }]
            current: root.model.showPast ? "past" : ""
            onChosen: root.model.showPast = !root.model.showPast
        }
    }
    Heading { text: qsTr("Type") }
    ChoiceChips {
        Layout.fillWidth: true
        compact: true
        choices: Agenda.kinds
        noneLabel: qsTr("Tous")
        accessibleGroup: qsTr("Type")
        current: root.model.kind
        onChosen: code => root.model.kind = code
    }
    Heading { text: qsTr("Où") }
    ChoiceChips {
        Layout.fillWidth: true
        compact: true
        choices: [{ code: "online", label: qsTr("En ligne") }, { code: "inperson", label: qsTr("Sur place") }]
        noneLabel: qsTr("Partout")
        accessibleGroup: qsTr("Où")
        current: root.model.attendance
        onChosen: code => root.model.attendance = code
    }
    ChoiceChips {
        Layout.fillWidth: true
        compact: true
        choices: Agenda.departements
        noneLabel: qsTr("Toute la région")
        accessibleGroup: qsTr("Département")
        current: root.model.departement
        onChosen: code => root.model.departement = code
    }
    Heading { text: qsTr("Public") }
    QQC2.ComboBox {
        id: audience
        Layout.fillWidth: true
        implicitHeight: Math.round(Theme.touchTarget * 0.75)
        font.pixelSize: Theme.fontSmall
        model: [qsTr("Tous les publics")].concat(root.model.audiences)
        currentIndex: Math.max(0, root.model.audiences.indexOf(root.model.audience) + 1)
        onActivated: index => root.model.audience = index === 0 ? "" : root.model.audiences[index - 1]
        Accessible.name: qsTr("Public")
    }
    TouchButton {
        visible: root.model.filtered
        text: qsTr("Effacer les filtres")
        onClicked: root.model.clearFilters()
    }
}
