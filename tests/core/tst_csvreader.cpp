// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"

#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

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
    }

    void unterminatedQuoteIsReported()
    {
        CsvReader reader(QByteArray("a;b\n\"jamais fermé;c\nd;e\n"), ';');
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
