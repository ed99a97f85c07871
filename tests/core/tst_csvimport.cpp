// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// The import of CSV files as French offices make them: encodings, separators, quoting, headers,
// geocoding, rejections with line, column and reason.
#include "dataio/importer.h"
#include "testhelpers.h"

#include <QTest>

Q_DECLARE_METATYPE(Lianes::ImportLimits)

using namespace Lianes;
using namespace TestHelpers;
using namespace Qt::StringLiterals;

/** One file of tests/data/import through preview and apply. */
class TestCsvImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void files_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<char>("separator");
        QTest::addColumn<int>("added");
        QTest::addColumn<QStringList>("rejected"); // "line|column|part of the reason"
        QTest::addColumn<QStringList>("unknown");

        const QStringList none;
        QTest::newRow("Excel UTF-8 with BOM, ; CRLF") << u"acteurs-excel-utf8-bom.csv"_s << u"UTF-8 avec BOM"_s << ';'
                                                      << 3 << none << none;
        QTest::newRow("Excel Windows-1252") << u"acteurs-excel-cp1252.csv"_s << u"Windows-1252"_s << ';' << 3 << none
                                            << none;
        QTest::newRow("UTF-8 without BOM") << u"acteurs-excel-utf8.csv"_s << u"UTF-8"_s << ';' << 3 << none << none;
        QTest::newRow("comma, LF, quoted commas and line breaks, other header spellings")
            << u"acteurs-virgule-lf.csv"_s << u"UTF-8"_s << ',' << 3 << none << none;
        QTest::newRow("Excel Unicode text: UTF-16, tab") << u"acteurs-unicode.txt"_s << u"UTF-16"_s << '\t' << 3 << none
                                                         << none;
        QTest::newRow("empty lines and lines of separators") << u"acteurs-lignes-vides.csv"_s << u"UTF-8"_s << ';'
                                                             << 2 << none << none;
        QTest::newRow("ragged rows") << u"acteurs-irreguliers.csv"_s << u"UTF-8"_s << ';' << 2
                                     << QStringList{u"3||7 colonnes mais l'en-tête en a 5"_s,
                                                    u"4||3 colonnes mais l'en-tête en a 5"_s}
                                     << none;
        QTest::newRow("unknown headers") << u"acteurs-colonne-inconnue.csv"_s << u"UTF-8"_s << ';' << 2 << none
                                         << QStringList{u"Localisation"_s, u"Nombre de salariés"_s};
        QTest::newRow("duplicates in the file") << u"acteurs-doublons.csv"_s << u"UTF-8"_s << ';' << 3
                                                << QStringList{u"3|Identifiant|même identifiant qu'à la ligne 2"_s,
                                                               u"5|Nom|même acteur qu'à la ligne 4"_s}
                                                << none;
        QTest::newRow("unknown and ambiguous communes")
            << u"acteurs-communes.csv"_s << u"UTF-8"_s << ';' << 5
            << QStringList{u"2|Commune|commune « Lile » introuvable"_s,
                           u"3|Commune|commune ambiguë : « Brie » existe dans plusieurs départements (02, 80)"_s,
                           u"8|Commune|commune « Paris » introuvable"_s,
                           u"10|Département|Arras est dans le département 62, pas dans le 59"_s}
            << none;
        QTest::newRow("values") << u"acteurs-valeurs.csv"_s << u"UTF-8"_s << ';' << 1
                                << QStringList{u"2|Adhérent|« peut-être » n'est ni « oui » ni « non »"_s,
                                               u"3|Type|type de structure « Club de foot » inconnu"_s,
                                               u"4|Thématiques|thématique « Astronomie » inconnue"_s,
                                               u"5|Pays partenaires|pays « Atlantide » inconnu"_s,
                                               u"6|Courriel|courriel « pas-une-adresse » invalide"_s,
                                               u"7|Nom|le nom est vide"_s,
                                               u"8|Type|type de structure manquant"_s}
                                << none;
    }
    void files()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(char, separator);
        QFETCH(int, added);
        QFETCH(QStringList, rejected);
        QFETCH(QStringList, unknown);

        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const Importer importer(*db);
        const QByteArray data = readData(file);
        const QStringList before = contentDump(*db);

        const ImportReport preview = importer.preview(data, file);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY(preview.encoding.startsWith(encoding));
        QCOMPARE(preview.separator, separator);
        QCOMPARE(preview.actors.added, added);
        QCOMPARE(preview.actors.rejected, int(rejected.size()));
        QCOMPARE(preview.unknownColumns, unknown);
        QStringList found;
        for (const auto &row : preview.rows) {
            if (row.status == ImportRowStatus::Rejected) {
                found.append(QString::number(row.line) + u'|' + row.column + u'|' + row.detail);
            }
        }
        QCOMPARE(found.size(), rejected.size());
        for (qsizetype i = 0; i < rejected.size(); ++i) {
            const QStringList want = rejected[i].split(u'|');
            const QStringList got = found[i].split(u'|');
            QCOMPARE(got[0], want[0]);
            QCOMPARE(got[1], want[1]);
            QVERIFY2(got[2].contains(want[2]), qPrintable(got[2]));
        }
        QCOMPARE(contentDump(*db), before); // a preview writes nothing

        const ImportReport applied = importer.apply(data, file);
        QCOMPARE(applied.actors.added, added);
        if (rejected.isEmpty()) {
            QVERIFY(applied.applied);
            QCOMPARE(applied.outcome(), ImportReport::Outcome::Changed);
            QCOMPARE(count(*db, "SELECT count(*) FROM actor"), added);
        } else {
            QVERIFY(!applied.applied);
            QCOMPARE(applied.outcome(), ImportReport::Outcome::Rejected);
            QCOMPARE(contentDump(*db), before); // all or nothing
        }
    }

    void encodingsGiveTheSameData()
    {
        QStringList first;
        for (const auto &file : {u"acteurs-excel-utf8-bom.csv"_s, u"acteurs-excel-cp1252.csv"_s, u"acteurs-excel-utf8.csv"_s}) {
            QTemporaryDir dir;
            const auto db = openDatabase(dir);
            QVERIFY(Importer(*db).apply(readData(file), u"acteurs.csv"_s).applied);
            auto q = db->prepare("SELECT name, description, commune, member, phone FROM actor ORDER BY external_id");
            QStringList rows;
            while (q.step()) {
                rows.append(q.text(0) + u'|' + q.text(1) + u'|' + q.text(2) + u'|' + q.text(3) + u'|' + q.text(4));
            }
            if (first.isEmpty()) {
                first = rows;
                QCOMPARE(rows.first(), u"Association Terre d'Échanges|Jumelage scolaire; chantiers de jeunes\r\net "
                                       "éducation à la citoyenneté : « Cœur de projet », 5 000 €|59350|1|+33 3 20 00 00 01"_s);
            }
            QCOMPARE(rows, first);
        }
    }

    void geocoding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("insee");
        QTest::addColumn<QString>("departement");
        QTest::newRow("name and postcode resolve an ambiguous name") << u"Association Brie Somme"_s << u"80141"_s << u"80"_s;
        QTest::newRow("département resolves an ambiguous name") << u"Association Fleury"_s << u"62339"_s << u"62"_s;
        QTest::newRow("Cedex and capitals") << u"Association Cedex"_s << u"59350"_s << u"59"_s;
        QTest::newRow("postcode that lost its 0 in Excel") << u"Association Excel"_s << u"02691"_s << u"02"_s;
        QTest::newRow("département only: unlocated") << u"Association Somme"_s << QString() << u"80"_s;
    }
    void geocoding()
    {
        QFETCH(QString, name);
        QFETCH(QString, insee);
        QFETCH(QString, departement);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        ImportOptions options;
        options.skipRejected = true;
        const auto report = Importer(*db).apply(readData(u"acteurs-communes.csv"_s), u"communes.csv"_s, options);
        QVERIFY(report.applied);
        auto q = db->prepare("SELECT coalesce(commune, ''), departement, lat IS NOT NULL FROM actor WHERE name = ?");
        q.bind(1, name);
        QVERIFY(q.step());
        QCOMPARE(q.text(0), insee);
        QCOMPARE(q.text(1), departement);
        QCOMPARE(q.integer(2) != 0, !insee.isEmpty());
    }

    void vocabulariesAndCountriesByLabel()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(Importer(*db).apply(readData(u"acteurs-virgule-lf.csv"_s), u"a.csv"_s).applied);
        auto q = db->prepare("SELECT a.type, (SELECT group_concat(theme) FROM (SELECT theme FROM actor_theme "
                             "WHERE actor = a.id ORDER BY theme)), (SELECT group_concat(country) FROM (SELECT country "
                             "FROM actor_country WHERE actor = a.id ORDER BY country)), a.commune FROM actor a ORDER BY id");
        QStringList rows;
        while (q.step()) {
            rows.append(q.text(0) + u'|' + q.text(1) + u'|' + q.text(2) + u'|' + q.text(3));
        }
        QCOMPARE(rows, (QStringList{u"collectif|ecsi||80021"_s, u"consultant|energie_climat,villes_durables|BF|62041"_s,
                                    u"ong|eau_assainissement|ML,NE|60057"_s}));
    }

    void unknownColumnMappedByTheStaff()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        ImportOptions options;
        options.mapping.insert(u"Localisation"_s, ImportField::Commune);
        options.mapping.insert(u"Nombre de salariés"_s, ImportField::Ignored);
        const auto report = Importer(*db).apply(readData(u"acteurs-colonne-inconnue.csv"_s), u"a.csv"_s, options);
        QVERIFY(report.unknownColumns.isEmpty());
        QVERIFY(report.applied);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor WHERE commune IN ('62193', '59183')"), 2);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("spreadsheet") << u"classeur.xlsx"_s << u"classeur (Excel .xlsx"_s;
        QTest::newRow("no name column") << u"sans-nom.csv"_s << u"colonne obligatoire absente : Nom"_s;
        QTest::newRow("quote never closed") << u"guillemet-ouvert.csv"_s << u"ligne 2 : un guillemet ouvert"_s;
        QTest::newRow("no header") << u"vide.csv"_s << u"Le fichier est vide"_s;
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const auto report = Importer(*db).apply(readData(file), file);
        QVERIFY2(report.error.contains(error), qPrintable(report.error));
        QCOMPARE(report.outcome(), ImportReport::Outcome::BadFile);
        QCOMPARE(report.exitCode(), 65);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 0);
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<ImportLimits>("limits");
        QTest::addColumn<QString>("fileError");
        QTest::addColumn<QString>("rowError");
        ImportLimits small;
        small.maxFileBytes = 200;
        small.maxRows = 3;
        small.maxFieldLength = 20;
        small.maxColumns = 4;
        QTest::newRow("file size") << QByteArray("Nom;Type\n" + QByteArray(300, 'x')) << small
                                   << u"Le fichier est trop gros"_s << QString();
        QTest::newRow("row count") << QByteArray("Nom;Type\na;ONG\nb;ONG\nc;ONG\nd;ONG\n") << small
                                   << u"plus de 3 lignes de données"_s << QString();
        QTest::newRow("columns in the header") << QByteArray("Nom;Type;a;b;c\n") << small
                                               << u"La ligne d'en-tête a 5 colonnes ; 4 au plus"_s << QString();
        QTest::newRow("columns in a row") << QByteArray("Nom;Type\na;ONG;;;;;;\n") << small << QString()
                                          << u"la ligne a 8 colonnes ; 4 au plus sont acceptées"_s;
        QTest::newRow("field length") << QByteArray("Nom;Type\nune association au nom bien trop long;ONG\n") << small
                                      << QString() << u"Nom: plus de 20 caractères"_s;
    }
    void limits()
    {
        QFETCH(QByteArray, data);
        QFETCH(ImportLimits, limits);
        QFETCH(QString, fileError);
        QFETCH(QString, rowError);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        ImportOptions options;
        options.limits = limits;
        const auto report = Importer(*db).apply(data, u"limites.csv"_s, options);
        if (!fileError.isEmpty()) {
            QVERIFY2(report.error.contains(fileError), qPrintable(report.error));
            QCOMPARE(report.exitCode(), 65);
        } else {
            QCOMPARE(report.actors.rejected, 1);
            const auto &row = report.rows.first();
            const QString got = (row.column.isEmpty() ? QString() : row.column + u": "_s) + row.detail;
            QVERIFY2(got.contains(rowError), qPrintable(got));
        }
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
