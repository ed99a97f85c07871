// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lianes.Core
import Lianes.Ui

/// The kiosk: starts on the attract screen, refuses to close, forgets the visitor on reset,
/// hides the staff area behind a gesture and the PIN.
TestCase {
    id: testCase
    name: "Kiosk"
    when: windowShown

    Component {
        id: mainComponent
        Main {
            width: 1920
            height: 1080
        }
    }

    function findByText(item: Item, text: string): Item {
        if (item.text === text && item.visible && item.clicked !== undefined)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByText(item.children[i], text);
            if (found)
                return found;
        }
        return null;
    }

    function test_startsOnTheAttractScreenAndATapStarts() {
        verify(App.kiosk);
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.attract);
        compare(main.pages, ["carte", "agenda", "mobilite"]);
        waitForRendering(main.contentItem);
        mouseClick(main.contentItem, main.width / 2, main.height / 2);
        verify(!main.attract);
    }

    function findByObjectName(item: Item, name: string): Item {
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByObjectName(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function countByObjectName(item: Item, name: string): int {
        let n = item.objectName === name ? 1 : 0;
        for (let i = 0; i < item.children.length; ++i)
            n += countByObjectName(item.children[i], name);
        return n;
    }

    // Behind the attract screen the map page is made once its first frame is up; the visitor's
    // tap then shows it laid out at the window's size. Shown before that (a tap, a deep link),
    // it is made at once, at that size too.
    function test_mapPageMadeBehindTheAttractScreenIsLaidOut_data() {
        return [{ tag: "made in the background", waitFirst: true }, { tag: "shown at once", waitFirst: false }];
    }
    function test_mapPageMadeBehindTheAttractScreenIsLaidOut(data) {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.attract);
        if (data.waitFirst) {
            tryVerify(() => main.firstFrameShown, 5000);
            tryVerify(() => main.pageLoaded, 5000, "the map page is made under the attract screen");
            verify(main.attract);
        }
        verify(main.showPage("carte"));
        const page = findByObjectName(main.contentItem, "cartePage");
        verify(page);
        tryVerify(() => page.width === main.width && page.height > main.height / 2, 5000);
        tryVerify(() => page.map.width > main.width / 2 && page.map.height > main.height / 2, 5000);
        wait(200); // a page left behind by a second making would appear by now
        compare(countByObjectName(main.contentItem, "cartePage"), 1, "one map page, not one per way of making it");
    }

    // The pages and the navigation bar are not made with the attract screen's first frame but
    // after it, in the background; a visitor who wants them sooner (a tap, a deep link to a
    // sub-page) gets them at once, and only one of them.
    function test_shellBodyWantedWhileMadeInTheBackground_data() {
        return [{ tag: "as the first frame is up", later: false }, { tag: "while its items are made", later: true }];
    }
    function test_shellBodyWantedWhileMadeInTheBackground(data) {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.attract);
        compare(main.body, null, "nothing of the body waits for the attract screen's first frame");
        let shown = null;
        const want = () => {
            if (shown === null)
                shown = main.showPage("catalogue"); // a sub-page: its page must exist now
        };
        if (data.later)
            main.bodyIncubatorChanged.connect(want); // its types are loaded, its items not yet made
        else
            main.firstFrameShownChanged.connect(want); // its types are being loaded
        tryVerify(() => shown !== null, 5000);
        verify(shown, "the sub-page is shown at once");
        verify(main.body !== null);
        compare(main.currentPage, "mobilite");
        tryVerify(() => main.pageReady, 5000);
        wait(200); // a second body would appear by now
        compare(countByObjectName(main.contentItem, "shellBody"), 1, "one body, not one per way of making it");
        verify(findByText(main.contentItem, "A+"), "with its navigation bar");
    }

    // The attract screen's key figures, read from a metre: every word shown whole, in landscape
    // (one row) and in portrait (two by two), never cut nor spilling out of its card.
    function test_attractFiguresFitTheirCards_data() {
        return [
            { tag: "landscape", width: 1920, height: 1080, largeText: false },
            { tag: "portrait", width: 1080, height: 1920, largeText: false },
            { tag: "landscape, large text", width: 1920, height: 1080, largeText: true },
            { tag: "portrait, large text", width: 1080, height: 1920, largeText: true }
        ];
    }
    function test_attractFiguresFitTheirCards(data) {
        Theme.largeText = data.largeText;
        const main = createTemporaryObject(mainComponent, testCase, { width: data.width, height: data.height });
        verify(main.attract);
        waitForRendering(main.contentItem);
        const findText = (item, text) => {
            if (item.text === text && item.truncated !== undefined)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], text);
                if (found)
                    return found;
            }
            return null;
        };
        for (const label of ["acteurs", "projets", "départements", "événements à venir"]) {
            const text = findText(main.contentItem, label);
            verify(text, label);
            verify(!text.truncated, label + " is cut");
            const card = text.parent.parent;
            const right = text.mapToItem(card, text.contentWidth, 0).x;
            verify(right <= card.width, label + " spills out of its card: " + right + " > " + card.width);
        }
        Theme.largeText = false;
    }

    // The attract screen's panel does not wait for its map (Qt Location's types, the map, its
    // items): the first frame shows the panel over the map's sea, the map drifts in behind it in
    // the next frames, at the window's size, and stays for the next visitor.
    function test_attractMapMadeBehindThePanel() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.attract);
        const countMaps = item => {
            let n = item.plugin !== undefined && item.zoomLevel !== undefined ? 1 : 0; // a Qt Location Map
            for (let i = 0; i < item.children.length; ++i)
                n += countMaps(item.children[i]);
            return n;
        };
        let mapsAtFirstFrame = -1;
        main.firstFrameShownChanged.connect(() => {
            if (mapsAtFirstFrame < 0)
                mapsAtFirstFrame = countMaps(main.contentItem);
        });
        tryVerify(() => mapsAtFirstFrame >= 0, 5000);
        compare(mapsAtFirstFrame, 0, "the first frame does not wait for the map");
        tryVerify(() => findByObjectName(main.contentItem, "attractMap") !== null, 5000, "the map comes behind the panel");
        const map = findByObjectName(main.contentItem, "attractMap");
        tryVerify(() => map.mapReady, 5000);
        compare(map.width, main.width);
        compare(map.height, main.height);
        // Once its loader has it (its items can be in the scene a little before).
        tryVerify(() => map.drifting, 5000, "it drifts while the attract screen shows");
        verify(main.showPage("agenda"));
        verify(!map.drifting);
        App.resetVisitorSession();
        verify(main.attract);
        compare(findByObjectName(main.contentItem, "attractMap"), map, "the same map for the next visitor");
        verify(map.drifting);
    }

    function test_closingIsRefused() {
        const main = createTemporaryObject(mainComponent, testCase);
        main.close();
        verify(main.visible, "a kiosk window stays open");
    }

    function test_resetForgetsPagesAndReturnsToAttract() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.showPage("mobilite"));
        verify(!main.attract);
        tryVerify(() => main.pageReady, 5000);
        App.resetVisitorSession();
        verify(main.attract);
        compare(main.currentPage, "carte");
        verify(main.pageReady, "the attract screen is drawn at once");
        // The page the visitor used was destroyed: nothing of it survives; the home page is made
        // anew under the attract screen.
        tryVerify(() => main.pageLoaded, 5000);
    }

    function test_equipeOnlyAfterThePin() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(!main.showPage("equipe"));
        verify(main.pages.indexOf("equipe") < 0);
        main.staffLogin = true;
        // First start: choose the PIN (twice), which unlocks the area.
        compare(Staff.setPin("480215", "480215"), "");
        verify(Staff.unlocked);
        verify(main.pages.indexOf("equipe") >= 0);
        verify(main.showPage("reunions"));
        compare(main.currentPage, "equipe");
        Staff.lock();
        verify(main.pages.indexOf("equipe") < 0);
        compare(main.currentPage, "carte");
    }

    function test_accessibilityModes() {
        const main = createTemporaryObject(mainComponent, testCase);
        main.attract = false;
        waitForRendering(main.contentItem);
        const before = Theme.fontBody;
        const big = findByText(main.contentItem, "A+");
        verify(big, "the large-text switch is on every page (navigation bar)");
        mouseClick(big);
        verify(Theme.largeText);
        verify(Theme.fontBody > before * 1.3);
        mouseClick(findByText(main.contentItem, "Contraste"));
        verify(Theme.highContrast);
        compare(Theme.background, "#ffffff");
        Theme.largeText = false;
        Theme.highContrast = false;
    }

    function test_touchTargetsAreAtLeastNineMillimetres() {
        // 88 px on a 24" 1080p screen (0.277 mm per pixel) is 24 mm; 9 mm is 33 px.
        verify(Theme.touchTarget >= 33);
    }

    function test_mobilityTabsInReachFromAWheelchair() {
        // 1080p landscape: nothing essential in the top third.
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.showPage("mobilite"));
        tryVerify(() => main.pageReady, 5000);
        waitForRendering(main.contentItem);
        for (const label of ["Trouver ma mobilité", "Tous les programmes", "Mon projet", "Qui peut m'aider ?"]) {
            const tab = findByText(main.contentItem, label);
            verify(tab, label);
            const y = tab.mapToItem(main.contentItem, 0, 0).y;
            verify(y > main.height / 3, label + " at y=" + y + ", in the top third");
        }
    }

    function test_resetForgetsTheMapSearchFiltersAndSheet() {
        // The map's state lives in MapService, which outlives the pages.
        const main = createTemporaryObject(mainComponent, testCase);
        main.attract = false;
        MapService.search.query = "zephyrine";
        MapService.filters.toggle(1);
        verify(MapService.filters.active);
        MapService.showActor(MapService.actors.data(MapService.actors.index(0, 0), ActorListModel.ActorIdRole));
        verify(MapService.actorDetails.valid);
        App.resetVisitorSession();
        compare(MapService.search.query, "");
        verify(!MapService.filters.active);
        verify(!MapService.actorDetails.valid);
    }

    function test_resetForgetsAHalfTypedPin() {
        const main = createTemporaryObject(mainComponent, testCase);
        main.staffLogin = true;
        const pad = () => findByText(main.contentItem, "7");
        tryVerify(() => pad() !== null, 2000, "the PIN pad is shown");
        waitForRendering(main.contentItem);
        mouseClick(pad());
        mouseClick(pad());
        const typed = item => item.entry !== undefined && item.entry.length > 0;
        const find = (item, test) => {
            if (test(item))
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i], test);
                if (found)
                    return found;
            }
            return null;
        };
        verify(find(main.contentItem, typed), "two digits typed");
        App.resetVisitorSession();
        verify(!main.staffLogin);
        main.staffLogin = true;
        tryVerify(() => pad() !== null, 2000);
        compare(find(main.contentItem, typed), null, "no digit survives the reset");
    }
}
