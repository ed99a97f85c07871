// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// What the marker colours mean (the four families of actor types), and what a disc with a
/// number is.
Rectangle {
    id: root

    /// Phones: the four colours on two lines, without the cluster line.
    property bool compact: false

    implicitWidth: root.compact ? grid.implicitWidth + 2 * Theme.spacing : column.implicitWidth + 2 * Theme.margin
    implicitHeight: root.compact ? grid.implicitHeight + 2 * Theme.spacing : column.implicitHeight + 2 * Theme.spacing * 2
    radius: Theme.radius
    color: Theme.surface
    opacity: 0.95
    border.color: Theme.divider
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Légende")

    component Entry: RowLayout {
        id: entry
        required property var modelData
        spacing: Math.round(Theme.spacing / 2)
        Rectangle {
            implicitWidth: Math.round(16 * Theme.scale)
            implicitHeight: implicitWidth
            radius: implicitWidth / 2
            color: Theme.familyColors[entry.modelData.family]
            border.color: "white"
            border.width: Math.max(1, Math.round(2 * Theme.scale))
        }
        Text {
            Layout.fillWidth: true
            text: entry.modelData.label
            font.pixelSize: root.compact ? Math.round(Theme.fontSmall * 0.85) : Theme.fontSmall
            color: Theme.text
            elide: Text.ElideRight
        }
    }

    GridLayout {
        id: grid
        visible: root.compact
        anchors { fill: parent; margins: Theme.spacing }
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Math.round(Theme.spacing / 2)
        Repeater {
            model: root.compact ? MapService.legend : []
            delegate: Entry {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
        }
    }

    ColumnLayout {
        id: column
        visible: !root.compact
        anchors.centerIn: parent
        spacing: Math.round(Theme.spacing * 0.75)
        Repeater {
            model: root.compact ? [] : MapService.legend
            delegate: Entry {}
        }
        RowLayout {
            spacing: Theme.spacing
            Rectangle {
                implicitWidth: Math.round(26 * Theme.scale)
                implicitHeight: implicitWidth
                radius: implicitWidth / 2
                color: Theme.primary
                Text {
                    anchors.centerIn: parent
                    text: "12"
                    font.pixelSize: Math.round(Theme.fontSmall * 0.8)
                    font.bold: true
                    color: Theme.textOnPrimary
                }
            }
            Text {
                text: qsTr("Plusieurs acteurs : touchez pour zoomer")
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
        }
    }
}
