// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning
import Lianes.Core
import Lianes.Ui

/// The offline map of Hauts-de-France: basemap drawn from the bundled GeoJSON (plugin itemsoverlay,
/// no network), with pinch, drag, wheel and double-tap zoom, and bounds that keep the region in sight.
Map {
    id: map

    /// The view that shows the five départements.
    readonly property geoCoordinate regionCenter: QtPositioning.coordinate(49.97, 2.82)
    readonly property real regionZoom: Math.log2(0.92 * Math.min(width / 256 / (3.0 / 360), height / 256 / (2.35 / 360 * 1.56)))
    readonly property geoShape regionBounds: QtPositioning.rectangle(QtPositioning.coordinate(51.6, 0.3), QtPositioning.coordinate(48.3, 5.4))

    function resetView(): void {
        map.zoomLevel = map.regionZoom;
        map.center = map.regionCenter;
    }
    function keepInBounds(): void {
        if (map.zoomLevel < 5)
            return; // world view: no regional bounds
        const c = map.center;
        const lat = Math.max(48.3, Math.min(51.6, c.latitude));
        const lon = Math.max(0.3, Math.min(5.4, c.longitude));
        if (lat !== c.latitude || lon !== c.longitude)
            map.center = QtPositioning.coordinate(lat, lon);
    }

    plugin: Plugin {
        name: "itemsoverlay"
    }
    color: Theme.sea
    copyrightsVisible: false
    minimumZoomLevel: 2
    maximumZoomLevel: 16
    Component.onCompleted: resetView()
    onCenterChanged: keepInBounds()
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Carte des Hauts-de-France")

    // Basemap: neighbours, then the region, then the five départements and their names.
    MapItemView {
        model: BasemapModel { layer: "neighbours" }
        delegate: MapPolygon {
            required property var shape
            required property string kind
            geoShape: shape
            visible: kind !== "region"
            color: Theme.neighbour
            border.color: "#c9c5ba"
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
    MapItemView {
        model: BasemapModel { layer: "region" }
        delegate: MapPolyline {
            required property var shape
            path: shape.perimeter
            line.color: Theme.primaryDark
            line.width: Math.max(2, Math.round(3 * Theme.scale))
        }
    }
    MapItemView {
        model: BasemapModel { layer: "departements" }
        delegate: MapQuickItem {
            required property var labelCoordinate
            required property string name
            required property string code
            required property bool isLabel
            visible: isLabel && map.zoomLevel >= 6.5
            coordinate: labelCoordinate
            anchorPoint.x: depLabel.width / 2
            anchorPoint.y: depLabel.height / 2
            sourceItem: Text {
                id: depLabel
                text: (code + " " + name).toUpperCase()
                font.pixelSize: Theme.fontBody
                font.letterSpacing: 2
                font.bold: true
                color: "#8c958f"
                style: Text.Outline
                styleColor: Theme.region
            }
        }
    }

    // Located actors (clusters come with the map work).
    MapItemView {
        model: App.actorMarkers
        delegate: MapQuickItem {
            required property var location
            required property int family
            required property string name
            coordinate: location
            anchorPoint.x: dot.width / 2
            anchorPoint.y: dot.height / 2
            sourceItem: Rectangle {
                id: dot
                width: Math.round(18 * Theme.scale)
                height: width
                radius: width / 2
                color: Theme.familyColors[family]
                border.color: "white"
                border.width: Math.max(2, Math.round(2 * Theme.scale))
                Accessible.role: Accessible.Graphic
                Accessible.name: name
            }
        }
    }

    PinchHandler {
        id: pinch
        target: null
        property geoCoordinate startCentroid
        rotationAxis.enabled: false
        grabPermissions: PointerHandler.TakeOverForbidden
        onActiveChanged: if (active)
            startCentroid = map.toCoordinate(centroid.position, false)
        onScaleChanged: delta => {
            map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel, map.zoomLevel + Math.log2(delta)));
            map.alignCoordinateToPoint(pinch.startCentroid, pinch.centroid.position);
        }
    }
    WheelHandler {
        id: wheel
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: event => {
            const loc = map.toCoordinate(wheel.point.position);
            map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel, map.zoomLevel + event.angleDelta.y / 120));
            map.alignCoordinateToPoint(loc, wheel.point.position);
        }
    }
    DragHandler {
        target: null
        onTranslationChanged: delta => map.pan(-delta.x, -delta.y)
    }
    TapHandler {
        onDoubleTapped: eventPoint => {
            const loc = map.toCoordinate(eventPoint.position);
            map.zoomLevel = Math.min(map.maximumZoomLevel, map.zoomLevel + 1);
            map.alignCoordinateToPoint(loc, eventPoint.position);
        }
    }
}
