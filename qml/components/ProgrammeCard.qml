// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// One programme of the catalogue: what it is, then its facts; an unconfirmed fact reads "à vérifier".
Rectangle {
    id: root

    required property string name
    required property string summary
    required property string kindsLabel
    required property string destinations
    required property string ageLabel
    required property string durationLabel
    required property string formatLabel
    required property string cost
    required property string organiser
    required property string howToApply
    required property string actorsLabel
    required property string sourceUrl
    required property string checkedLabel

    implicitHeight: content.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    Accessible.role: Accessible.ListItem
    Accessible.name: root.name

    component Fact: RowLayout {
        id: fact
        required property string label
        required property string value
        Layout.fillWidth: true
        visible: fact.value.length > 0
        spacing: Theme.spacing
        Text {
            Layout.preferredWidth: Math.round(150 * Theme.scale)
            Layout.alignment: Qt.AlignTop
            text: fact.label
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: fact.value
            font.pixelSize: Theme.fontBody
            font.italic: fact.value === qsTr("à vérifier")
            color: fact.value === qsTr("à vérifier") ? Theme.warning : Theme.text
            wrapMode: Text.Wrap
        }
    }

    ColumnLayout {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        spacing: Math.round(Theme.spacing / 2)
        Text {
            Layout.fillWidth: true
            text: root.name
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primaryDark
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            text: root.summary
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Fact { label: qsTr("Quoi"); value: root.kindsLabel }
        Fact { label: qsTr("Âge"); value: root.ageLabel }
        Fact { label: qsTr("Durée"); value: root.durationLabel }
        Fact { label: qsTr("Où"); value: root.destinations }
        Fact { label: qsTr("Seul·e ou en groupe"); value: root.formatLabel }
        Fact { label: qsTr("Coût, indemnité"); value: root.cost }
        Fact { label: qsTr("Qui le gère"); value: root.organiser }
        Fact { label: qsTr("Qui accompagne ici"); value: root.actorsLabel }
        Fact { label: qsTr("Candidater"); value: root.howToApply }
        Text {
            Layout.fillWidth: true
            text: root.sourceUrl.length > 0 ? qsTr("Source : %1 (%2)").arg(root.sourceUrl).arg(root.checkedLabel) : qsTr("Source : à vérifier")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WrapAnywhere
        }
    }
}
