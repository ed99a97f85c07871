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

    function test_pagesOfStaffMode() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main);
        compare(main.pages, ["carte", "agenda", "mobilite", "equipe"]);
        compare(main.currentPage, "carte");
        tryVerify(() => main.pageReady, 5000);
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
}
