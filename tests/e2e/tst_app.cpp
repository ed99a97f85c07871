// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: runs the real `lianes` binary offscreen, as a person checking the app would.
#include <QFile>
#include <QImage>
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../common/lockholder.h"

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProgram(QStringLiteral(LIANES_BINARY));
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        r.err = u"timeout"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Distinct colours on a coarse grid: a blank or single-colour image has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}
}

class TestApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selfTestLoadsEveryPage()
    {
        QTemporaryDir data;
        const Run r = runApp({u"--self-test"_s, u"--mode"_s, u"staff"_s, u"--data-dir"_s, data.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"self-test: 4 pages loaded, 0 QML warnings"_s), qPrintable(r.out));
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("kiosk carte") << u"kiosk"_s << u"carte"_s << QString() << QSize(1920, 1080);
        QTest::newRow("kiosk agenda") << u"kiosk"_s << u"agenda"_s << QString() << QSize(1920, 1080);
        QTest::newRow("staff equipe") << u"staff"_s << u"equipe"_s << u"1280x800"_s << QSize(1280, 800);
        QTest::newRow("mobile mobilite") << u"mobile"_s << u"mobilite"_s << QString() << QSize(1080, 1920);
        QTest::newRow("mobile carte") << u"mobile"_s << u"carte"_s << u"720x1280"_s << QSize(720, 1280);
    }
    void screenshot()
    {
        QFETCH(QString, mode);
        QFETCH(QString, page);
        QFETCH(QString, size);
        QFETCH(QSize, expected);
        QTemporaryDir data;
        const QString png = data.filePath(u"shot.png"_s);
        QStringList args{u"--screenshot"_s, png, u"--mode"_s, mode, u"--page"_s, page, u"--data-dir"_s, data.path()};
        if (!size.isEmpty()) {
            args << u"--size"_s << size;
        }
        const Run r = runApp(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), expected);
        QVERIFY2(distinctColours(image) > 20, "the screenshot is not blank");
    }

    void equipeIsStaffOnly()
    {
        QTemporaryDir data;
        const Run r = runApp({u"--screenshot"_s, data.filePath(u"x.png"_s), u"--mode"_s, u"kiosk"_s, u"--page"_s,
                              u"equipe"_s, u"--data-dir"_s, data.path()});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(u"equipe"_s));
    }

    void observatoryDashboard_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("size");
        QTest::newRow("meetings, tablet 1080p") << u"observatoire-reunions"_s << u"1920x1080"_s;
        QTest::newRow("choropleth, tablet 1280x800") << u"observatoire-acteurs"_s << u"1280x800"_s;
        QTest::newRow("world map") << u"observatoire-projets"_s << u"1280x800"_s;
    }
    void observatoryDashboard()
    {
        QFETCH(QString, page);
        QFETCH(QString, size);
        QTemporaryDir data;
        const QString png = data.filePath(u"shot.png"_s);
        const Run r = runApp({u"--screenshot"_s, png, u"--mode"_s, u"staff"_s, u"--page"_s, page, u"--size"_s, size,
                              u"--data-dir"_s, data.path(), u"--now"_s, u"2026-11-28T10:00:00"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(u".qml:"_s), qPrintable(r.err)); // no QML warning on the way
        const QImage image(png);
        QCOMPARE(u"%1x%2"_s.arg(image.width()).arg(image.height()), size);
        QVERIFY2(distinctColours(image) > 40, "charts and maps are drawn");
    }

    void observatoryIsStaffOnly()
    {
        QTemporaryDir data;
        const Run r = runApp({u"--screenshot"_s, data.filePath(u"x.png"_s), u"--mode"_s, u"kiosk"_s, u"--page"_s,
                              u"observatoire"_s, u"--data-dir"_s, data.path()});
        QCOMPARE(r.exitCode, 64);
    }

    void badArgumentsGiveAClearError()
    {
        const Run r = runApp({u"--mode"_s, u"tablette"_s, u"--self-test"_s});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(u"kiosk, staff ou mobile"_s));
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir data;
        {
            // A database from a future version of the app.
            QProcess sqlite;
            sqlite.start(u"sqlite3"_s, {data.filePath(u"lianes.db"_s), u"PRAGMA user_version=99; CREATE TABLE t(x);"_s});
            if (!sqlite.waitForFinished() || sqlite.exitCode() != 0) {
                QFAIL("the sqlite3 command-line tool (tools/packages.txt) is missing");
            }
        }
        const Run r = runApp({u"--self-test"_s, u"--data-dir"_s, data.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"plus récente"_s));
    }

    /** Another process holds the database's lock beyond the wait: the app stops with the cause
     *  (exit 2), the file untouched (it was renamed « corrompu » and replaced by an empty one). */
    void lockedDatabaseStopsTheAppWithItsCause()
    {
        QTemporaryDir data;
        QVERIFY(runApp({u"--self-test"_s, u"--data-dir"_s, data.path()}).exitCode == 0);
        const QString db = data.filePath(u"lianes.db"_s);
        QProcess holder;
        QVERIFY(holdLock(holder, db));
        const Run r = runApp({u"--self-test"_s, u"--data-dir"_s, data.path()});
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"occupée"_s), qPrintable(r.err));
        QCOMPARE(QDir(data.path()).entryList({u"*corrompu*"_s}), QStringList());
        QVERIFY(runApp({u"--self-test"_s, u"--data-dir"_s, data.path()}).exitCode == 0);
    }

    /** The last run was killed (the marker beside the database is still there) and a bit of the
     *  index that counts places flipped meanwhile: the app checks the whole file at start and
     *  rebuilds that index; a clean end takes the marker away. */
    void afterAnUncleanStopTheIndexesAreChecked()
    {
        QTemporaryDir data;
        QVERIFY(runApp({u"--self-test"_s, u"--data-dir"_s, data.path()}).exitCode == 0);
        const QString db = data.filePath(u"lianes.db"_s);
        QVERIFY(!QFile::exists(db + u".en-service"_s));
        QString sql = u"INSERT INTO event(id, uid, title, kind, starts_at, duration_min, capacity) "
                      "VALUES(9001, 'x', 'Atelier', 'formation', '2026-12-12T09:00:00Z', 60, 10);"_s;
        for (int i = 0; i <= 10; ++i) {
            sql += u"INSERT INTO registration(event, status, email_key, consent_version, consent_at, created_at) "
                   "VALUES(9001, '%1', 'p%2@example.org', 'v1', 'x', 'x');"_s.arg(i == 0 ? u"cancelled"_s : u"confirmed"_s)
                       .arg(i);
        }
        QProcess python;
        python.start(u"python3"_s, {u"-c"_s, u"import sqlite3, sys\n"
                                            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                            "c.executescript(sys.argv[2])\n"
                                            "c.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
                                            "root = c.execute(\"SELECT rootpage FROM sqlite_schema WHERE name = "
                                            "'registration_event_idx'\").fetchone()[0]\n"
                                            "size = c.execute('PRAGMA page_size').fetchone()[0]\n"
                                            "c.close()\n"
                                            "f = open(sys.argv[1], 'r+b'); f.seek((root - 1) * size)\n"
                                            "page = f.read(size); at = page.index(b'cancelled')\n"
                                            "f.seek((root - 1) * size + at); f.write(b'confirmed'); f.close()\n"_s,
                                    db, sql});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const auto confirmed = [&] {
            QProcess sqlite;
            sqlite.start(u"sqlite3"_s, {db, u"SELECT count(*) FROM registration WHERE event = 9001 AND status = 'confirmed'"_s});
            sqlite.waitForFinished();
            return QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed();
        };
        QCOMPARE(confirmed(), u"11"_s); // 11 confirmed for 10 places, through the index
        {
            QFile marker(db + u".en-service"_s);
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        const Run r = runApp({u"--self-test"_s, u"--data-dir"_s, data.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(confirmed(), u"10"_s);
        QVERIFY(!QFile::exists(db + u".en-service"_s));
        QCOMPARE(QDir(data.path()).entryList({u"*corrompu*"_s}), QStringList());
    }

    void idleResetForgetsTheVisitor()
    {
        // A visitor starts the registration form on the kiosk, then walks away.
        const QStringList visitor{u"--fill"_s, u"firstName=Zéphyrine"_s, u"--fill"_s, u"lastName=Quatrebarbes"_s,
                                  u"--fill"_s, u"email=zephyrine.q@exemple.fr"_s};
        QTemporaryDir data;
        const QString before = data.filePath(u"before.txt"_s);
        Run r = runApp(QStringList{u"--mode"_s, u"kiosk"_s, u"--page"_s, u"inscription"_s, u"--data-dir"_s, data.path(),
                                   u"--screenshot"_s, data.filePath(u"before.png"_s), u"--dump-state"_s, before}
                       + visitor);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile shown(before);
        QVERIFY(shown.open(QIODevice::ReadOnly));
        QVERIFY2(shown.readAll().contains("Zéphyrine"), "the typed name is on the form");

        // Idle delay 5 s (time injected through the setting), countdown 10 s, then the reset.
        const QString after = data.filePath(u"after.txt"_s);
        const QString png = data.filePath(u"after.png"_s);
        r = runApp(QStringList{u"--mode"_s, u"kiosk"_s, u"--page"_s, u"inscription"_s, u"--data-dir"_s, data.path(),
                               u"--idle-timeout"_s, u"5"_s, u"--screenshot-after"_s, u"17"_s, u"--screenshot"_s, png,
                               u"--dump-state"_s, after}
                   + visitor);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile left(after);
        QVERIFY(left.open(QIODevice::ReadOnly));
        const QByteArray state = left.readAll();
        QVERIFY2(state.contains("Touchez pour commencer"), "back on the attract screen");
        for (const char *needle : {"Zéphyrine", "Quatrebarbes", "zephyrine.q@exemple.fr"}) {
            QVERIFY2(!state.contains(needle), needle);
        }
        QVERIFY(QImage(png).size() == QSize(1920, 1080));
        // Nothing was submitted: the database holds no trace either.
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {data.filePath(u"lianes.db"_s), u"SELECT count(*) FROM registration;"_s});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed(), u"0"_s);
    }

    void kioskSearchFieldsHaveTheKeyboard_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("fill");
        QTest::addColumn<QByteArray>("found"); // a string only a result shows
        QTest::addColumn<QByteArray>("gone"); // a string the search leaves out
        QTest::addColumn<bool>("keyboard");
        // The commune's result row: its département and postcode.
        QTest::newRow("map, kiosk") << u"kiosk"_s << u"recherche"_s << u"mapSearch=chateau thi"_s
                                    << QByteArray("02 Aisne · 02400") << QByteArray() << true;
        QTest::newRow("map, staff tablet: the system's") << u"staff"_s << u"recherche"_s << u"mapSearch=chateau thi"_s
                                                         << QByteArray("02 Aisne · 02400") << QByteArray() << false;
        // The agenda filtered down to the ECSI commission.
        QTest::newRow("agenda, kiosk") << u"kiosk"_s << u"agenda"_s << u"agendaSearch=ecsi"_s
                                       << QByteArray("Commission ECSI") << QByteArray("Micro-projets") << true;
    }
    void kioskSearchFieldsHaveTheKeyboard()
    {
        // A visitor taps the map's search field: on the kiosk the French keyboard comes up, under the
        // results, and the search has found what was typed.
        QFETCH(QString, mode);
        QFETCH(QString, page);
        QFETCH(QString, fill);
        QFETCH(QByteArray, found);
        QFETCH(QByteArray, gone);
        QFETCH(bool, keyboard);
        QTemporaryDir data;
        const QString png = data.filePath(u"recherche.png"_s);
        const QString state = data.filePath(u"state.txt"_s);
        const Run r = runApp({u"--mode"_s, mode, u"--page"_s, page, u"--size"_s, u"1920x1080"_s, u"--now"_s,
                              u"2026-11-28T10:00:00"_s, u"--data-dir"_s, data.path(), u"--fill"_s, fill,
                              u"--screenshot"_s, png, u"--dump-state"_s, state});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile shown(state);
        QVERIFY(shown.open(QIODevice::ReadOnly));
        const QByteArray strings = shown.readAll();
        QVERIFY2(strings.contains(found), "the search ran on what was typed");
        QVERIFY2(gone.isEmpty() || !strings.contains(gone), "what the search leaves out is gone");
        // The keyboard's keys: dark, in the lower middle of the screen.
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1920, 1080));
        int dark = 0;
        int all = 0;
        for (int y = 700; y < 1000; y += 5) {
            for (int x = 600; x < 1300; x += 5) {
                dark += qGray(image.pixel(x, y)) < 70;
                ++all;
            }
        }
        const double share = double(dark) / all;
        QVERIFY2(keyboard ? share > 0.4 : share < 0.05, qPrintable(QString::number(share)));
    }

    void kioskMapPageIsMadeOnce_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("map") << u"carte"_s;
        QTest::newRow("an actor's sheet") << u"fiche"_s;
    }

    void kioskMapPageIsMadeOnce()
    {
        // Shown before the attract screen's first frame (a deep link; a visitor's tap as the app
        // starts), the map page is made at once, and once: not once more for the background.
        QFETCH(QString, page);
        QTemporaryDir data;
        // The map page's title, as often as the UI holds it (its header, names for screen readers):
        // on the kiosk as on a tablet, whose first page the map is, made once.
        const auto titles = [&](const QString &mode) {
            const QString state = data.filePath(mode + u".txt"_s);
            const Run r = runApp({u"--mode"_s, mode, u"--page"_s, page, u"--size"_s, u"1920x1080"_s,
                                  u"--data-dir"_s, data.path(), u"--screenshot"_s, data.filePath(u"x.png"_s),
                                  u"--screenshot-after"_s, u"1"_s, u"--dump-state"_s, state});
            QFile shown(state);
            return r.exitCode == 0 && shown.open(QIODevice::ReadOnly)
                ? shown.readAll().count("Les acteurs de la coopération internationale")
                : -1;
        };
        const auto tablet = titles(u"staff"_s);
        QVERIFY(tablet > 0);
        QCOMPARE(titles(u"kiosk"_s), tablet);
    }

    void actorSheetQrCodeIsItsPublicContact()
    {
        // The network's own sheet on the kiosk: a visitor scans the code and gets the contact card.
        QTemporaryDir data;
        const QString png = data.filePath(u"fiche.png"_s);
        const Run r = runApp({u"--mode"_s, u"kiosk"_s, u"--page"_s, u"fiche"_s, u"--size"_s, u"1920x1080"_s,
                              u"--data-dir"_s, data.path(), u"--screenshot"_s, png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, u"-Sbinary"_s, png});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(zbar.exitCode(), 0);
        const QString card = QString::fromUtf8(zbar.readAllStandardOutput());
        QVERIFY2(card.startsWith(u"BEGIN:VCARD"_s), qPrintable(card));
        QVERIFY2(card.contains(u"Lianes coopération"_s), qPrintable(card));
        QVERIFY2(card.contains(u"contact@lianescooperation.org"_s), qPrintable(card));
        QVERIFY2(card.contains(u"06 77 78 69 48"_s) || card.contains(u"+33677786948"_s), qPrintable(card));
    }

    void demoDataIsLoadedOnceAcrossStarts()
    {
        QTemporaryDir data;
        QVERIFY(runApp({u"--self-test"_s, u"--data-dir"_s, data.path()}).exitCode == 0);
        QVERIFY(runApp({u"--self-test"_s, u"--data-dir"_s, data.path()}).exitCode == 0);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {data.filePath(u"lianes.db"_s), u"SELECT count(*) FROM meeting;"_s});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed(), u"233"_s);
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
