// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lianes.Core
import Lianes.Ui

/// "Trouver ma mobilité" by taps: six questions, one per screen, then the result with its reasons;
/// a kept programme leaves as a QR code; "Recommencer" forgets everything.
TestCase {
    id: testCase
    name: "Finder"
    when: windowShown

    Component {
        id: mainComponent
        Main {
            width: 1920
            height: 1080
        }
    }

    function findButton(item: Item, text: string): Item {
        if (item.text === text && item.clicked !== undefined && item.visible)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findButton(item.children[i], text);
            if (found)
                return found;
        }
        return null;
    }

    function findNamed(item: Item, name: string): Item {
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findNamed(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function tap(main: var, text: string) {
        let button = null;
        wait(100); // let the layout settle after the previous screen changed
        const page = findNamed(main.contentItem, "mobilitePage");
        tryVerify(() => (button = findButton(page, text)) !== null && button.width > 0, 3000, "button " + text);
        verify(button.height >= Theme.touchTarget, "touch target: " + text);
        mouseClick(button);
    }

    function test_flowByTaps() {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.showPage("trouver"));
        tryVerify(() => main.pageReady, 5000);
        const finder = Mobility.finder;
        compare(finder.step, 0);
        const question = findNamed(main.contentItem, "finderQuestion");
        compare(question.text, "Quel âge as-tu ?");
        tap(main, "19");
        compare(finder.step, 1);
        compare(question.text, "Tu es…");
        tap(main, "Étudiant·e");
        tap(main, "Volontariat");
        tap(main, "En Europe");
        // Back goes to the previous question and keeps the answers before it.
        tap(main, "‹ Retour");
        compare(finder.step, 3);
        tap(main, "En Europe");
        tap(main, "6 à 12 mois");
        tap(main, "Seul·e");
        verify(finder.finished);
        compare(finder.results.matchCount, 3);
        compare(finder.results.ids()[0], "service-civique-international");
        compare(finder.results.reasonLines("service-civique-international")[0], "✓ 16–25 ans : vous avez 19 ans");
        compare(finder.results.reasonLines("service-civique-france")[3], "✗ ne se passe pas en Europe : en France");

        const qr = findNamed(main.contentItem, "shortlistQr");
        verify(!qr.valid, "no QR before a programme is kept");
        wait(100);
        const keep = findNamed(findNamed(main.contentItem, "mobilitePage"), "keep-service-civique-international");
        verify(keep && keep.height >= Theme.touchTarget);
        mouseClick(keep);
        compare(finder.results.selectedCount, 1);
        tryVerify(() => qr.valid && qr.visible);
        compare(qr.text, "https://www.decouvrirlemonde.jeunes.gouv.fr/service-civique-l-international-sci-76");

        tap(main, "Recommencer");
        compare(finder.step, 0);
        compare(finder.results.count, 0);
        compare(finder.results.selectedCount, 0);
    }

    function test_subPages() {
        const main = createTemporaryObject(mainComponent, testCase);
        for (const page of ["catalogue", "trouver", "resultat", "projet", "aide"]) {
            verify(main.showPage(page), page);
            compare(main.currentPage, "mobilite");
        }
        verify(main.showPage("trouver"));
        verify(!Mobility.finder.finished);
        verify(main.showPage("resultat"));
        verify(Mobility.finder.finished);
        compare(Mobility.finder.profileLabel, "19 ans · Étudiant·e · Volontariat · En Europe · 6 à 12 mois · seul·e");
        Mobility.finder.restart();
    }
}
