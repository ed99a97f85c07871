// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The legend of a choropleth: a swatch per colour class with the counts it covers, then what is counted
/// apart (e.g. actors without a département). Sits on the map, on a light card.
Rectangle {
    id: root

    required property ChoroplethModel figures
    /// Heading, e.g. "Nombre d'acteurs".
    property string title: root.figures.legendTitle

    implicitWidth: layout.implicitWidth + 2 * Theme.spacing
    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.overlay
    border.color: Theme.divider
    Accessible.role: Accessible.Pane
    Accessible.name: root.title

    ColumnLayout {
        id: layout
        anchors { fill: parent; margins: Theme.spacing }
        spacing: Math.round(Theme.spacing / 2)

        Text {
            text: root.title
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: root.figures.legend
            delegate: RowLayout {
                id: entry
                required property var modelData
                spacing: Theme.spacing
                Rectangle {
                    implicitWidth: Math.round(28 * Theme.scale)
                    implicitHeight: Math.round(18 * Theme.scale)
                    color: entry.modelData.color
                    border.color: Theme.border
                    border.width: 1
                }
                Text {
                    text: entry.modelData.label
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
        }
        Text {
            Layout.maximumWidth: Math.round(260 * Theme.scale)
            visible: text !== ""
            text: root.figures.apartLabel
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            font.italic: true
            color: Theme.textMuted
        }
    }
}
