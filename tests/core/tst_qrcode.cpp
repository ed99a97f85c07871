// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/qrcode.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

/** QR codes a visitor's phone can read: each decodes (zbarimg) to exactly the text encoded. */
class TestQrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesToTheSameText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("link") << u"https://www.lianescooperation.org/"_s;
        QTest::newRow("accents") << u"Château-Thierry, Œuf-en-Ternois, Villeneuve-d'Ascq"_s;
        QTest::newRow("vcard") << u"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lianes coopération\r\nEMAIL:contact@lianescooperation.org\r\n"
                                  "TEL:+33677786948\r\nADR:;;5 rue Jules de Vicq;Lille;;59800;France\r\nEND:VCARD\r\n"_s;
        QTest::newRow("long") << QString(600, u'é');
    }
    void decodesToTheSameText()
    {
        QFETCH(QString, text);
        const auto code = QrCode::encode(text.toUtf8());
        QVERIFY(code);
        QVERIFY(code->size() >= 21);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"qr.png"_s);
        QVERIFY(code->toImage(6).save(png));
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, u"-Sbinary"_s, png});
        QVERIFY2(zbar.waitForFinished(30000), "zbarimg (zbar-tools) runs");
        QCOMPARE(zbar.exitCode(), 0);
        QByteArray decoded = zbar.readAllStandardOutput();
        if (decoded.endsWith('\n') && !text.endsWith(u'\n')) {
            decoded.chop(1); // zbarimg ends its output with a newline
        }
        QCOMPARE(QString::fromUtf8(decoded), text);
    }

    void tooLongTextIsRefused()
    {
        QVERIFY(!QrCode::encode(QByteArray(8000, 'x')));
    }

    void imageHasQuietZone()
    {
        const auto code = QrCode::encode("Lianes");
        QVERIFY(code);
        const QImage image = code->toImage(3, 4);
        QCOMPARE(image.width(), (code->size() + 8) * 3);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(qGray(image.pixel(i, i)), 255);
        }
        QCOMPARE(qGray(image.pixel(12, 12)), 0); // top-left finder pattern
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
