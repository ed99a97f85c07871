// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

namespace {

/// Everything the reader says about each record: line, status, field count, cells.
QStringList records(CsvReader &reader)
{
    QStringList out;
    while (const auto row = reader.readRow()) {
        out.append(u"%1|%2|%3|"_s.arg(reader.line()).arg(int(reader.status())).arg(reader.fieldCount())
                   + row->join(u'\x1f'));
    }
    return out;
}

/// The same, read from a device @p bufferSize bytes at a time.
QStringList recordsInPieces(const QByteArray &input, char separator, qsizetype bufferSize, int maxColumns = 0)
{
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, separator, bufferSize);
    reader.setMaxColumns(maxColumns);
    return records(reader);
}

} // namespace

/** The RFC 4180 reader under the gazetteer and the imports. */
class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<char>("separator");
        QTest::addColumn<Rows>("expected");
        QTest::newRow("simple") << QByteArray("a,b\nc,d\n") << ',' << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("no final newline") << QByteArray("a,b") << ',' << Rows{{u"a"_s, u"b"_s}};
        QTest::newRow("crlf") << QByteArray("a;b\r\nc;d\r\n") << ';' << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFnom,ville\n") << ',' << Rows{{u"nom"_s, u"ville"_s}};
        QTest::newRow("quoted separator") << QByteArray("\"Lille, Fives\",59\n") << ','
                                          << Rows{{u"Lille, Fives"_s, u"59"_s}};
        QTest::newRow("escaped quote") << QByteArray("\"Le \"\"Bouquin\"\"\",x\n") << ','
                                       << Rows{{u"Le \"Bouquin\""_s, u"x"_s}};
        QTest::newRow("line break in quotes") << QByteArray("\"ligne 1\r\nligne 2\",x\n") << ','
                                              << Rows{{u"ligne 1\r\nligne 2"_s, u"x"_s}};
        QTest::newRow("empty fields") << QByteArray(",,\n") << ',' << Rows{{QString(), QString(), QString()}};
        QTest::newRow("utf8") << QByteArray("Château-Thierry;Œuf\n") << ';'
                              << Rows{{u"Château-Thierry"_s, u"Œuf"_s}};
        QTest::newRow("empty input") << QByteArray() << ',' << Rows{};
        QTest::newRow("lone CR ends records") << QByteArray("a;b\rc;d\r") << ';'
                                              << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("trailing separator") << QByteArray("a;b;") << ';' << Rows{{u"a"_s, u"b"_s, QString()}};
        QTest::newRow("quote inside unquoted field") << QByteArray("5\" écran;x\n") << ';'
                                                     << Rows{{u"5\" écran"_s, u"x"_s}};
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b;c\n") << ';' << Rows{{u"ab"_s, u"c"_s}};
        QTest::newRow("separator in quotes, semicolon") << QByteArray("\"Lille; Fives\";59\r\n") << ';'
                                                        << Rows{{u"Lille; Fives"_s, u"59"_s}};
        QTest::newRow("blank line kept as one empty field") << QByteArray("a\n\nb\n") << ','
                                                            << Rows{{u"a"_s}, {QString()}, {u"b"_s}};
        QTest::newRow("empty quoted field, then text") << QByteArray("\"\"x;\"\"\n") << ';'
                                                       << Rows{{u"x"_s, QString()}};
        QTest::newRow("BOM alone") << QByteArray("\xEF\xBB\xBF") << ',' << Rows{};
    }
    void read()
    {
        QFETCH(QByteArray, input);
        QFETCH(char, separator);
        QFETCH(Rows, expected);
        CsvReader reader(input, separator);
        Rows rows;
        while (auto row = reader.readRow()) {
            rows.append(*row);
        }
        QCOMPARE(rows, expected);
        // Read a piece at a time, from one byte up: the same rows.
        for (const qsizetype bufferSize : {1, 2, 3, 7, 64}) {
            QBuffer device;
            device.setData(input);
            device.open(QIODevice::ReadOnly);
            CsvReader pieces(&device, separator, bufferSize);
            Rows got;
            while (auto row = pieces.readRow()) {
                got.append(*row);
            }
            QCOMPARE(got, expected);
        }
    }

    /** Each record shifted over the buffer's boundary at every offset reads as it does held whole. */
    void recordAcrossTheBuffer_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("quoted field with line breaks") << QByteArray("\"ligne 1\r\nligne 2\nligne 3\rfin\";x\r\n");
        QTest::newRow("long field") << QByteArray(300, 'a') + ";" + QByteArray(70'000, 'b') + "\n";
        QTest::newRow("multi-byte UTF-8") << QByteArray("Œuvre;Château-Thierry;€;😀\n");
        QTest::newRow("CRLF pair") << QByteArray("a;b\r\nc;d\r\n");
        QTest::newRow("doubled quote") << QByteArray("\"Le \"\"Bouquin\"\"\";\"\"\"\"\n");
        QTest::newRow("text after the closing quote") << QByteArray("\"a;b\"cd;e\n");
        QTest::newRow("separator then end") << QByteArray("a;b;");
        QTest::newRow("lone CR") << QByteArray("a;\"b\rc\"\rd\r");
        QTest::newRow("unterminated quote") << QByteArray("a;\"jamais\r\nfermé;c\n");
        QTest::newRow("too many columns") << QByteArray(";;;;;;\"a\nb\";;\nx\n");
    }
    void recordAcrossTheBuffer()
    {
        QFETCH(QByteArray, record);
        for (int offset = 0; offset <= 8; ++offset) {
            // A first record of `offset` bytes, then a BOM-less record that begins at that offset.
            const QByteArray input = QByteArray(offset, 'p') + "\n" + record + "\"z\";\"\"\"\"\n";
            CsvReader whole(input, ';');
            whole.setMaxColumns(5);
            const QStringList expected = records(whole);
            QVERIFY(expected.size() >= 2);
            for (const qsizetype bufferSize : {1, 2, 3, 7, 64, 64 * 1024}) {
                const QStringList got = recordsInPieces(input, ';', bufferSize, 5);
                QVERIFY2(got == expected, qPrintable(u"offset %1, buffer %2"_s.arg(offset).arg(bufferSize)));
            }
        }
    }

    void bomInPieces()
    {
        const QByteArray input("\xEF\xBB\xBFnom;ville\nx;y\n");
        for (const qsizetype bufferSize : {1, 2, 3, 4}) {
            // The BOM comes in pieces, and is skipped all the same.
            QCOMPARE(recordsInPieces(input, ';', bufferSize), (QStringList{u"1|0|2|nom\x1fville"_s, u"2|0|2|x\x1fy"_s}));
        }
    }

    void lineNumbersAfterMultiLineRecords()
    {
        const QByteArray input("h;d\r\n1;\"a\r\nb\r\nc\"\r\n2;\"\n\n\"\n3;\"x\ry\"\r4;z\n");
        const QStringList lines{u"1"_s, u"2"_s, u"5"_s, u"8"_s, u"10"_s};
        for (const qsizetype bufferSize : {1, 2, 3, 7, 64 * 1024}) {
            QStringList got;
            for (const QString &record : recordsInPieces(input, ';', bufferSize)) {
                got.append(record.section(u'|', 0, 0));
            }
            QCOMPARE(got, lines);
        }
    }

    void fieldSizeCap()
    {
        const QByteArray input("a;" + QByteArray(1000, 'x') + ";b\n\"" + QByteArray(1000, 'y') + "\"\nc\n");
        for (const qsizetype bufferSize : {1, 7, 64 * 1024}) {
            QBuffer device;
            device.setData(input);
            device.open(QIODevice::ReadOnly);
            CsvReader reader(&device, ';', bufferSize);
            reader.setMaxFieldBytes(10);
            QCOMPARE(*reader.readRow(), (QStringList{u"a"_s, u"xxxxxxxxxx"_s, u"b"_s}));
            QCOMPARE(reader.fieldCount(), 3);
            QCOMPARE(*reader.readRow(), QStringList{u"yyyyyyyyyy"_s});
            QCOMPARE(reader.line(), 2);
            QCOMPARE(*reader.readRow(), QStringList{u"c"_s});
            QCOMPARE(reader.line(), 3);
            QVERIFY(!reader.readRow());
        }
    }

    void unterminatedQuoteIsReported_data()
    {
        QTest::addColumn<qsizetype>("bufferSize"); // 0: held whole
        for (const qsizetype size : {0, 1, 2, 3, 7}) {
            QTest::addRow("buffer %d", int(size)) << size;
        }
    }
    void unterminatedQuoteIsReported()
    {
        QFETCH(qsizetype, bufferSize);
        const QByteArray input("a;b\n\"jamais fermé;c\nd;e\n");
        QBuffer device;
        device.setData(input);
        device.open(QIODevice::ReadOnly);
        CsvReader reader = bufferSize ? CsvReader(&device, ';', bufferSize) : CsvReader(input, ';');
        QVERIFY(reader.readRow());
        QCOMPARE(reader.status(), CsvReader::Status::Ok);
        const auto row = reader.readRow();
        QVERIFY(row);
        QCOMPARE(reader.status(), CsvReader::Status::UnterminatedQuote);
        QCOMPARE(reader.line(), 2);
        QVERIFY(!reader.readRow());
    }

    void columnLimitDropsExtraFields()
    {
        CsvReader reader(QByteArray(";;;;;;;;;\na;b\n"), ';');
        reader.setMaxColumns(3);
        const auto row = reader.readRow();
        QVERIFY(row);
        QCOMPARE(row->size(), 3);
        QCOMPARE(reader.fieldCount(), 10);
        QCOMPARE(reader.status(), CsvReader::Status::TooManyColumns);
        QCOMPARE(*reader.readRow(), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(reader.status(), CsvReader::Status::Ok);
    }

    void lineNumbersCountQuotedBreaks()
    {
        CsvReader reader(QByteArray("h\n\"a\nb\"\nc\n"));
        QVERIFY(reader.readRow());
        QCOMPARE(reader.line(), 1);
        QVERIFY(reader.readRow());
        QCOMPARE(reader.line(), 2);
        QVERIFY(reader.readRow());
        QCOMPARE(reader.line(), 4);
        QVERIFY(!reader.readRow());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
