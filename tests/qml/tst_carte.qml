// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lianes.Core
import Lianes.Ui

/// The map page as a visitor uses it: markers, filters, search, a sheet with its QR code, the
/// world view and back.
TestCase {
    id: testCase
    name: "Carte"
    when: windowShown

    Component {
        id: mainComponent
        Main {
            width: 1920
            height: 1080
        }
    }

    function find(item: Item, test: var): Item {
        if (test(item))
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], test);
            if (found)
                return found;
        }
        return null;
    }
    function findButton(root: Item, text: string): Item {
        return find(root, it => it.text === text && it.clicked !== undefined && it.visible);
    }
    /// Scrolls the Flickable holding @p item until the item is in view.
    function scrollIntoView(item: Item): void {
        let flick = item.parent;
        while (flick && flick.contentY === undefined)
            flick = flick.parent;
        if (flick)
            flick.contentY = Math.max(0, Math.min(item.mapToItem(flick.contentItem, 0, 0).y, flick.contentHeight - flick.height));
        wait(50);
    }
    function openPage(): Item {
        const main = createTemporaryObject(mainComponent, testCase);
        tryVerify(() => main.pageReady, 5000);
        const page = find(main.contentItem, it => it.objectName === "cartePage");
        verify(page, "the map page is shown");
        tryVerify(() => MapService.clusters.count > 0, 5000, "markers on the map");
        waitForRendering(main.contentItem); // taps reach the buttons once the window is drawn
        return page;
    }

    function cleanup() {
        MapService.reset();
    }

    function test_markersAndClustersCoverTheLocatedActors() {
        const page = openPage();
        verify(!page.map.worldView);
        let total = 0;
        const clusters = MapService.clusters;
        for (let row = 0; row < clusters.count; ++row)
            total += clusters.data(clusters.index(row, 0), ClusterModel.CountRole);
        compare(total, MapService.locatedCount);
        verify(MapService.locatedCount > 40);
        // The legend names the four families.
        verify(find(page, it => it.text === "Collectivités et jumelages"));
    }

    function test_filtersNarrowAndClearInOneTap() {
        const page = openPage();
        mouseClick(findButton(page, "Filtres"));
        let row = null;
        tryVerify(() => (row = find(page, it => it.label === "Association locale" && it.checked !== undefined && it.visible)) !== null, 3000);
        verify(row, "the type is listed with its count");
        verify(row.count > 40);
        verify(row.height >= Theme.touchTarget);
        mouseClick(row);
        verify(MapService.filters.active);
        compare(MapService.filteredCount, row.count);
        tryVerify(() => findButton(page, "Filtres (1)") !== null);
        mouseClick(findButton(page, "Effacer les filtres (1)"));
        verify(!MapService.filters.active);
        compare(MapService.filteredCount, App.actorCount);
    }

    function test_searchACommuneCentresTheMap() {
        const page = openPage();
        mouseClick(findButton(page, "Rechercher"));
        const field = find(page, it => it.placeholderText !== undefined && it.visible);
        verify(field);
        mouseClick(field);
        tryVerify(() => field.activeFocus);
        wait(100);
        keyClick(Qt.Key_S);
        keyClick(Qt.Key_T);
        keyClick(Qt.Key_Space);
        keyClick(Qt.Key_O);
        keyClick(Qt.Key_M);
        tryCompare(MapService.search, "query", "st om");
        const result = find(page, it => it.label === "Saint-Omer" && it.detail !== undefined);
        verify(result, "Saint-Omer is offered");
        mouseClick(result);
        compare(MapService.referenceLabel, "Autour de Saint-Omer");
        tryVerify(() => Math.abs(page.map.center.latitude - 50.75) < 0.1 && Math.abs(page.map.center.longitude - 2.26) < 0.1);
        compare(page.panel, "list");
    }

    function test_actorSheetCarriesItsContactAsAQrCode() {
        const page = openPage();
        const search = MapService.search;
        search.query = "lianes coop";
        MapService.chooseSearchResult(0);
        verify(MapService.actorDetails.valid);
        const title = find(page, it => it.text === "Lianes coopération" && it.font !== undefined && it.visible);
        verify(title, "the sheet shows the name");
        verify(find(page, it => it.text === "Collectif d'associations · Lille · 59 Nord" && it.visible));
        const qr = find(page, it => it.modules !== undefined && it.visible);
        verify(qr, "a QR code");
        verify(qr.valid);
        verify(qr.text.indexOf("BEGIN:VCARD") === 0);
        // From the sheet to one of its projects, and back to an actor of that project.
        const project = find(page, it => it.title === "Projet mutualisé Mali : eau et assainissement" && it.clicked !== undefined);
        verify(project);
        scrollIntoView(project);
        mouseClick(project);
        verify(MapService.projectDetails.valid);
        verify(!MapService.actorDetails.valid, "the tap did not reach the list under the sheet");
        mouseClick(findButton(page, "Fermer"));
        verify(!MapService.projectDetails.valid);
    }

    function test_worldViewAndBack() {
        const page = openPage();
        mouseClick(findButton(page, "Vue du monde"));
        verify(page.map.worldView);
        compare(page.panel, "world");
        waitForRendering(page); // the countries' panel is made on first use: tapped once drawn
        for (const code of ["MA", "PL", "ML"])
            verify(MapService.countries.rowOf(code) >= 0, code);
        const mali = find(page, it => it.name === "Mali" && it.projectCountLabel !== undefined && it.visible);
        verify(mali);
        mouseClick(mali);
        compare(MapService.projects.country, "ML");
        compare(MapService.projects.count, 2);
        mouseClick(findButton(page, "Retour aux Hauts-de-France"));
        verify(!page.map.worldView);
        compare(MapService.projects.country, "");
    }

    function test_worldViewBySubPage() {
        const main = createTemporaryObject(mainComponent, testCase);
        tryVerify(() => main.pageReady, 5000);
        verify(main.showPage("monde"));
        const page = find(main.contentItem, it => it.objectName === "cartePage");
        verify(page.map.worldView);
    }

    function test_worldViewNamesNeverOverprint() {
        const page = openPage();
        mouseClick(findButton(page, "Vue du monde"));
        verify(page.map.worldView);
        waitForRendering(page);
        // The country markers, as the map holds them (its item view makes them in the background).
        const markers = () => {
            const found = [];
            const items = page.map.mapItems;
            for (let i = 0; i < items.length; ++i) {
                if (items[i].crowded !== undefined && items[i].visible)
                    found.push(items[i]);
            }
            return found;
        };
        tryVerify(() => markers().length === MapService.countries.count, 5000, "a marker per country");
        waitForRendering(page);
        const named = markers().filter(m => !m.crowded);
        verify(named.length >= 5, "most countries are named (" + named.length + ")");
        const lineHeight = Theme.fontSmall * 1.2;
        for (const a of named) {
            verify(a.labelRight <= page.map.width, a.name + " runs past the map");
            for (const b of named) {
                if (a !== b && Math.abs(a.middle - b.middle) < lineHeight)
                    verify(a.labelRight <= b.labelLeft || b.labelRight <= a.labelLeft, a.name + " overprints " + b.name);
            }
        }
    }
}
