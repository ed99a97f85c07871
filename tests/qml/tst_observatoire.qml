// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lianes.Core
import Lianes.Ui

/// The observatory dashboard (staff, under Équipe) on the demo data: reached by a tap, its key figures,
/// the year chooser, a chart's table, the choropleth's switch, the exports.
TestCase {
    id: testCase
    name: "Observatoire"
    when: windowShown

    Component {
        id: keyFiguresComponent
        KeyFigures {}
    }

    Component {
        id: mainComponent
        Main {
            width: 1920
            height: 1080
        }
    }

    // A visible, tappable item whose Accessible.name (or text) is @p name.
    function findTappable(item: Item, name: string): Item {
        if (item.visible === false)
            return null;
        if (item.clicked !== undefined && (item.Accessible.name === name || item.text === name))
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findTappable(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }
    // Visible Text items showing exactly @p text.
    function countTexts(item: Item, text: string): int {
        if (item.visible === false)
            return 0;
        let n = (item.text === text && item.clicked === undefined) ? 1 : 0;
        for (let i = 0; i < item.children.length; ++i)
            n += countTexts(item.children[i], text);
        return n;
    }
    function openDashboard(page: string): var {
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.showPage(page), page);
        tryVerify(() => main.pageReady, 5000);
        tryVerify(() => findTappable(main.contentItem, "Rapport PDF") !== null, 5000, "the dashboard is shown");
        waitForRendering(main.contentItem); // layouts are polished before the first frame
        return main;
    }

    function cleanup() {
        Observatory.year = 2020;
        Observatory.departements.measure = ChoroplethModel.Measure.Actors;
    }

    function test_reachedFromEquipeByATap() {
        const main = createTemporaryObject(mainComponent, testCase);
        waitForRendering(main.contentItem);
        mouseClick(findTappable(main.contentItem, "Équipe"));
        const button = findTappable(main.contentItem, "Observatoire");
        verify(button, "the Équipe page offers the observatory");
        verify(button.height >= Theme.touchTarget);
        mouseClick(button);
        tryVerify(() => findTappable(main.contentItem, "Rapport PDF") !== null, 5000);
        mouseClick(findTappable(main.contentItem, "Retour à l'espace équipe"));
        tryVerify(() => findTappable(main.contentItem, "Rapport PDF") === null, 5000, "back to Équipe");
    }

    function test_keyFiguresOfTheLatestYear() {
        const main = openDashboard("observatoire-reunions");
        compare(Observatory.year, 2020);
        compare(Observatory.periodLabel, "Année 2020");
        // The report's meetings annex: 233 meetings, 925 participants, 582 hours, on the tiles.
        compare(countTexts(main.contentItem, "233"), 2); // the tile, and the middle of "Réunions par lieu"
        compare(countTexts(main.contentItem, "925"), 1);
        compare(countTexts(main.contentItem, "582"), 1);
        compare(countTexts(main.contentItem, "heures de réunion"), 1);
    }

    function test_yearChooser() {
        const main = openDashboard("observatoire-reunions");
        verify(!findTappable(main.contentItem, "Année précédente").enabled, "nothing before 2020");
        mouseClick(findTappable(main.contentItem, "Année suivante"));
        compare(Observatory.year, 2026);
        compare(Observatory.summary.value("meetings"), 0);
        tryVerify(() => countTexts(main.contentItem, "Année 2026") === 1);
        mouseClick(findTappable(main.contentItem, "Toutes les années"));
        compare(Observatory.year, 0);
        compare(Observatory.summary.value("meetings"), 233);
        mouseClick(findTappable(main.contentItem, "Toutes les années"));
        compare(Observatory.year, 2026, "back to the year shown before");
    }

    function test_tableBehindAChart() {
        const main = openDashboard("observatoire-reunions");
        const toggle = findTappable(main.contentItem, "Afficher le tableau : Réunions par mois");
        verify(toggle);
        verify(toggle.height >= Theme.touchTarget);
        mouseClick(toggle);
        tryVerify(() => countTexts(main.contentItem, "oct.") === 1, 3000, "the table lists the months");
        waitForRendering(main.contentItem);
        verify(countTexts(main.contentItem, "46") >= 1, "46 meetings in October");
        mouseClick(findTappable(main.contentItem, "Afficher le graphique : Réunions par mois"));
        verify(findTappable(main.contentItem, "Afficher le tableau : Réunions par mois"));
    }

    function test_choroplethSwitchesMeasure() {
        const main = openDashboard("observatoire-acteurs");
        compare(Observatory.departements.measure, ChoroplethModel.Measure.Actors);
        verify(countTexts(main.contentItem, "Nombre d'acteurs") === 1, "the legend");
        verify(countTexts(main.contentItem, "66 acteurs sans département") === 1, "counted apart, said so");
        mouseClick(findTappable(main.contentItem, "Colorer par nombre de projets"));
        compare(Observatory.departements.measure, ChoroplethModel.Measure.Projects);
        tryVerify(() => countTexts(main.contentItem, "Nombre de projets") === 1);
    }

    function test_sectionsByTap() {
        const main = openDashboard("observatoire");
        mouseClick(findTappable(main.contentItem, "Section Formations et inscriptions"));
        tryVerify(() => countTexts(main.contentItem, "Formations organisées") === 1);
        mouseClick(findTappable(main.contentItem, "Section Projets"));
        tryVerify(() => countTexts(main.contentItem, "Carte des pays partenaires") === 1);
    }

    function test_exports() {
        const main = openDashboard("observatoire-acteurs");
        mouseClick(findTappable(main.contentItem, "Enregistrer le tableau de bord en image PNG"));
        tryVerify(() => Observatory.exportMessage.indexOf("observatoire-2020.png") >= 0, 5000, Observatory.exportMessage);
        mouseClick(findTappable(main.contentItem, "Enregistrer le rapport PDF de l'observatoire"));
        tryVerify(() => Observatory.exportMessage.indexOf("observatoire-2020.pdf") >= 0, 5000, Observatory.exportMessage);
        verify(countTexts(main.contentItem, Observatory.exportMessage) === 1, "the path is shown");
    }

    function test_keyFiguresForTheKiosk() {
        // Computed from the demo data, not typed: what the attract screen shows. (TestCase is an
        // invisible item, so the row is shown in a window of its own.)
        const main = createTemporaryObject(mainComponent, testCase);
        const row = keyFiguresComponent.createObject(main.contentItem);
        verify(row);
        compare(Observatory.keyFigures.value("actors"), 127);
        compare(countTexts(row, "127"), 1);
        compare(countTexts(row, "acteurs"), 1);
        compare(countTexts(row, "32"), 1);
        compare(countTexts(row, "départements couverts"), 1);
        compare(countTexts(row, "5"), 1);
        compare(countTexts(row, "événements à venir"), 1);
        compare(Observatory.keyFigures.value("upcomingEvents"), 10);
        row.destroy();
    }
}
