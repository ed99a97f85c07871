// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lianes.Core
import Lianes.Ui

/// Données (staff): preview of an import, the mapping of unknown columns, apply.
TestCase {
    id: testCase
    name: "Donnees"
    when: windowShown

    Component {
        id: pageComponent
        DataPage {
            width: 1920
            height: 1000
        }
    }

    function dataUrl(name: string): url {
        return Qt.resolvedUrl("../data/import/" + name);
    }

    function findText(item: Item, text: string): Item {
        if (item.text === text)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], text);
            if (found)
                return found;
        }
        return null;
    }

    function init() {
        DataIo.clear();
    }

    function test_previewThenApplyTheOthers() {
        const page = createTemporaryObject(pageComponent, testCase);
        const before = App.actorCount;
        verify(DataIo.previewFile(dataUrl("acteurs-communes.csv")));
        compare(DataIo.fileName, "acteurs-communes.csv");
        compare(DataIo.fileSummary, "CSV · UTF-8 · acteurs");
        compare(DataIo.toAdd, 5);
        compare(DataIo.rejected, 4);
        verify(!DataIo.canApply, "rejected rows: no plain apply");
        verify(DataIo.canApplyOthers);
        compare(DataIo.preview.count, 9);
        compare(App.actorCount, before, "a preview writes nothing");
        tryVerify(() => findText(page, "ligne 2 · Association Lile") !== null, 2000, "rejected rows come first");
        verify(findText(page, "Importer sans les 4 lignes rejetées"));
        verify(DataIo.apply(true));
        compare(App.actorCount, before + 5);
        verify(!DataIo.hasPreview);
        verify(DataIo.message.startsWith("Import appliqué : 5 ajoutés"), DataIo.message);
    }

    function test_unknownColumnsAreMappedByHand() {
        createTemporaryObject(pageComponent, testCase);
        verify(DataIo.previewFile(dataUrl("acteurs-colonne-inconnue.csv")));
        compare(DataIo.columnChoices.length, 2);
        compare(DataIo.columnChoices[0].column, "Localisation");
        compare(DataIo.columnChoices[0].key, "");
        DataIo.mapColumn("Localisation", "commune");
        compare(DataIo.columnChoices.length, 2, "a mapped column can still be changed");
        compare(DataIo.columnChoices[0].key, "commune");
        compare(DataIo.toAdd, 2);
        verify(DataIo.canApply);
    }

    function test_badFileIsExplained() {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(!DataIo.previewFile(dataUrl("classeur.xlsx")));
        verify(DataIo.fileError.indexOf("classeur") >= 0);
        verify(!DataIo.canApply);
        tryVerify(() => findText(page, "Fichier refusé : " + DataIo.fileError) !== null, 2000);
    }
}
