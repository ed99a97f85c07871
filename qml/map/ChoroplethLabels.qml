// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import Lianes.Core
import Lianes.Ui

/// The number of each shaded area written on it (with the area's name when `showNames`), once per area,
/// only where there is a count: the map reads without the legend.
MapItemView {
    id: root

    required property ChoroplethModel figures
    property bool showNames: true

    model: BasemapModel {
        layer: root.figures.layer
    }
    delegate: MapQuickItem {
        id: item
        required property var labelCoordinate
        required property string name
        required property string code
        required property bool isLabel
        readonly property string valueLabel: root.figures.valueLabels[code] ?? ""
        visible: isLabel && valueLabel !== ""
        coordinate: labelCoordinate
        autoFadeIn: false // the world view sits at a low zoom level, where items would fade
        anchorPoint.x: tag.width / 2
        anchorPoint.y: tag.height / 2
        sourceItem: Rectangle {
            id: tag
            width: column.implicitWidth + Theme.spacing
            height: column.implicitHeight + Theme.spacing / 2
            radius: Theme.radius / 2
            color: Theme.labelBackground
            Accessible.role: Accessible.StaticText
            Accessible.name: item.name + " : " + item.valueLabel
            Column {
                id: column
                anchors.centerIn: parent
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: root.showNames
                    text: item.name
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: item.valueLabel
                    font.pixelSize: root.showNames ? Theme.fontLarge : Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                }
            }
        }
    }
}
