// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Files imported from the disk, read a piece at a time: the same reports and content as their bytes
// held in memory, in every encoding, however the pieces cut them.
#include "dataio/importer.h"
#include "testhelpers.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

using namespace Lianes;
using namespace TestHelpers;
using namespace Qt::StringLiterals;

namespace {

/// Rows of actors over more than one 64 KiB piece, a quoted description over three lines every tenth row.
QString manyRows(int rows)
{
    QString text = u"Identifiant;Nom;Type;Commune;Description\r\n"_s;
    for (int i = 1; i <= rows; ++i) {
        text += u"crm-%1;Association %1 Œuvre « Cœur »;ONG;Lille;%2\r\n"_s.arg(i).arg(
            i % 10 ? u"Jumelage"_s : u"\"Chantiers; échanges\r\nligne \"\"2\"\"\r\nligne 3\""_s);
    }
    return text;
}

QByteArray toWindows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        out.append(c == u'Œ' ? '\x8C' : c == u'œ' ? '\x9C' : char(c.unicode() < 0x100 ? c.unicode() : '?'));
    }
    return out;
}

/// The content of @p db, the times the rows were written left out (two imports may straddle a second).
QStringList contentWithoutTimes(const Database &db)
{
    static const QRegularExpression time(u"'\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ'"_s);
    QStringList lines = contentDump(db);
    for (QString &line : lines) {
        line.replace(time, u"'time'"_s);
    }
    return lines;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

/** Importer::importFile() against Importer::apply() on the same bytes. */
class TestImportFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    /** A file read from the disk a piece at a time gives the report and the content its bytes give
     *  in memory; the large ones span several pieces. */
    void fileLikeBytes_data()
    {
        QTest::addColumn<QString>("file"); // of tests/data/import, or empty
        QTest::addColumn<QByteArray>("data"); // when no file
        QTest::addColumn<int>("added"); // when no file

        QDirIterator files(dataPath(QString()), QDir::Files);
        while (files.hasNext()) {
            const QString name = QFileInfo(files.next()).fileName();
            QTest::newRow(qPrintable(name)) << name << QByteArray() << 0;
        }
        const QByteArray rows = manyRows(3000).toUtf8();
        QTest::newRow("large") << QString() << rows << 3000;
        QTest::newRow("large, then a byte of Windows-1252")
            << QString() << QByteArray(rows + "crm-x;Solidarit\xE9;ONG;Lille;x\r\n") << 3001;
        QTest::newRow("large, then a row the database refuses")
            << QString() << QByteArray(rows + "crm-x;x;ONG;Lille;x\r\n") << 3000;
    }
    void fileLikeBytes()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, data);
        QFETCH(int, added);
        QTemporaryDir dir;
        const QString path = file.isEmpty() ? dir.filePath(u"acteurs.csv"_s) : dataPath(file);
        if (file.isEmpty()) {
            writeFile(path, data);
        } else {
            data = readData(file);
        }
        const auto fromFile = openDatabase(dir, u"file.db"_s);
        const auto fromBytes = openDatabase(dir, u"bytes.db"_s);
        for (const auto *db : {fromFile.get(), fromBytes.get()}) {
            // A rule the checks do not know: the import runs again with savepoints, the file read again.
            db->exec("CREATE TRIGGER refuse_x BEFORE INSERT ON actor WHEN NEW.name = 'x' "
                     "BEGIN SELECT RAISE(ABORT, 'refusé'); END");
        }
        ImportOptions options;
        options.skipRejected = true;
        const auto json = [](const ImportReport &report) { return QJsonDocument(report.toJson()).toJson(); };
        QCOMPARE(json(Importer(*fromFile).importFile(path, options, true)),
                 json(Importer(*fromBytes).preview(data, path, options)));
        const ImportReport applied = Importer(*fromFile).importFile(path, options, false);
        QCOMPARE(json(applied), json(Importer(*fromBytes).apply(data, path, options)));
        QCOMPARE(contentWithoutTimes(*fromFile), contentWithoutTimes(*fromBytes));
        if (file.isEmpty()) {
            QVERIFY2(applied.applied, qPrintable(applied.toText()));
            QCOMPARE(applied.actors.added, added);
        }
    }

    /** Large files in each encoding, read a piece at a time, give the content of the UTF-8 one. */
    void largeFilesInEachEncoding()
    {
        const QString rows = manyRows(3000);
        QStringList first;
        const QByteArray utf16le = QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)(rows);
        const QByteArray utf16be = QStringEncoder(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom)(rows);
        for (const QByteArray &data : {rows.toUtf8(), QByteArray("\xEF\xBB\xBF" + rows.toUtf8()), toWindows1252(rows),
                                       utf16le, utf16be}) {
            QTemporaryDir dir;
            const auto db = openDatabase(dir);
            const QString path = dir.filePath(u"acteurs.csv"_s);
            writeFile(path, data);
            QVERIFY(Importer(*db).importFile(path, {}, false).applied);
            const QStringList content = contentWithoutTimes(*db);
            if (first.isEmpty()) {
                first = content;
                QCOMPARE(count(*db, "SELECT count(*) FROM actor WHERE name = 'Association 2990 Œuvre « Cœur »' "
                                    "AND description = 'Chantiers; échanges\r\nligne \"2\"\r\nligne 3'"),
                         1);
            }
            QCOMPARE(content, first);
        }
    }

    void encodingFoundOverTheWholeFile()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const QString path = dir.filePath(u"acteurs.csv"_s);
        // 200 KB of valid UTF-8, then one byte that is not: the whole file is Windows-1252.
        writeFile(path, manyRows(3000).toUtf8() + "crm-x;Solidarit\xE9;ONG;Lille;x\r\n");
        const ImportReport report = Importer(*db).importFile(path, {}, false);
        QCOMPARE(report.encoding, u"Windows-1252 (Excel)"_s);
        QCOMPARE(report.actors.added, 3001);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor WHERE name = 'Solidarité'"), 1);
    }

    void separatorAfterTheBom()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        // The BOM is not text of the first line: the first line with text is the header.
        const auto report = Importer(*db).apply("\xEF\xBB\xBF\r\nNom,Type\r\nA,ONG\r\n", u"a.csv"_s);
        QCOMPARE(report.separator, ',');
        QVERIFY(report.applied);
    }

    void lineNumbersAfterMultiLineRecords()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const QString path = dir.filePath(u"acteurs.csv"_s);
        // The header, 30 rows, two more lines for each of rows 10, 20 and 30: the next row is on line 38.
        writeFile(path, manyRows(30).toUtf8() + "crm-y;Y;Club de foot;Lille;x\r\n");
        const ImportReport report = Importer(*db).importFile(path, {}, true);
        QCOMPARE(report.actors.rejected, 1);
        const ImportRowResult &rejected = report.rows.last();
        QCOMPARE(rejected.line, 38);
        QCOMPARE(rejected.column, u"Type"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportFile)
#include "tst_importfile.moc"
