// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The network's key figures, computed from the data (Observatory.keyFigures): actors, projects,
/// départements covered, partner countries, upcoming events. Big numbers for the kiosk's attract screen.
RowLayout {
    id: root

    /// The figures to show; by default the observatory's key figures.
    property TileListModel figures: Observatory.keyFigures
    property color color: Theme.primaryDark

    spacing: Theme.margin * 2

    Repeater {
        model: root.figures
        delegate: ColumnLayout {
            id: figure
            required property string valueLabel
            required property string label
            spacing: 0
            Accessible.role: Accessible.StaticText
            Accessible.name: figure.valueLabel + " " + figure.label
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: figure.valueLabel
                font.pixelSize: Theme.fontDisplay * 1.4
                font.bold: true
                color: root.color
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: figure.label
                font.pixelSize: Theme.fontBody
                color: root.color
            }
        }
    }
}
