// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// The frame of an observatory card (ChartCard, ChoroplethCard): its title, its own buttons, the
/// switch between the figure and the table behind it, and the content below.
Rectangle {
    id: root

    required property string title
    property bool showTable: false
    /// The switch's words, given by each card (its translations stay with it): "Graphique" or
    /// "Carte", "Tableau", and their names for a screen reader.
    required property string figureLabel
    required property string tableLabel
    required property string showFigureName
    required property string showTableName
    /// The card's content, laid out under the title (fill it with Layout.fillWidth/fillHeight).
    default property alias content: body.data
    /// Buttons of the card shown before the table switch (the choropleth's measure).
    property alias headerButtons: buttons.data

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
    Accessible.role: Accessible.Grouping
    Accessible.name: root.title

    ColumnLayout {
        id: body
        anchors { fill: parent; margins: Theme.spacing * 1.5 }
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primaryDark
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: root.title
            }
            RowLayout {
                id: buttons
                spacing: Theme.spacing
            }
            TouchButton {
                text: root.showTable ? root.figureLabel : root.tableLabel
                Accessible.name: root.showTable ? root.showFigureName : root.showTableName
                onClicked: root.showTable = !root.showTable
            }
        }
    }
}
