// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lianes.Core
import Lianes.Ui

/// The app shell: navigation between the pages, staff-only Équipe, the language switch.
TestCase {
    id: testCase
    name: "Shell"
    when: windowShown

    Component {
        id: mainComponent
        Main {
            width: 1920
            height: 1080
        }
    }
    Component {
        id: phoneComponent
        Main {
            width: 400
            height: 800
        }
    }

    function findShown(item: Item, text: string): Item {
        if (!item.visible)
            return null;
        if (item.text === text && item.clicked !== undefined)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findShown(item.children[i], text);
            if (found)
                return found;
        }
        return null;
    }

    function findByText(item: Item, text: string): Item {
        if (item.text === text && item.clicked !== undefined)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByText(item.children[i], text);
            if (found)
                return found;
        }
        return null;
    }

    // The type scale of a window size (main.cpp sets it before the shell's bindings run, Main
    // keeps it as the window is resized): a 1080p kiosk or tablet is the reference, smaller
    // screens stop at 0.75, larger ones grow.
    function test_scaleOfAWindowSize_data() {
        return [
            { tag: "1080p landscape", width: 1920, height: 1080, scale: 1 },
            { tag: "1080p portrait", width: 1080, height: 1920, scale: 1 },
            { tag: "1440x900", width: 1440, height: 900, scale: 900 / 1080 },
            { tag: "1280x800, floor", width: 1280, height: 800, scale: 0.75 },
            { tag: "4K", width: 3840, height: 2160, scale: 2 }
        ];
    }
    function test_scaleOfAWindowSize(data) {
        fuzzyCompare(Theme.scaleFor(data.width, data.height), data.scale, 1e-9);
    }

    function test_shellFollowsItsWindowSize() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main);
        compare(Theme.scale, 1);
        main.height = 900; // the window system resizes it, then the binding follows
        tryVerify(() => Math.abs(Theme.scale - 900 / 1080) < 1e-9, 2000);
        main.height = 1080;
        tryCompare(Theme, "scale", 1, 2000);
    }

    function test_pagesOfStaffMode() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main);
        compare(main.pages, ["carte", "agenda", "mobilite", "equipe"]);
        compare(main.currentPage, "carte");
        tryVerify(() => main.pageReady, 5000);
    }

    // Tablets and phones start on the map page: no attract screen is made behind it, so theirs is
    // the only map.
    function test_noAttractScreenOutsideTheKiosk() {
        const main = createTemporaryObject(mainComponent, testCase);
        tryVerify(() => main.pageReady, 5000);
        waitForRendering(main.contentItem);
        const count = (item, name) => {
            let n = item.objectName === name ? 1 : 0;
            for (let i = 0; i < item.children.length; ++i)
                n += count(item.children[i], name);
            return n;
        };
        compare(count(main.contentItem, "attractScreen"), 0);
        compare(count(main.contentItem, "attractMap"), 0);
        compare(count(main.contentItem, "cartePage"), 1);
    }

    function test_navigationByTap() {
        const main = createTemporaryObject(mainComponent, testCase);
        waitForRendering(main.contentItem);
        const agenda = findByText(main.contentItem, "Agenda");
        verify(agenda, "the Agenda button is in the navigation bar");
        verify(agenda.height >= Theme.touchTarget, "touch target");
        mouseClick(agenda);
        compare(main.currentPage, "agenda");
        tryVerify(() => main.pageReady, 5000);
        mouseClick(findByText(main.contentItem, "Équipe"));
        compare(main.currentPage, "equipe");
    }

    function test_unknownPageIsRefused() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(!main.showPage("nulle-part"));
        compare(main.currentPage, "carte");
        verify(main.showPage("mobilite"));
        compare(main.currentPage, "mobilite");
    }

    function test_languageSwitch() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(findByText(main.contentItem, "Carte"));
        App.language = "en";
        tryVerify(() => findByText(main.contentItem, "Map") !== null, 2000, "English labels after the switch");
        App.language = "fr";
        tryVerify(() => findByText(main.contentItem, "Carte") !== null, 2000);
    }

    function test_narrowScreenKeepsTabsReadableAndFoldsDisplaySwitches() {
        const main = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(main.contentItem);
        const labels = ["Carte", "Agenda", "Mobilité", "Équipe"];
        let previousRight = -1;
        for (const label of labels) {
            const tab = findShown(main.contentItem, label);
            verify(tab, label + " is shown in the navigation bar");
            const pos = tab.mapToItem(main.contentItem, 0, 0);
            verify(tab.width >= Theme.touchTarget, label + " keeps a full touch target");
            verify(pos.x >= previousRight, label + " does not overlap the tab before it");
            previousRight = pos.x + tab.width;
        }
        verify(previousRight <= main.width, "the tabs fit in the window");
        compare(findShown(main.contentItem, "A+"), null, "the display switches are folded on a phone");
        mouseClick(findShown(main.contentItem, "Aa"));
        const big = findShown(main.contentItem, "A+");
        verify(big, "the folded switches open above the bar");
        mouseClick(big);
        verify(Theme.largeText);
        Theme.largeText = false;
    }
}
