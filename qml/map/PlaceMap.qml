// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning
import Lianes.Core
import Lianes.Ui

/// A small offline map (plugin itemsoverlay over the bundled départements) centred on one place, marked.
Map {
    id: map

    required property geoCoordinate place
    required property string placeName

    plugin: Plugin {
        name: "itemsoverlay"
    }
    center: map.place
    zoomLevel: 8.3
    color: Theme.sea
    copyrightsVisible: false
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Carte : %1").arg(map.placeName)

    MapItemView {
        model: BasemapModel { layer: "neighbours" }
        delegate: MapPolygon {
            required property var shape
            geoShape: shape
            color: Theme.neighbour
            border.color: Theme.landOutline
            border.width: 1
        }
    }
    MapItemView {
        model: BasemapModel { layer: "departements" }
        delegate: MapPolygon {
            required property var shape
            geoShape: shape
            color: Theme.region
            border.color: Theme.border
            border.width: Math.max(1, Math.round(1.5 * Theme.scale))
        }
    }
    MapQuickItem {
        coordinate: map.place
        anchorPoint.x: pin.width / 2
        anchorPoint.y: pin.height
        sourceItem: Column {
            id: pin
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: label.implicitWidth + 2 * Theme.spacing
                height: label.implicitHeight + Theme.spacing
                radius: Theme.radius / 2
                color: Theme.primaryDark
                Text {
                    id: label
                    anchors.centerIn: parent
                    text: map.placeName
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.textOnPrimary
                }
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.round(4 * Theme.scale)
                height: Math.round(14 * Theme.scale)
                color: Theme.primaryDark
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.round(16 * Theme.scale)
                height: width
                radius: width / 2
                color: Theme.accent
                border.color: "white"
                border.width: Math.max(2, Math.round(3 * Theme.scale))
            }
        }
    }
}
