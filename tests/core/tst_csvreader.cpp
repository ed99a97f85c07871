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
