// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning
import Lianes.Core
import Lianes.Ui

/// The offline map of Hauts-de-France: basemap drawn from the bundled GeoJSON (plugin itemsoverlay,
/// no network) or, when the configuration names a tile server, its tiles (plugin osm); actors as
/// clusters and markers coloured by type family; the world view with the countries of the projects.
/// Pinch, drag, wheel and double-tap zoom; bounds keep the region in sight.
Map {
    id: map

    /// The view that shows the five départements.
    readonly property geoCoordinate regionCenter: QtPositioning.coordinate(49.96, 2.82)
    /// Pixels at the top of the map covered by the page (a title card): the region is framed below.
    property real topInset: 0
    readonly property real regionZoom: width > 0 && height > topInset ? Math.log2(0.9 * Math.min(width / 256 / (3.1 / 360), (height - topInset) / 256 / (2.3 / 360 * 1.56))) : 7.5
    /// What the map keeps framed when its size changes: "region", "world", or "" once moved by hand.
    property string framing: "region"
    readonly property geoCoordinate lille: QtPositioning.coordinate(50.632, 3.047)
    /// True while the world view is shown (countries of the projects instead of the actors).
    property bool worldView: false
    /// Below zoom 9 the basemap's outlines drop the vertices closer than 170 m to the line (under
    /// a pixel): a third of them to clip and fill at every frame of the region view.
    readonly property string outlines: map.zoomLevel < 9 ? "-low" : ""
    /// The world's outlines are read the first time the world view opens, then kept.
    property bool worldLoaded: false
    /// The visitor's position ("Around me"), shown when valid.
    property geoCoordinate userPosition: QtPositioning.coordinate()
    /// A chosen commune, marked on the map when valid.
    property geoCoordinate focusPoint: QtPositioning.coordinate()
    /// Tiles from the configured server instead of the drawn basemap.
    readonly property bool tiles: App.tileUrl.length > 0

    /// A single actor was tapped.
    signal actorTapped(int actorId)
    /// A cluster whose actors share one place was tapped: the list now holds them.
    signal placeListed
    /// A country of the world view was tapped.
    signal countryTapped(string code)

    function resetView(): void {
        map.worldView = false;
        map.zoomLevel = map.regionZoom;
        map.center = map.regionCenter;
        map.pan(0, -map.topInset / 2);
        map.framing = "region";
    }
    /// Frames the region or the world again after a size change, unless moved by hand meanwhile.
    function reframe(): void {
        if (map.framing === "region")
            map.resetView();
        else if (map.framing === "world")
            map.showWorld();
    }
    function showWorld(): void {
        map.worldLoaded = true;
        map.worldView = true;
        // The countries of the projects and the region, with room for the markers and names.
        map.fitViewportToGeoShape(MapService.countries.bounds, Theme.touchTarget * 1.5);
        map.zoomLevel = Math.min(map.zoomLevel, 5);
        map.framing = "world";
    }
    function focusOn(place: geoCoordinate, zoom: real): void {
        map.framing = "";
        map.worldView = false;
        map.zoomLevel = Math.min(map.maximumZoomLevel, zoom);
        map.center = place;
    }
    /// Tapping a cluster zooms to its actors' extent; actors at one place are listed instead.
    function openCluster(key: int): void {
        const zoom = MapService.clusters.expansionZoom(key);
        if (zoom > map.maximumZoomLevel) {
            MapService.listCluster(key);
            map.placeListed();
            return;
        }
        map.framing = "";
        const box = MapService.clusters.extent(key);
        map.fitViewportToGeoShape(box, Theme.touchTarget * 1.5);
        if (map.zoomLevel < zoom)
            map.zoomLevel = zoom;
    }
    function reportViewport(): void {
        if (map.width <= 0 || map.height <= 0)
            return;
        const box = map.visibleRegion.boundingGeoRectangle();
        MapService.setViewport(box.topLeft.longitude, box.bottomRight.latitude, box.bottomRight.longitude, box.topLeft.latitude, map.zoomLevel);
    }
    function keepInBounds(): void {
        if (map.worldView || map.zoomLevel < 5)
            return;
        const c = map.center;
        const lat = Math.max(48.3, Math.min(51.6, c.latitude));
        const lon = Math.max(0.3, Math.min(5.4, c.longitude));
        if (lat !== c.latitude || lon !== c.longitude)
            map.center = QtPositioning.coordinate(lat, lon);
    }

    plugin: map.tiles ? osmPlugin.createObject(map) as Plugin : overlayPlugin
    color: Theme.sea
    copyrightsVisible: map.tiles
    minimumZoomLevel: 1.5
    maximumZoomLevel: 16
    Component.onCompleted: resetView()
    onCenterChanged: {
        keepInBounds();
        Qt.callLater(map.reportViewport);
    }
    onZoomLevelChanged: Qt.callLater(map.reportViewport)
    onWidthChanged: {
        Qt.callLater(map.reframe);
        Qt.callLater(map.reportViewport);
    }
    onHeightChanged: {
        Qt.callLater(map.reframe);
        Qt.callLater(map.reportViewport);
    }
    onTopInsetChanged: Qt.callLater(map.reframe)
    onMapReadyChanged: Qt.callLater(map.reframe)
    onSupportedMapTypesChanged: {
        // The configured server is osm's custom map type.
        for (let i = 0; i < map.supportedMapTypes.length; ++i) {
            if (map.supportedMapTypes[i].style === MapType.CustomMap)
                map.activeMapType = map.supportedMapTypes[i];
        }
    }
    Accessible.role: Accessible.Graphic
    Accessible.name: map.worldView ? qsTr("Carte du monde : pays des projets") : qsTr("Carte des Hauts-de-France")

    Plugin {
        id: overlayPlugin
        name: "itemsoverlay"
    }
    Component {
        id: osmPlugin
        Plugin {
            name: "osm"
            PluginParameter { name: "osm.mapping.custom.host"; value: App.tileUrl }
            PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
            PluginParameter { name: "osm.mapping.offline.directory"; value: App.tileDir }
        }
    }

    // Basemap: the world (world view only), the neighbours, the region, the five départements.
    MapItemView {
        model: map.worldView ? worldLayer : null
        delegate: MapPolygon {
            required property var shape
            required property string code
            geoShape: shape
            // Countries with projects in a warmer tone; the count is on their marker.
            color: MapService.countries.count >= 0 && MapService.countries.rowOf(code) >= 0 ? Theme.countryWithProjects : Theme.neighbour
            border.color: Theme.landOutline
            border.width: 1
        }
    }
    BasemapModel {
        id: worldLayer
        layer: map.worldLoaded ? "world" : ""
    }
    MapItemView {
        model: BasemapModel { layer: "neighbours" + map.outlines }
        delegate: MapPolygon {
            required property var shape
            required property string kind
            geoShape: shape
            visible: kind !== "region" && !map.worldView
            color: map.tiles ? "transparent" : Theme.neighbour
            border.color: Theme.landOutline
            border.width: 1
        }
    }
    MapItemView {
        model: BasemapModel { layer: "departements" + map.outlines }
        delegate: MapPolygon {
            required property var shape
            geoShape: shape
            color: map.tiles ? "transparent" : Theme.region
            border.color: Theme.border
            border.width: Math.max(1, Math.round(1.5 * Theme.scale))
        }
    }
    MapItemView {
        model: BasemapModel { layer: "region" + map.outlines }
        delegate: MapPolyline {
            required property var shape
            path: shape.perimeter
            line.color: Theme.primaryDark
            line.width: Math.max(2, Math.round(3 * Theme.scale))
        }
    }
    MapItemView {
        model: BasemapModel { layer: "departements-low" } // its label points: the outline's detail is not drawn
        delegate: MapQuickItem {
            id: depLabelItem
            required property var labelCoordinate
            required property string name
            required property string code
            required property bool isLabel
            // A marker drawn over the letters wins: the name hides (a phone's home zoom). The box
            // is the letters' middle band: a marker grazing their top or foot leaves them readable.
            readonly property bool covered: MapService.clusters.revision >= 0 && MapService.clusters.covers(
                labelCoordinate, -depLabel.width / 2, -depLabel.height, depLabel.width, depLabel.height * 0.4, Theme.scale)
            visible: isLabel && !map.worldView && map.zoomLevel >= 6.5 && map.zoomLevel < 10 && !depLabelItem.covered
            coordinate: labelCoordinate
            anchorPoint.x: depLabel.width / 2
            // Above its point, clear of the prefecture's name below.
            anchorPoint.y: depLabel.height * 1.3
            sourceItem: Text {
                id: depLabel
                text: (depLabelItem.code + " " + depLabelItem.name).toUpperCase()
                // A phone shows the region at a closer zoom for its size: smaller names fit it.
                font.pixelSize: App.mobile ? Theme.fontSmall : Theme.fontBody
                font.letterSpacing: 2
                font.bold: true
                color: Theme.departementLabel
                style: Text.Outline
                styleColor: Theme.region
            }
        }
    }
    // Prefectures and main towns, bigger towns from lower zooms.
    MapItemView {
        model: MapService.towns
        delegate: MapQuickItem {
            id: townLabel
            required property var location
            required property string name
            required property bool prefecture
            required property real minZoom
            readonly property bool atThisZoom: !map.worldView && map.zoomLevel >= Math.max(minZoom, 7) && map.zoomLevel >= (prefecture ? 7 : minZoom)
            // A marker drawn over the letters wins: the name hides (its dot stays under the marker).
            // The box is the letters' middle band, as for the départements.
            readonly property bool covered: atThisZoom && MapService.clusters.revision >= 0 && MapService.clusters.covers(
                location, -townName.width / 2, townDot.height / 2 + townName.anchors.topMargin + townName.height * 0.3,
                townName.width, townName.height * 0.4, Theme.scale)
            visible: atThisZoom && !covered
            coordinate: location
            anchorPoint.x: townDot.width / 2
            anchorPoint.y: townDot.height / 2
            z: 1
            sourceItem: Item {
                width: townDot.width
                height: townDot.height
                Rectangle {
                    id: townDot
                    width: Math.round((townLabel.prefecture ? 9 : 6) * Theme.scale)
                    height: width
                    radius: townLabel.prefecture ? 0 : width / 2
                    color: Theme.text
                }
                // Under the dot: a cluster drawn on the town leaves its name readable.
                Text {
                    id: townName
                    anchors { horizontalCenter: townDot.horizontalCenter; top: townDot.bottom; topMargin: Math.round(12 * Theme.scale) }
                    // Laid out once at a zoom that shows it: most towns wait for a closer zoom.
                    text: townLabel.atThisZoom ? townLabel.name : ""
                    font.pixelSize: townLabel.prefecture ? Theme.fontSmall + 2 : Theme.fontSmall
                    font.bold: townLabel.prefecture
                    color: Theme.text
                    style: Text.Outline
                    styleColor: Theme.region
                }
            }
        }
    }

    // Actors: clusters with their counts, single actors in their family's colour.
    MapItemView {
        model: map.worldView ? null : MapService.clusters
        delegate: ClusterMarker {
            onOpened: key => map.openCluster(key)
            onActorOpened: actorId => map.actorTapped(actorId)
        }
    }

    // The chosen commune and the visitor's position.
    MapQuickItem {
        visible: map.focusPoint.isValid && !map.worldView
        coordinate: map.focusPoint
        anchorPoint.x: pin.width / 2
        anchorPoint.y: pin.height
        z: 3
        sourceItem: Text {
            id: pin
            text: pin.visible ? "\u25BC" : "" // laid out once a commune is chosen
            font.pixelSize: Math.round(34 * Theme.scale)
            color: Theme.accent
            style: Text.Outline
            styleColor: "white"
        }
    }
    MapQuickItem {
        visible: map.userPosition.isValid && !map.worldView
        coordinate: map.userPosition
        anchorPoint.x: me.width / 2
        anchorPoint.y: me.height / 2
        z: 3
        sourceItem: Rectangle {
            id: me
            width: Math.round(22 * Theme.scale)
            height: width
            radius: width / 2
            color: Theme.userPosition
            border.color: "white"
            border.width: Math.round(4 * Theme.scale)
        }
    }

    // World view: a line from the region to each country with projects, and its marker.
    MapItemView {
        model: map.worldView ? MapService.countries : null
        delegate: MapPolyline {
            required property var location
            path: [map.lille, location]
            line.color: Theme.accent
            line.width: Math.max(1, Math.round(2 * Theme.scale))
            opacity: 0.6
        }
    }
    MapItemView {
        model: map.worldView ? MapService.countries : null
        delegate: CountryMarker {
            onOpened: code => map.countryTapped(code)
        }
    }

    PinchHandler {
        id: pinch
        target: null
        property geoCoordinate startCentroid
        rotationAxis.enabled: false
        grabPermissions: PointerHandler.TakeOverForbidden
        onActiveChanged: if (active) {
            map.framing = "";
            startCentroid = map.toCoordinate(centroid.position, false);
        }
        onScaleChanged: delta => {
            map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel, map.zoomLevel + Math.log2(delta)));
            map.alignCoordinateToPoint(pinch.startCentroid, pinch.centroid.position);
        }
    }
    WheelHandler {
        id: wheel
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        onWheel: event => {
            map.framing = "";
            const loc = map.toCoordinate(wheel.point.position);
            map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel, map.zoomLevel + event.angleDelta.y / 120));
            map.alignCoordinateToPoint(loc, wheel.point.position);
        }
    }
    DragHandler {
        target: null
        onTranslationChanged: delta => {
            map.framing = "";
            map.pan(-delta.x, -delta.y);
        }
    }
    TapHandler {
        onDoubleTapped: eventPoint => {
            map.framing = "";
            const loc = map.toCoordinate(eventPoint.position);
            map.zoomLevel = Math.min(map.maximumZoomLevel, map.zoomLevel + 1);
            map.alignCoordinateToPoint(loc, eventPoint.position);
        }
    }
}
