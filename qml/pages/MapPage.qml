// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtPositioning
import Lianes.Core
import Lianes.Ui

/// Carte: the actors and projects of the network across the five départements, and in the world.
/// Landscape (kiosk, tablets): the map and a side panel (list, filters, search, sheets).
/// Portrait (phones): the map, a bar of buttons, and the panel as a sheet over the map.
TopPage {
    id: root
    objectName: "cartePage"

    /// The map (tests reach it by this name).
    readonly property alias map: map
    readonly property bool landscape: width >= height
    /// Panel content: "list", "filters", "search" or "world".
    property string panel: "list"
    /// Portrait only: the panel sheet is open.
    property bool panelOpen: false
    readonly property bool sheetOpen: MapService.actorDetails.valid || MapService.projectDetails.valid
    readonly property bool worldView: map.worldView
    /// The device's position source for "Autour de moi"; null until made (never on a kiosk).
    readonly property PositionSource position: positionLoader.item as PositionSource

    /// Sub-pages: "monde" opens the world view, "recherche" the search, "fiche" the network's own
    /// sheet (when its directory has it).
    function showSubPage(name: string): bool {
        if (name === "monde") {
            root.showWorld();
            return true;
        }
        if (name === "recherche") {
            root.openPanel("search");
            return true;
        }
        if (name === "fiche") // the network's own sheet: "who are we"
            return MapService.showActorNamed("Lianes coopération");
        return false;
    }
    function showWorld(): void {
        MapService.closeDetails();
        MapService.projects.showCountry("");
        map.showWorld();
        root.panel = "world";
    }
    function backToRegion(): void {
        MapService.projects.showCountry("");
        map.resetView();
        root.panel = "list";
        root.panelOpen = false;
    }
    function resetView(): void {
        map.focusPoint = QtPositioning.coordinate();
        MapService.clearReference();
        root.backToRegion();
    }
    function openPanel(name: string): void {
        if (!root.landscape && root.panelOpen && root.panel === name && !root.sheetOpen) {
            root.panelOpen = false;
            return;
        }
        MapService.closeDetails();
        root.panel = name;
        root.panelOpen = true;
        if (name === "search") {
            searchPanel.active = true;
            // To its field: the one item with `focus` in the loader, a focus scope.
            searchPanel.forceActiveFocus();
        }
    }

    /// A panel made the first time it is shown (not before the map's first frame), kept after; by
    /// type name, like the sheets below: their types load when first used, not with the page's.
    component PanelLoader: TypeLoader {
        required property string name
        readonly property bool shown: root.panel === name
        active: false
        onShownChanged: if (shown) active = true
        Component.onCompleted: active = shown
    }

    /// The panel's tabs: under the panel in landscape, the bar under the map in portrait (where
    /// the panel is a sheet: a tab is lit while its sheet is open). In the world view, the list's
    /// tab shows the countries.
    component PanelTabs: RowLayout {
        spacing: Theme.spacing
        PanelTab {
            panelName: root.worldView ? "world" : "list"
            text: root.worldView ? qsTr("Pays") : qsTr("Liste")
        }
        PanelTab {
            visible: !root.worldView
            panelName: "filters"
            text: MapService.filters.active ? qsTr("Filtres (%1)").arg(MapService.filters.activeCount) : qsTr("Filtres")
        }
        PanelTab {
            visible: !root.worldView
            panelName: "search"
            text: qsTr("Rechercher")
        }
    }
    component PanelTab: TouchButton {
        id: tab
        required property string panelName
        Layout.fillWidth: true
        primary: (root.landscape || root.panelOpen) && root.panel === tab.panelName
        onClicked: root.openPanel(tab.panelName)
    }

    Connections {
        target: MapService
        function onFocusRequested(center: geoCoordinate, zoom: real): void {
            map.focusPoint = center;
            map.focusOn(center, zoom);
            root.panel = "list";
        }
    }

    // Around me (tablet, phone): the position source is made once the page is up, so the start
    // never waits on the positioning back end; a kiosk has no position and no such button.
    Loader {
        id: positionLoader
        active: false
        sourceComponent: PositionSource {
            id: source
            active: false
            updateInterval: 5000
            onPositionChanged: {
                const c = source.position.coordinate;
                if (!c.isValid)
                    return;
                source.active = false;
                map.userPosition = c;
                MapService.setUserPosition(c.latitude, c.longitude);
                map.focusOn(c, 12);
            }
        }
    }
    Timer {
        running: !App.kiosk
        interval: 1000
        onTriggered: positionLoader.active = true
    }

    BaseMap {
        id: map
        anchors {
            left: parent.left
            top: parent.top
            right: root.landscape ? sidePanel.left : parent.right
            bottom: root.landscape ? parent.bottom : phoneBar.top
        }
        topInset: root.landscape ? titleCard.height + Theme.margin : (legend.visible ? legend.height + Theme.margin : 0)
        onActorTapped: actorId => {
            MapService.showActor(actorId);
            root.panelOpen = true;
        }
        onPlaceListed: {
            root.panel = "list";
            root.panelOpen = true;
        }
        onCountryTapped: code => {
            MapService.projects.showCountry(code);
            root.panel = "world";
            root.panelOpen = true;
        }
    }

    // Title, top left (information only: nothing to tap up there on a kiosk).
    Rectangle {
        id: titleCard
        visible: root.landscape
        anchors { left: map.left; top: map.top; margins: Theme.margin }
        width: Math.min(map.width - 2 * Theme.margin, header.implicitWidth + 2 * Theme.margin)
        height: header.implicitHeight + 2 * Theme.spacing * 2
        radius: Theme.radius
        color: Theme.surface
        opacity: 0.95
        PageHeader {
            id: header
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: Theme.spacing * 2; bottomMargin: Theme.spacing * 2 }
            title: root.worldView ? qsTr("Les Hauts-de-France dans le monde") : qsTr("Les acteurs de la coopération internationale")
            subtitle: root.worldView ? qsTr("Projets dans %n pays : touchez un pays pour les voir", "", MapService.countries.count)
                                     : qsTr("%1 acteurs et %2 projets dans les Hauts-de-France").arg(App.actorCount).arg(App.projectCount)
        }
    }

    // Legend: bottom left beside the map's buttons; on phones a strip at the top.
    MapLegend {
        id: legend
        visible: !root.worldView
        compact: !root.landscape
        x: Theme.margin
        y: root.landscape ? map.height - height - Theme.margin : Theme.margin
        width: root.landscape ? implicitWidth : map.width - 2 * Theme.margin
    }

    // Map buttons, bottom right of the map: world view and back, recentre, around me.
    GridLayout {
        anchors { right: map.right; bottom: attribution.top; rightMargin: Theme.margin; bottomMargin: Theme.spacing }
        visible: root.landscape || !root.panelOpen
        columns: root.landscape ? 1 : 3
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing
        TouchButton {
            Layout.fillWidth: true
            visible: root.position !== null && root.position.valid && root.position.sourceError === PositionSource.NoError
                     && !App.kiosk && !root.worldView
            text: qsTr("Autour de moi")
            onClicked: {
                root.position.active = true;
                root.position.update();
            }
        }
        TouchButton {
            Layout.fillWidth: true
            primary: true
            text: root.worldView ? qsTr("Retour aux Hauts-de-France") : qsTr("Vue du monde")
            onClicked: root.worldView ? root.backToRegion() : root.showWorld()
        }
        TouchButton {
            Layout.fillWidth: true
            visible: !root.worldView
            text: qsTr("Recentrer la carte")
            onClicked: root.resetView()
        }
    }

    Text {
        id: attribution
        anchors { right: map.right; bottom: map.bottom; margins: Math.round(Theme.spacing / 2) }
        visible: !map.tiles
        text: App.attribution
        font.pixelSize: Math.round(11 * Theme.scale)
        color: Theme.textMuted
    }

    // The panel: beside the map in landscape, a sheet over it in portrait.
    Rectangle {
        id: sidePanel
        visible: root.landscape || root.panelOpen || root.sheetOpen
        width: root.landscape ? Math.min(Math.max(Math.round(420 * Theme.scale), root.width * 0.32), Math.round(680 * Theme.scale)) : root.width
        height: root.landscape ? root.height : Math.round(root.height * 0.62)
        anchors { right: parent.right; bottom: root.landscape ? parent.bottom : phoneBar.top }
        color: Theme.background
        // Touches on the panel stay on it (in portrait the map is under it).
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.AllButtons
            onWheel: wheel => wheel.accepted = true
        }
        Rectangle {
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            visible: root.landscape
            width: 1
            color: Theme.divider
        }
        Rectangle {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            visible: !root.landscape
            height: Math.max(2, Math.round(2 * Theme.scale))
            color: Theme.divider
        }

        ColumnLayout {
            anchors { fill: parent; margins: Theme.margin }
            spacing: Theme.spacing

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Under an open sheet, the panel takes no touch (a tap on the sheet is for the sheet).
                enabled: !root.sheetOpen
                currentIndex: ["list", "filters", "search", "world"].indexOf(root.panel)
                ActorListPanel {}
                PanelLoader {
                    name: "filters"
                    typeName: "FilterPanel"
                }
                // Made on first use: the text field's controls are not loaded before the first frame.
                TypeLoader {
                    id: searchPanel
                    active: false
                    typeName: "SearchPanel"
                }
                PanelLoader {
                    name: "world"
                    typeName: "WorldPanel"
                }
            }

            // Panel tabs (landscape): at the bottom, in reach.
            PanelTabs {
                Layout.fillWidth: true
                visible: root.landscape && !root.worldView
            }
        }

        // Sheets are made when opened and gone when closed: none is laid out before the first frame,
        // and their types load when one first opens.
        TypeLoader {
            anchors.fill: parent
            active: MapService.actorDetails.valid
            typeName: "ActorSheet"
        }
        TypeLoader {
            anchors.fill: parent
            active: MapService.projectDetails.valid
            typeName: "ProjectSheet"
        }
    }

    // Portrait: the bar of the map's panels, under the thumb.
    Rectangle {
        id: phoneBar
        visible: !root.landscape
        height: root.landscape ? 0 : Theme.touchTarget + 2 * Theme.spacing
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        color: Theme.surface
        MouseArea {
            anchors.fill: parent
        }
        PanelTabs {
            anchors { fill: parent; margins: Theme.spacing }
        }
    }
}
