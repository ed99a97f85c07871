// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/textdecoding.h"

#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

/** Encodings and separators of the files staff bring. */
class TestTextDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray("Nom;Ville") << TextEncoding::Utf8 << u"Nom;Ville"_s;
        QTest::newRow("utf-8") << QByteArray("Thématiques") << TextEncoding::Utf8 << u"Thématiques"_s;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" "Adhérent") << TextEncoding::Utf8Bom << u"Adhérent"_s;
        QTest::newRow("windows-1252 accents") << QByteArray("Th\xE9matiques;D\xE9partement") << TextEncoding::Windows1252
                                              << u"Thématiques;Département"_s;
        QTest::newRow("windows-1252 0x80-0x9F") << QByteArray("\x80 \x9C\x8C \x92\x93\x94 \x85 \x96")
                                                << TextEncoding::Windows1252 << u"€ œŒ ’“” … –"_s;
        QTest::newRow("windows-1252 nbsp and guillemets") << QByteArray("\xAB\xA0oui\xA0\xBB") << TextEncoding::Windows1252
                                                          << u"«\u00A0oui\u00A0»"_s;
        QTest::newRow("utf-16 le") << QByteArray("\xFF\xFEN\0o\0m\0\xE9\0", 10) << TextEncoding::Utf16 << u"Nomé"_s;
        QTest::newRow("utf-16 be") << QByteArray("\xFE\xFF\0N\0o\0m\0\xE9", 10) << TextEncoding::Utf16 << u"Nomé"_s;
        QTest::newRow("utf-8 bom before windows-1252") << QByteArray("\xEF\xBB\xBF" "Adh\xE9rent")
                                                       << TextEncoding::Windows1252 << u"Adhérent"_s;
        QTest::newRow("truncated utf-8 is windows-1252") << QByteArray("Ren\xC3") << TextEncoding::Windows1252
                                                         << u"RenÃ"_s;
    }
    void decode()
    {
        QFETCH(QByteArray, input);
        QFETCH(TextEncoding, encoding);
        QFETCH(QString, text);
        const DecodedText decoded = TextDecoding::toUtf8(input);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(QString::fromUtf8(decoded.utf8), text);
        QVERIFY(decoded.utf8.isValidUtf8());
    }

    void windows1252CoversEveryByte()
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b) {
            all.append(char(b));
        }
        const QByteArray utf8 = TextDecoding::windows1252ToUtf8(all);
        QVERIFY(utf8.isValidUtf8());
        QCOMPARE(QString::fromUtf8(utf8).size(), 256);
    }

    void separator_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<char>("separator");
        QTest::newRow("semicolon") << QByteArray("Nom;Ville;CP\na,b;c;d\n") << ';';
        QTest::newRow("comma") << QByteArray("Nom,Ville,CP\n\"a;b\",c,d\n") << ',';
        QTest::newRow("tab") << QByteArray("Nom\tVille\tCP\n") << '\t';
        QTest::newRow("quoted separators do not count") << QByteArray("\"Nom, prénom\";Ville\n") << ';';
        QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nNom,Ville\r\n") << ',';
        QTest::newRow("one column") << QByteArray("Nom\nA\n") << ';';
        QTest::newRow("tie: French Excel") << QByteArray("Nom;Ville,CP\n") << ';';
    }
    void separator()
    {
        QFETCH(QByteArray, input);
        QFETCH(char, separator);
        QCOMPARE(TextDecoding::detectSeparator(input), separator);
    }

    void notText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("csv") << QByteArray("Nom;Ville\n") << QString();
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04rest") << u".xlsx"_s;
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0rest") << u".xls"_s;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7") << u"PDF"_s;
        QTest::newRow("binary") << QByteArray("ab\0cd", 5) << u"binaires"_s;
        QTest::newRow("utf-16 has zeros but is text") << QByteArray("\xFF\xFEN\0", 4) << QString();
    }
    void notText()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        const QString got = TextDecoding::notTextReason(input);
        QCOMPARE(got.isEmpty(), reason.isEmpty());
        QVERIFY(got.contains(reason));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
