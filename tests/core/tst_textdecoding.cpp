// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/csvreader.h"
#include "base/textdecoding.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// @p data's encoding found by a scan @p chunkSize bytes at a time, and its text converted piece by piece.
std::pair<TextEncoding, QByteArray> decodeInPieces(const QByteArray &data, qsizetype chunkSize)
{
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    const TextScan scan = TextDecoding::scan(&device, chunkSize);
    device.seek(0);
    const auto chunks = TextDecoding::utf8Chunks(&device, scan, chunkSize);
    QByteArray utf8;
    for (QByteArray piece = chunks(); !piece.isEmpty(); piece = chunks()) {
        utf8.append(piece);
    }
    return {scan.encoding, utf8};
}

TextScan scanOf(const QByteArray &data)
{
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    return TextDecoding::scan(&device);
}

} // namespace

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
        QTest::newRow("utf-8 four bytes") << QByteArray("a😀b€") << TextEncoding::Utf8 << u"a😀b€"_s;
        QTest::newRow("utf-16 le surrogate pair") << QByteArray("\xFF\xFE" "a\0\x3D\xD8\x00\xDE\xAC\x20", 10)
                                                  << TextEncoding::Utf16 << u"a😀€"_s;
        QTest::newRow("utf-16 be surrogate pair") << QByteArray("\xFE\xFF\0a\xD8\x3D\xDE\x00\x20\xAC", 10)
                                                  << TextEncoding::Utf16 << u"a😀€"_s;
        QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8 << QString();
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

    /** The same, the file read in pieces of a few bytes: sequences cut anywhere decode whole. */
    void decodeInPieces_data() { decode_data(); }
    void decodeInPieces()
    {
        QFETCH(QByteArray, input);
        QFETCH(TextEncoding, encoding);
        QFETCH(QString, text);
        for (const qsizetype chunkSize : {1, 2, 3, 7, 64 * 1024}) {
            const auto [found, utf8] = ::decodeInPieces(input, chunkSize);
            QCOMPARE(found, encoding);
            QCOMPARE(QString::fromUtf8(utf8), text);
        }
    }

    void farPastTheFirstPiece_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<TextEncoding>("encoding");
        const qsizetype chunk = TextDecoding::ChunkSize;
        for (const qsizetype at : {chunk - 1, chunk, chunk + 1, 5 * chunk + 3}) {
            const QByteArray ascii(at, 'a');
            QTest::addRow("invalid byte at %lld", qlonglong(at)) << ascii + "\xE9t\xE9" << TextEncoding::Windows1252;
            QTest::addRow("é across a boundary at %lld", qlonglong(at)) << ascii + "é" << TextEncoding::Utf8;
            QTest::addRow("€ across a boundary at %lld", qlonglong(at)) << "\xEF\xBB\xBF" + ascii + "€€"
                                                                         << TextEncoding::Utf8Bom;
            QTest::addRow("truncated at the end, %lld", qlonglong(at)) << ascii + "\xE2\x82" << TextEncoding::Windows1252;
        }
    }
    void farPastTheFirstPiece()
    {
        QFETCH(QByteArray, input);
        QFETCH(TextEncoding, encoding);
        const DecodedText whole = TextDecoding::toUtf8(input);
        QCOMPARE(whole.encoding, encoding);
        QCOMPARE(scanOf(input).encoding, encoding);
        for (const qsizetype chunkSize : {7, 4096, 64 * 1024}) {
            const auto [found, utf8] = ::decodeInPieces(input, chunkSize);
            QCOMPARE(found, encoding);
            QCOMPARE(utf8, whole.utf8);
        }
        QVERIFY(whole.utf8.isValidUtf8());
    }

    void scanFindsWhatTheWholeFileSays()
    {
        QVERIFY(scanOf(QByteArray(100'000, 'a') + '\0' + "b").notText.contains(u"binaires"_s));
        QVERIFY(scanOf(QByteArray(100'000, 'a')).notText.isEmpty());
        QVERIFY(scanOf(QByteArray("PK\x03\x04rest")).notText.contains(u".xlsx"_s));
        QCOMPARE(scanOf(QByteArray(70'000, ' ') + "\r\n{\"format\"").firstChar, '{');
        QCOMPARE(scanOf(QByteArray(" \t\nNom;{")).firstChar, 'N');
        QCOMPARE(scanOf(QByteArray("\xEF\xBB\xBF{")).firstChar, '\xEF');
        QCOMPARE(scanOf(QByteArray(" \r\n")).firstChar, '\0');
        QCOMPARE(scanOf(QByteArray("\xEF\xBB\xBFx")).bomSize, 3);
        QCOMPARE(scanOf(QByteArray("\xFF\xFEx\0", 4)).bomSize, 2);
    }

    /** The files staff bring, decoded and parsed a few bytes at a time: the rows of the whole text. */
    void csvFilesInPieces_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto &file : {u"acteurs-excel-cp1252.csv"_s, u"acteurs-unicode.txt"_s, u"acteurs-excel-utf8-bom.csv"_s,
                                 u"acteurs-virgule-lf.csv"_s}) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }
    void csvFilesInPieces()
    {
        QFETCH(QString, file);
        QFile device(QStringLiteral(LIANES_TEST_DATA) + u"/import/"_s + file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const DecodedText whole = TextDecoding::toUtf8(device.readAll());
        const char separator = TextDecoding::detectSeparator(whole.utf8);
        QList<QStringList> expected;
        CsvReader reader(whole.utf8, separator);
        while (const auto row = reader.readRow()) {
            expected.append(*row);
        }
        QVERIFY(expected.size() > 3);
        for (const qsizetype chunkSize : {1, 2, 3, 7}) {
            device.seek(0);
            const TextScan scan = TextDecoding::scan(&device, chunkSize);
            QCOMPARE(scan.encoding, whole.encoding);
            device.seek(0);
            CsvReader pieces(TextDecoding::utf8Chunks(&device, scan, chunkSize), separator);
            QList<QStringList> rows;
            while (const auto row = pieces.readRow()) {
                rows.append(*row);
            }
            QCOMPARE(rows, expected);
        }
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
        for (const qsizetype chunkSize : {1, 2, 5}) {
            QBuffer device;
            device.setData(input);
            device.open(QIODevice::ReadOnly);
            QCOMPARE(TextDecoding::detectSeparator([&device, chunkSize] { return device.read(chunkSize); }), separator);
        }
    }

    void separatorReadsTheFirstLineOnly()
    {
        QBuffer device;
        device.setData("\r\nNom,Ville\n" + QByteArray(100'000, ';'));
        device.open(QIODevice::ReadOnly);
        QCOMPARE(TextDecoding::detectSeparator([&device] { return device.read(4); }), ',');
        QVERIFY(device.pos() < 20);
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
