// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// "Save to USB": consistent copies of the live database with SQLite's backup API.
#include "dataio/demoloader.h"
#include "storage/backup.h"
#include "testhelpers.h"

#include <QFileInfo>
#include <QTest>
#include <QThread>

#include <atomic>

#include <sqlite3.h>

using namespace Lianes;
using namespace TestHelpers;
using namespace Qt::StringLiterals;

namespace {

/// Writes meetings on its own connection, in small transactions, until told to stop.
class Writer : public QThread
{
public:
    explicit Writer(QString path)
        : m_path(std::move(path))
    {
    }
    std::atomic<bool> stop = false;
    std::atomic<int> written = 0;
    QString error;

protected:
    void run() override
    {
        const auto db = Database::connect(m_path);
        if (!db) {
            error = u"no connection"_s;
            return;
        }
        try {
            while (!stop) {
                Transaction tx(*db);
                auto insert = db->prepare("INSERT INTO meeting(subject, starts_at, duration_hours, participants) "
                                          "VALUES(?, '2026-11-28T09:00:00Z', 1.5, 4)");
                for (int i = 0; i < 20; ++i) {
                    insert.bind(1, u"Réunion %1"_s.arg(written + i)).exec();
                }
                tx.commit();
                written += 20;
            }
        } catch (const SqlError &e) {
            error = e.message();
        }
    }

private:
    QString m_path;
};

struct Copy {
    QString integrity;
    qint64 meetings = -1;
    QString journal;
};

Copy inspect(const QString &path)
{
    // Opened as a user would open the file from the stick: plain SQLite, read-only.
    Copy copy;
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(raw);
        return copy;
    }
    auto text = [raw](const char *sql) {
        Statement q(raw, sql);
        return q.step() ? q.text(0) : QString();
    };
    copy.integrity = text("PRAGMA integrity_check");
    copy.meetings = text("SELECT count(*) FROM meeting").toLongLong();
    copy.journal = text("PRAGMA journal_mode");
    sqlite3_close_v2(raw);
    return copy;
}

} // namespace

/** Backup::copyTo on a quiet and on a busy database. */
class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void copyIsASingleCompleteFile()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        QVERIFY(DemoLoader::loadIfNeeded(*db, QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"))).loaded);
        const QString target = dir.filePath(u"usb/"_s + Backup::fileName(QDateTime(QDate(2026, 11, 28), QTime(10, 0))));
        QDir().mkpath(dir.filePath(u"usb"_s));
        const BackupResult result = Backup::copyTo(*db, target);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(QFileInfo(target).fileName(), u"lianes-sauvegarde-2026-11-28-1000.db"_s);
        QCOMPARE(result.bytes, QFileInfo(target).size());
        QVERIFY(!QFile::exists(target + u"-wal"_s));
        QVERIFY(!QFile::exists(target + u".partiel"_s));
        const Copy copy = inspect(target);
        QCOMPARE(copy.integrity, u"ok"_s);
        QCOMPARE(copy.journal, u"delete"_s);
        QCOMPARE(copy.meetings, 233);
        // The copy is a database the app opens as it is.
        OpenReport report;
        const auto reopened = Database::open(target, &report);
        QVERIFY(reopened);
        QCOMPARE(report.status, OpenReport::Opened);
        QCOMPARE(contentDump(*reopened), contentDump(*db));
    }

    void copyUnderConcurrentWritesIsConsistent()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        Writer writer(db->path());
        writer.start();
        while (writer.written < 200 && writer.error.isEmpty()) {
            QThread::msleep(5);
        }
        QList<qint64> counts;
        for (int i = 0; i < 5; ++i) {
            const qint64 before = writer.written;
            const QString target = dir.filePath(u"copie-%1.db"_s.arg(i));
            const BackupResult result = Backup::copyTo(*db, target);
            const qint64 after = writer.written + 20;
            QVERIFY2(result.ok, qPrintable(result.error));
            const Copy copy = inspect(target);
            QCOMPARE(copy.integrity, u"ok"_s);
            // A snapshot of one instant: whole transactions only, between before and after.
            QVERIFY2(copy.meetings >= before && copy.meetings <= after,
                     qPrintable(u"%1 not in [%2, %3]"_s.arg(copy.meetings).arg(before).arg(after)));
            QCOMPARE(copy.meetings % 20, 0);
            counts.append(copy.meetings);
            QThread::msleep(20);
        }
        writer.stop = true;
        writer.wait();
        QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
        QVERIFY(counts.last() > counts.first()); // the writer went on during the copies
    }

    void unwritableTargetIsReported()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const BackupResult result = Backup::copyTo(*db, dir.filePath(u"pas/de/dossier/copie.db"_s));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"La sauvegarde vers"_s));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
