// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The filters: show actors or projects, members only, types, themes, départements, each value
/// with how many actors it shows; one tap clears them all.
ColumnLayout {
    id: root

    spacing: Theme.spacing

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: MapService.filters
        spacing: Math.round(Theme.spacing / 2)
        section.property: "groupLabel"
        section.delegate: Text {
            required property string section
            width: ListView.view.width
            topPadding: Theme.spacing * 1.5
            bottomPadding: Math.round(Theme.spacing / 2)
            text: section
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.primaryDark
            Accessible.role: Accessible.Heading
            Accessible.name: section
        }
        delegate: Rectangle {
            id: row
            required property int index
            required property string label
            required property int count
            required property bool checked
            required property int family
            required property bool exclusive
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget, rowLabel.implicitHeight + Theme.spacing * 2)
            radius: Theme.radius
            color: row.checked ? Theme.primaryLight : (tap.pressed ? Theme.divider : Theme.surface)
            border.color: row.checked ? Theme.primary : Theme.divider
            border.width: row.checked ? Math.max(2, Math.round(2 * Theme.scale)) : 1
            Accessible.role: row.exclusive ? Accessible.RadioButton : Accessible.CheckBox
            Accessible.name: row.label + ", " + row.count
            Accessible.checkable: true
            Accessible.checked: row.checked
            TapHandler {
                id: tap
                onTapped: MapService.filters.toggle(row.index)
            }
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin }
                spacing: Theme.spacing * 1.5
                Rectangle {
                    // A box (or a round choice) ticked when on.
                    implicitWidth: Math.round(26 * Theme.scale)
                    implicitHeight: implicitWidth
                    radius: row.exclusive ? implicitWidth / 2 : Math.round(5 * Theme.scale)
                    color: row.checked ? Theme.primary : Theme.surface
                    border.color: Theme.primary
                    border.width: Math.max(2, Math.round(2 * Theme.scale))
                    Text {
                        anchors.centerIn: parent
                        visible: row.checked
                        text: "\u2713"
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.textOnPrimary
                    }
                }
                Rectangle {
                    visible: row.family >= 0
                    implicitWidth: Math.round(14 * Theme.scale)
                    implicitHeight: implicitWidth
                    radius: implicitWidth / 2
                    color: row.family >= 0 ? Theme.familyColors[row.family] : "transparent"
                }
                Text {
                    id: rowLabel
                    Layout.fillWidth: true
                    text: row.label
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    text: row.count
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: row.count > 0 ? Theme.primaryDark : Theme.textMuted
                }
            }
        }
    }

    TouchButton {
        Layout.fillWidth: true
        primary: true
        enabled: MapService.filters.active
        text: MapService.filters.active ? qsTr("Effacer les filtres (%1)").arg(MapService.filters.activeCount) : qsTr("Aucun filtre")
        onClicked: MapService.filters.clear()
    }
}
