// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV exports that French Excel opens, with formulas defused.
#include "base/csvreader.h"
#include "base/csvwriter.h"
#include "dataio/csvexport.h"
#include "dataio/demoloader.h"
#include "testhelpers.h"

#include <QTest>

using namespace Lianes;
using namespace TestHelpers;
using namespace Qt::StringLiterals;

/** CsvWriter and the per-entity exports. */
class TestCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"Lille"_s << u"Lille"_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("plus") << u"+33 3 20 00 00 00"_s << u"'+33 3 20 00 00 00"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
        QTest::newRow("line break") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void cell()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(text), written);
    }

    void excelFormat()
    {
        CsvWriter csv;
        csv.addRow({u"Nom"_s, u"Commune"_s});
        csv.addRow({u"Œuvre « Été »"_s, u"Château-Thierry"_s});
        QCOMPARE(csv.data(), QByteArray("\xEF\xBB\xBFNom;Commune\r\n\xC5\x92uvre \xC2\xAB \xC3\x89t\xC3\xA9 \xC2\xBB;"
                                        "Ch\xC3\xA2teau-Thierry\r\n"));
    }

    void entities_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("header");
        QTest::newRow("actors") << u"acteurs"_s << u"actor"_s << u"Identifiant;Nom;Type de structure;Adhérent"_s;
        QTest::newRow("projects") << u"projets"_s << u"project"_s << u"Identifiant;Titre;Type de projet"_s;
        QTest::newRow("events") << u"evenements"_s << u"event"_s << u"Identifiant;Titre;Type;Début"_s;
        QTest::newRow("meetings") << u"reunions"_s << u"meeting"_s << u"Date;Sujet;Lieu"_s;
    }
    void entities()
    {
        QFETCH(QString, entity);
        QFETCH(QString, table);
        QFETCH(QString, header);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(DemoLoader::loadIfNeeded(*db, QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"))).loaded);
        const auto data = CsvExport::exportEntity(*db, entity);
        QVERIFY(data);
        QVERIFY(data->startsWith("\xEF\xBB\xBF"));
        QVERIFY(!data->contains("\n\n"));
        QCOMPARE(data->count("\r\n") >= count(*db, (u"SELECT count(*) FROM "_s + table).toUtf8().constData()), true);
        CsvReader reader(*data, ';');
        const auto headers = reader.readRow();
        QVERIFY(headers->join(u';').startsWith(header));
        int rows = 0;
        while (const auto row = reader.readRow()) {
            QCOMPARE(row->size(), headers->size());
            for (const QString &cell : *row) {
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
            }
            ++rows;
        }
        QCOMPARE(rows, count(*db, (u"SELECT count(*) FROM "_s + table).toUtf8().constData()));
        QVERIFY(!CsvExport::exportEntity(*db, u"inconnu"_s));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
