// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Applying imports: all or nothing, idempotent, updates, projects, the app's own JSON and CSV read back.
#include "dataio/csvexport.h"
#include "dataio/demoloader.h"
#include "dataio/importer.h"
#include "testhelpers.h"

#include <QTest>

using namespace Lianes;
using namespace TestHelpers;
using namespace Qt::StringLiterals;

namespace {
QByteArray manyActors(int count, const QByteArray &lastRow = {})
{
    QByteArray csv = "Identifiant;Nom;Type de structure;Commune;Code postal;Thématiques;Courriel\r\n";
    for (int i = 1; i <= count; ++i) {
        csv += "crm-" + QByteArray::number(i) + ";Association numéro " + QByteArray::number(i)
            + ";Association locale;Lille;59000;ECSI;contact" + QByteArray::number(i) + "@example.org\r\n";
    }
    return csv + lastRow;
}

const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));
}

/** What applying an import does to the database. */
class TestImportApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badRowAtTheEndLeavesTheDatabaseIdentical()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(DemoLoader::loadIfNeeded(*db, Now).loaded);
        const QStringList before = contentDump(*db);
        const auto report = Importer(*db).apply(manyActors(200, "crm-x;Association finale;Club de foot;Lille;59000;;\r\n"),
                                                u"a.csv"_s);
        QCOMPARE(report.actors.added, 200);
        QCOMPARE(report.actors.rejected, 1);
        QVERIFY(!report.applied);
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.rows.last().line, 202);
        QCOMPARE(contentDump(*db), before);
    }

    void skipRejectedAppliesTheOthers()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        ImportOptions options;
        options.skipRejected = true;
        const auto report = Importer(*db).apply(manyActors(20, "crm-x;Association finale;Club de foot;Lille;59000;;\r\n"),
                                                u"a.csv"_s, options);
        QVERIFY(report.applied);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 20);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor WHERE external_id = 'crm-x'"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor_theme"), 20);
    }

    void rowRefusedByTheDatabaseIsNeverHalfWritten()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        // A rule the import's checks do not know: the database refuses the row after its actor is inserted.
        db->exec("CREATE TRIGGER refuse_health BEFORE INSERT ON actor_theme WHEN NEW.theme = 'sante_urgence' "
                 "BEGIN SELECT RAISE(ABORT, 'thématique refusée ici'); END");
        const QByteArray csv = "Nom;Type;Thématiques\r\nAssociation A;ONG;ECSI\r\nAssociation B;ONG;ECSI, Santé\r\n"
                               "Association C;ONG;ECSI\r\n";
        const Importer importer(*db);
        const auto strict = importer.apply(csv, u"a.csv"_s);
        QCOMPARE(strict.actors.rejected, 1);
        QCOMPARE(strict.rows[1].status, ImportRowStatus::Rejected);
        QCOMPARE(strict.rows[1].line, 3);
        QVERIFY2(strict.rows[1].detail.contains(u"refusée par la base de données (thématique refusée ici)"_s),
                 qPrintable(strict.rows[1].detail));
        QCOMPARE(strict.actors.added, 2);
        QVERIFY(strict.databaseError.isEmpty());
        QVERIFY(!strict.applied);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 0);

        ImportOptions skip;
        skip.skipRejected = true;
        const auto report = importer.apply(csv, u"a.csv"_s, skip);
        QVERIFY2(report.applied, qPrintable(report.toText()));
        QCOMPARE(report.actors.added, 2);
        QCOMPARE(report.actors.rejected, 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 2);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor WHERE name = 'Association B'"), 0); // not half-written
        QCOMPARE(count(*db, "SELECT count(*) FROM actor_theme"), 2);
    }

    /** A second row for the same entity or the same identifier in one file is rejected, whatever
     *  became of the first (added, matched by name, itself rejected). */
    void duplicatesInTheFile_data()
    {
        QTest::addColumn<QByteArray>("before"); // imported first
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("rejected"); // "line|column|part of the reason"
        QTest::addColumn<int>("added");
        const QByteArray actors = "Identifiant;Nom;Type;Commune\r\n";
        const QByteArray projects = "Identifiant;Titre;Porteur\r\n";
        QTest::newRow("identifier of an added actor") << QByteArray() << actors + "X;A;ONG;Lille\r\nX;B;ONG;Amiens\r\n"
                                                      << QStringList{u"3|Identifiant|même identifiant qu'à la ligne 2"_s}
                                                      << 1;
        QTest::newRow("identifier of an actor rejected after matching")
            << QByteArray() << actors + "X;A;;Lille\r\nX;B;ONG;Amiens\r\n"
            << QStringList{u"2|Type|type de structure manquant"_s, u"3|Identifiant|même identifiant qu'à la ligne 2"_s} << 0;
        QTest::newRow("identifier given to an actor found by its name")
            << actors + ";A;ONG;Lille\r\n" << actors + "X;A;ONG;Lille\r\nX;B;ONG;Amiens\r\n"
            << QStringList{u"3|Identifiant|même identifiant qu'à la ligne 2"_s} << 0;
        QTest::newRow("identifier of an actor found by its name by a row without one")
            << actors + "X;A;ONG;Lille\r\n" << actors + ";A;ONG;Lille\r\nX;Z;ONG;Amiens\r\n"
            << QStringList{u"3|Nom|même acteur qu'à la ligne 2"_s} << 0;
        QTest::newRow("identifier of a row rejected as the same actor: not taken")
            << QByteArray() << actors + ";A;ONG;Lille\r\nX;A;ONG;Lille\r\nX;B;ONG;Amiens\r\n"
            << QStringList{u"3|Nom|même acteur qu'à la ligne 2"_s} << 2;
        QTest::newRow("identifier of a row rejected as the same project: taken")
            << actors + "crm-1;A;ONG;Lille\r\n" << projects + ";T;crm-1\r\nX;T;crm-1\r\nX;U;crm-1\r\n"
            << QStringList{u"3|Titre|même projet qu'à la ligne 2"_s, u"4|Identifiant|même identifiant qu'à la ligne 3"_s}
            << 1;
        QTest::newRow("identifier of a project found by its title")
            << actors + "crm-1;A;ONG;Lille\r\n" << projects + "P;T;crm-1\r\n;T;crm-1\r\nP;U;crm-1\r\n"
            << QStringList{u"3|Titre|même projet qu'à la ligne 2"_s, u"4|Identifiant|même identifiant qu'à la ligne 2"_s}
            << 1;
    }
    void duplicatesInTheFile()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, rejected);
        QFETCH(int, added);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const Importer importer(*db);
        if (!before.isEmpty()) {
            QVERIFY(importer.apply(before, u"avant.csv"_s).applied);
        }
        const ImportReport report = importer.preview(csv, u"doublons.csv"_s);
        QStringList found;
        for (const auto &row : report.rows) {
            if (row.status == ImportRowStatus::Rejected) {
                found.append(QString::number(row.line) + u'|' + row.column + u'|' + row.detail);
            }
        }
        QCOMPARE(found.size(), rejected.size());
        for (qsizetype i = 0; i < rejected.size(); ++i) {
            QVERIFY2(found[i].startsWith(rejected[i].section(u'|', 0, 1) + u'|'), qPrintable(found[i]));
            QVERIFY2(found[i].contains(rejected[i].section(u'|', 2)), qPrintable(found[i]));
        }
        QCOMPARE(report.actors.added + report.projects.added, added);
    }

    void reimportChangesNothing()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const Importer importer(*db);
        for (const auto &file : {u"acteurs-excel-utf8-bom.csv"_s, u"acteurs-virgule-lf.csv"_s}) {
            QVERIFY(importer.apply(readData(file), file).applied);
        }
        QVERIFY(importer.apply(readData(u"projets.csv"_s), u"projets.csv"_s, {{}, {}, true, {}, {}}).applied);
        const QStringList before = contentDump(*db);
        for (const auto &file : {u"acteurs-excel-cp1252.csv"_s, u"acteurs-virgule-lf.csv"_s, u"acteurs-unicode.txt"_s}) {
            const auto again = importer.apply(readData(file), file);
            QCOMPARE(again.outcome(), ImportReport::Outcome::NothingToDo);
            QCOMPARE(again.actors.unchanged, 3);
            QVERIFY(!again.applied);
        }
        ImportOptions skip;
        skip.skipRejected = true;
        const auto projects = importer.apply(readData(u"projets.csv"_s), u"projets.csv"_s, skip);
        QCOMPARE(projects.projects.unchanged, 2);
        QCOMPARE(projects.projects.rejected, 2);
        QVERIFY(!projects.applied);
        QCOMPARE(contentDump(*db), before);
    }

    void updateChangesOnlyTheColumnsOfTheFile()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const Importer importer(*db);
        QVERIFY(importer.apply(readData(u"acteurs-excel-utf8.csv"_s), u"a.csv"_s).applied);
        const QByteArray update = "Identifiant;Courriel;Nom\r\n"
                                  "crm-002;jumelage@saint-quentin.example.org;Comité de jumelage de Saint-Quentin\r\n"
                                  "crm-003;secretariat@lycee-jean-moulin.example.org;Lycée Jean Moulin\r\n";
        const auto preview = importer.preview(update, u"maj.csv"_s);
        QCOMPARE(preview.actors.updated, 1);
        QCOMPARE(preview.actors.unchanged, 1);
        QCOMPARE(preview.rows.first().detail, u"modifié : Courriel"_s);
        QVERIFY(importer.apply(update, u"maj.csv"_s).applied);
        auto q = db->prepare("SELECT email, commune, type, (SELECT count(*) FROM actor_theme WHERE actor = actor.id) "
                             "FROM actor WHERE external_id = 'crm-002'");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), u"jumelage@saint-quentin.example.org"_s);
        QCOMPARE(q.text(1), u"02691"_s); // not in the file: kept
        QCOMPARE(q.text(2), u"jumelage"_s);
        QCOMPARE(q.integer(3), 1);
    }

    void sameNameAndCommuneIsTheSameActor()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const Importer importer(*db);
        QVERIFY(importer.apply("Nom;Type;Commune\r\nMaison des Solidarités;Association;Lille\r\n", u"a.csv"_s).applied);
        const auto report = importer.apply("Nom;Type;Commune;Identifiant\r\n"
                                           "MAISON DES SOLIDARITÉS;Association;lille;crm-77\r\n"
                                           "Maison des Solidarités;Association;Amiens;\r\n",
                                           u"b.csv"_s);
        QCOMPARE(report.actors.updated, 1); // gains its identifier (and the new spelling)
        QCOMPARE(report.actors.added, 1); // same name elsewhere: another actor
        QCOMPARE(count(*db, "SELECT count(*) FROM actor WHERE external_id = 'crm-77' AND commune = '59350'"), 1);
    }

    void projectsFindTheirActors()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const Importer importer(*db);
        const auto orphan = importer.preview(readData(u"projets.csv"_s), u"projets.csv"_s);
        QCOMPARE(orphan.entities, QList<ImportEntity>{ImportEntity::Projects});
        QCOMPARE(orphan.projects.rejected, 4); // no actors yet: no lead found
        QVERIFY(importer.apply(readData(u"acteurs-excel-utf8.csv"_s), u"a.csv"_s).applied);
        const auto report = importer.preview(readData(u"projets.csv"_s), u"projets.csv"_s);
        QCOMPARE(report.projects.added, 2);
        QCOMPARE(report.projects.rejected, 2);
        QCOMPARE(report.rows[2].column, u"Porteur"_s);
        QVERIFY(report.rows[2].detail.contains(u"acteur « Association Inconnue » introuvable"_s));
        QCOMPARE(report.rows[3].column, u"Année de fin"_s);
        ImportOptions skip;
        skip.skipRejected = true;
        QVERIFY(importer.apply(readData(u"projets.csv"_s), u"projets.csv"_s, skip).applied);
        auto q = db->prepare("SELECT p.amount_eur, p.year_start, p.year_end, a.external_id, pa.role FROM project p "
                             "JOIN project_actor pa ON pa.project = p.id JOIN actor a ON a.id = pa.actor "
                             "WHERE p.external_id = 'prj-001' ORDER BY pa.role");
        QVERIFY(q.step());
        QCOMPARE(q.real(0), 12500.5);
        QCOMPARE(q.integer(1), 2021);
        QCOMPARE(q.integer(2), 2023);
        QCOMPARE(q.text(3), u"crm-001"_s);
        QCOMPARE(q.text(4), u"lead"_s);
        QVERIFY(q.step());
        QCOMPARE(q.text(3), u"crm-003"_s);
        QCOMPARE(q.text(4), u"partner"_s);
    }

    void ownCsvExportsReadBackUnchanged_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::newRow("actors") << u"acteurs"_s;
        QTest::newRow("projects") << u"projets"_s;
    }
    void ownCsvExportsReadBackUnchanged()
    {
        QFETCH(QString, entity);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(DemoLoader::loadIfNeeded(*db, Now).loaded);
        const QStringList before = contentDump(*db);
        const auto csv = CsvExport::exportEntity(*db, entity);
        QVERIFY(csv);
        const auto report = Importer(*db).apply(*csv, entity + u".csv"_s);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.total().rejected, 0);
        QCOMPARE(report.outcome(), ImportReport::Outcome::NothingToDo);
        QVERIFY(report.total().unchanged > 10);
        QCOMPARE(contentDump(*db), before);
    }

    void ownJsonExportImportsIntoAnotherDevice()
    {
        QTemporaryDir dir;
        const auto source = openDatabase(dir, u"source.db"_s);
        QVERIFY(DemoLoader::loadIfNeeded(*source, Now).loaded);
        const QByteArray json = DatabaseJson::exportAll(*source, Now);
        const auto target = openDatabase(dir, u"target.db"_s);
        const Importer importer(*target);
        const auto report = importer.apply(json, u"export.json"_s);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.format, u"JSON"_s);
        QCOMPARE(report.total().rejected, 0);
        QCOMPARE(report.actors.added, count(*source, "SELECT count(*) FROM actor"));
        QCOMPARE(report.projects.added, count(*source, "SELECT count(*) FROM project"));
        const char *links = "SELECT group_concat(x, ',') FROM (SELECT a.external_id || ':' || t.theme AS x FROM actor_theme t "
                            "JOIN actor a ON a.id = t.actor UNION ALL SELECT p.external_id || ':' || a.external_id || ':' || "
                            "pa.role FROM project_actor pa JOIN project p ON p.id = pa.project JOIN actor a ON a.id = pa.actor "
                            "ORDER BY 1)";
        auto a = source->prepare(links);
        auto b = target->prepare(links);
        QVERIFY(a.step() && b.step());
        QCOMPARE(b.text(0), a.text(0));
        QCOMPARE(importer.apply(json, u"export.json"_s).outcome(), ImportReport::Outcome::NothingToDo);
    }

    void reportSaysWhatHappened()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const auto report = Importer(*db).preview(readData(u"acteurs-communes.csv"_s), u"acteurs-communes.csv"_s);
        const QString text = report.toText();
        QVERIFY2(text.contains(u"Fichier : acteurs-communes.csv (CSV, UTF-8, séparateur point-virgule)"_s), qPrintable(text));
        QVERIFY(text.contains(u"À ajouter : 5 acteurs"_s));
        QVERIFY(text.contains(u"  ligne 2, colonne « Commune » : commune « Lile » introuvable"_s));
        QVERIFY(text.contains(u"Aperçu seulement (--dry-run) : rien n'a été écrit."_s));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value("exit_code"_L1).toInt(), 2);
        QCOMPARE(json.value("actors"_L1).toObject().value("rejected"_L1).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestImportApply)
#include "tst_importapply.moc"
