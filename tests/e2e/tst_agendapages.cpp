// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the agenda's sub-pages of the real `lianes` binary, headless, as anyone checking them would.
#include "storage/database.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QString Now = u"2026-11-28T10:00:00"_s;

QString screenshot(const QString &dataDir, const QString &mode, const QString &page, const QString &png, QString *errors)
{
    QProcess p;
    p.start(QStringLiteral(LIANES_BINARY), {u"--data-dir"_s, dataDir, u"--mode"_s, mode, u"--page"_s, page, u"--now"_s, Now,
                                            u"--screenshot"_s, png});
    if (!p.waitForFinished(120000)) {
        p.kill();
        return u"timeout"_s;
    }
    *errors = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? QString() : u"exit %1"_s.arg(p.exitCode());
}

// Share of dark pixels (the on-screen keyboard's keys) in a rectangle.
double darkShare(const QImage &image, const QRect &area)
{
    int dark = 0;
    int all = 0;
    for (int y = area.top(); y < area.bottom(); y += 5) {
        for (int x = area.left(); x < area.right(); x += 5) {
            dark += qGray(image.pixel(x, y)) < 70;
            ++all;
        }
    }
    return all ? double(dark) / all : 0;
}
}

/** `--page agenda|evenement|inscription|confirmation` in kiosk and phone layouts: each renders, the kiosk form
 *  has its keyboard up, and the confirmation's QR code decodes to the event as a VEVENT (nothing written). */
class TestAgendaPages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pagesRender_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        for (const auto &page : {u"agenda"_s, u"evenement"_s, u"inscription"_s, u"confirmation"_s}) {
            QTest::addRow("kiosk %s", qPrintable(page)) << u"kiosk"_s << page << QSize(1920, 1080);
            QTest::addRow("phone %s", qPrintable(page)) << u"mobile"_s << page << QSize(1080, 1920);
        }
    }
    void pagesRender()
    {
        QFETCH(QString, mode);
        QFETCH(QString, page);
        QFETCH(QSize, size);
        const QString png = m_dir.filePath(mode + u'-' + page + u".png"_s);
        QString errors;
        const QString failure = screenshot(m_dir.filePath(u"data-"_s + mode), mode, page, png, &errors);
        QVERIFY2(failure.isEmpty(), qPrintable(failure + u'\n' + errors));
        QVERIFY2(!errors.contains(u"qml"_s, Qt::CaseInsensitive), qPrintable(errors)); // no QML warning
        const QImage image(png);
        QCOMPARE(image.size(), size);
        if (page == "inscription"_L1) {
            // Kiosk: the French on-screen keyboard is up under the form; elsewhere, none.
            const QRect band(size.width() / 4, size.height() / 2, size.width() / 2, size.height() / 3);
            const double share = darkShare(image, band);
            QVERIFY2(mode == "kiosk"_L1 ? share > 0.4 : share < 0.05, qPrintable(QString::number(share)));
        }
    }

    void confirmationQrCodeIsTheEvent()
    {
        const QString png = m_dir.filePath(u"kiosk-confirmation.png"_s);
        QVERIFY(QFile::exists(png));
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, u"-Sbinary"_s, png});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(zbar.exitCode(), 0);
        const QString text = QString::fromUtf8(zbar.readAllStandardOutput());
        QVERIFY2(text.startsWith(u"BEGIN:VCALENDAR\r\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"TZID:Europe/Paris\r\n"_s));
        QVERIFY(text.contains(u"SUMMARY:Formation Mobilité internationale 1er accueil\r\n"_s));
        QVERIFY(text.contains(u"DTSTART;TZID=Europe/Paris:20261203T133000\r\n"_s));
        // An example confirmation: nobody was registered.
        auto db = Database::connect(m_dir.filePath(u"data-kiosk/lianes.db"_s));
        QVERIFY(db);
        auto q = db->prepare("SELECT count(*) FROM registration");
        q.step();
        QCOMPARE(q.integer(0), 0);
    }

    void staffListIsStaffOnly()
    {
        QString errors;
        QVERIFY(!screenshot(m_dir.filePath(u"data-kiosk"_s), u"kiosk"_s, u"inscrits"_s, m_dir.filePath(u"x.png"_s), &errors).isEmpty());
        QVERIFY(screenshot(m_dir.filePath(u"data-kiosk"_s), u"staff"_s, u"inscrits"_s, m_dir.filePath(u"staff.png"_s), &errors).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgendaPages)
#include "tst_agendapages.moc"
