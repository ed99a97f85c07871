// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "../common/lockholder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(const Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    return q.step() ? q.text(0) : QString();
}

qint64 count(const Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    q.step();
    return q.integer(0);
}

// An event of @p capacity places with @p confirmed confirmed registrations and one cancelled.
void eventWithRegistrations(const Database &db, int capacity, int confirmed)
{
    auto event = db.prepare("INSERT INTO event(id, uid, title, kind, starts_at, duration_min, capacity) "
                            "VALUES(1, 'e1', 'Atelier', 'formation', '2026-12-12T09:00:00Z', 60, ?)");
    event.bind(1, capacity).exec();
    auto insert = db.prepare("INSERT INTO registration(event, status, email, email_key, consent_version, consent_at, "
                             "created_at) VALUES(1, ?, ?, ?, 'v1', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')");
    insert.bind(1, u"cancelled"_s).bind(2, u"a@example.org"_s).bind(3, u"a@example.org"_s).exec();
    for (int i = 0; i < confirmed; ++i) {
        const QString email = u"p%1@example.org"_s.arg(i);
        insert.bind(1, u"confirmed"_s).bind(2, email).bind(3, email).exec();
    }
}

// One bit of the index that counts places, as a failing disk or RAM would flip it: the cancelled
// registration's index entry reads "confirmed" while its row still says "cancelled".
void flipIndexEntry(const QString &path)
{
    int root = 0;
    int pageSize = 0;
    {
        auto db = Database::connect(path);
        QVERIFY(db);
        root = int(count(*db, "SELECT rootpage FROM sqlite_schema WHERE name = 'registration_event_idx'"));
        pageSize = int(count(*db, "PRAGMA page_size"));
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(root - 1) * pageSize));
    QByteArray page = f.read(pageSize);
    const auto at = page.indexOf("cancelled");
    QVERIFY(at > 0);
    page.replace(at, 9, "confirmed");
    QVERIFY(f.seek(qint64(root - 1) * pageSize));
    QCOMPARE(f.write(page), qint64(pageSize));
}

// Writes a file with a given user_version, as a newer app would have left it.
void writeVersionedFile(const QString &path, int version)
{
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
    const QByteArray sql = "CREATE TABLE future(x); PRAGMA user_version=" + QByteArray::number(version) + ";";
    QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
}
}

/** The storage layer: creation, migrations, pragmas, refusals, corrupt files. */
class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabaseIsCreatedAtLatestVersion()
    {
        QTemporaryDir dir;
        OpenReport report;
        auto db = Database::open(dir.filePath(u"sub/lianes.db"_s), &report);
        QVERIFY(db);
        QCOMPARE(report.status, OpenReport::Created);
        QCOMPARE(db->userVersion(), Database::SchemaVersion);
        QCOMPARE(db->quickCheck(), u"ok"_s);
    }

    void pragmasAreInForce()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        QVERIFY(db);
        QCOMPARE(pragma(*db, "PRAGMA journal_mode"), u"wal"_s);
        QCOMPARE(pragma(*db, "PRAGMA foreign_keys"), u"1"_s);
        QVERIFY(pragma(*db, "PRAGMA busy_timeout").toInt() >= 1000);
        // A second connection gets the same settings.
        auto other = Database::connect(db->path());
        QVERIFY(other);
        QCOMPARE(pragma(*other, "PRAGMA foreign_keys"), u"1"_s);
    }

    void migrationOneHoldsReferenceData()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s), nullptr, 1);
        QVERIFY(db);
        QCOMPARE(db->userVersion(), 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor_type"), 14);
        QCOMPARE(count(*db, "SELECT count(*) FROM theme"), 12);
        QCOMPARE(count(*db, "SELECT count(*) FROM departement"), 5);
        QCOMPARE(count(*db, "SELECT count(*) FROM commune"), 3782);
        QCOMPARE(count(*db, "SELECT count(*) FROM country"), 250);
        QCOMPARE(count(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'actor'"), 0);
    }

    void migrationTwoUpgradesAVersionOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        {
            auto v1 = Database::open(path, nullptr, 1);
            QVERIFY(v1);
            v1->setSetting(u"kept"_s, u"yes"_s);
        }
        OpenReport report;
        auto db = Database::open(path, &report, 2);
        QVERIFY(db);
        QCOMPARE(report.status, OpenReport::Opened);
        QCOMPARE(report.fromVersion, 1);
        QCOMPARE(db->userVersion(), 2);
        QCOMPARE(db->setting(u"kept"_s), u"yes"_s);
        for (const char *table : {"actor", "project", "event", "registration", "programme", "meeting"}) {
            auto q = db->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
            q.bind(1, QString::fromLatin1(table));
            q.step();
            QVERIFY2(q.integer(0) == 1, table);
        }
    }

    void migrationThreeHoldsTheMobilityProjects()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        QVERIFY(Database::open(path, nullptr, 2));
        auto db = Database::open(path, nullptr, 3);
        QVERIFY(db);
        QCOMPARE(db->userVersion(), 3);
        db->exec("INSERT INTO mobility_project(title, created_at, updated_at) VALUES('Projet', 'x', 'x')");
        db->exec("INSERT INTO mobility_project_item(project, item, done_at) VALUES(1, 'idee.1', 'x')");
        db->exec("DELETE FROM mobility_project");
        auto q = db->prepare("SELECT count(*) FROM mobility_project_item");
        q.step();
        QCOMPARE(q.integer(0), 0); // items go with their project
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        QVERIFY(db);
        // An actor with an unknown type or commune is refused.
        QVERIFY_THROWS_EXCEPTION(SqlError, db->exec("INSERT INTO actor(name, type) VALUES('X', 'licorne')"));
        QVERIFY_THROWS_EXCEPTION(
            SqlError, db->exec("INSERT INTO actor(name, type, commune) VALUES('X', 'ong', '99999')"));
        db->exec("INSERT INTO actor(name, type, commune) VALUES('X', 'ong', '59350')");
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 1);
        // Deleting an actor cascades to its themes.
        db->exec("INSERT INTO actor_theme(actor, theme) VALUES(1, 'ecsi')");
        db->exec("DELETE FROM actor");
        QCOMPARE(count(*db, "SELECT count(*) FROM actor_theme"), 0);
    }

    void failedTransactionLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        QVERIFY(db);
        try {
            Transaction tx(*db);
            db->exec("INSERT INTO actor(name, type) VALUES('A', 'ong')");
            db->exec("INSERT INTO actor(name, type) VALUES('B', 'licorne')"); // throws
            tx.commit();
        } catch (const SqlError &) {
        }
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 0);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        writeVersionedFile(path, Database::SchemaVersion + 1);
        const QByteArray before = fileHash(path);
        OpenReport report;
        auto db = Database::open(path, &report);
        QVERIFY(!db);
        QCOMPARE(report.status, OpenReport::NewerSchema);
        QVERIFY(report.message.contains(u"plus récente"_s));
        QVERIFY(report.message.contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void corruptFileIsSetAsideAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            db->setSetting(u"precious"_s, u"data"_s);
            db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        // Damage the file past its header: pages of the schema become garbage.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096);
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        const QByteArray damaged = fileHash(path);

        OpenReport report;
        auto db = Database::open(path, &report);
        QVERIFY(db);
        QCOMPARE(report.status, OpenReport::Recovered);
        QVERIFY(!report.setAsidePath.isEmpty());
        QVERIFY(report.message.contains(report.setAsidePath));
        // The damaged bytes are kept, unchanged, beside the new file.
        QCOMPARE(fileHash(report.setAsidePath), damaged);
        QCOMPARE(db->userVersion(), Database::SchemaVersion);
        QCOMPARE(db->setting(u"precious"_s), QString());
    }

    /** A flipped bit in the index that counts places: quick_check (the ordinary start) does not
     *  see it and the count reads 11 confirmed for 10 places; the full check (after an unclean
     *  stop) finds it, and the index is rebuilt from the rows: nothing set aside, nothing lost, the
     *  count right again. */
    void indexOutOfStepIsRebuiltByTheFullCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            eventWithRegistrations(*db, 10, 10);
        }
        flipIndexEntry(path);
        const char *confirmed = "SELECT count(*) FROM registration WHERE event = 1 AND status = 'confirmed'";
        {
            OpenReport report;
            auto db = Database::open(path, &report);
            QVERIFY(db);
            QCOMPARE(report.status, OpenReport::Opened);
            QCOMPARE(count(*db, confirmed), 11); // the defect a quick check leaves in place
        }
        OpenReport report;
        auto db = Database::open(path, &report, Database::SchemaVersion, OpenReport::FullCheck);
        QVERIFY(db);
        QCOMPARE(report.status, OpenReport::Opened);
        QCOMPARE(report.rebuiltIndexes, QStringList{u"registration_event_idx"_s});
        QVERIFY2(report.message.contains(u"reconstruits"_s), qPrintable(report.message));
        QCOMPARE(count(*db, confirmed), 10);
        QCOMPARE(count(*db, "SELECT count(*) FROM registration"), 11);
        QCOMPARE(db->integrityCheck(), u"ok"_s);
        QCOMPARE(QDir(dir.path()).entryList({u"*corrompu*"_s}), QStringList());
    }

    /** The schema itself refuses a confirmed registration beyond an event's capacity, whoever
     *  writes it: an insert, a move from the waiting list; a lowered capacity keeps those
     *  confirmed. */
    void capacityIsEnforcedByTheSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        QVERIFY(db);
        eventWithRegistrations(*db, 2, 2);
        const char *confirmed = "SELECT count(*) FROM registration WHERE status = 'confirmed'";
        try {
            db->exec("INSERT INTO registration(event, status, consent_version, consent_at, created_at) "
                     "VALUES(1, 'confirmed', 'v1', 'x', 'x')");
            QFAIL("a third confirmed registration for two places was accepted");
        } catch (const SqlError &e) {
            QCOMPARE(e.code() & 0xff, SQLITE_CONSTRAINT);
            QVERIFY2(e.message().contains(u"places"_s), qPrintable(e.message()));
        }
        db->exec("INSERT INTO registration(event, status, consent_version, consent_at, created_at) "
                 "VALUES(1, 'waiting', 'v1', 'x', 'x')");
        QVERIFY_THROWS_EXCEPTION(SqlError, db->exec("UPDATE registration SET status = 'confirmed' WHERE status = 'waiting'"));
        QVERIFY_THROWS_EXCEPTION(SqlError, db->exec("UPDATE registration SET status = 'confirmed' WHERE status = 'cancelled'"));
        QCOMPARE(count(*db, confirmed), 2);
        db->exec("UPDATE event SET capacity = 1");
        QCOMPARE(count(*db, confirmed), 2);
        db->exec("UPDATE event SET capacity = 3");
        db->exec("UPDATE registration SET status = 'confirmed' WHERE status = 'waiting'");
        QCOMPARE(count(*db, confirmed), 3);
        db->exec("UPDATE event SET capacity = NULL");
        db->exec("UPDATE registration SET status = 'confirmed' WHERE status = 'cancelled'");
        QCOMPARE(count(*db, confirmed), 4);
    }

    void notADatabaseIsSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a spreadsheet, not a database\n");
        f.close();
        OpenReport report;
        auto db = Database::open(path, &report);
        QVERIFY(db);
        QCOMPARE(report.status, OpenReport::Recovered);
        QVERIFY(QFile::exists(report.setAsidePath));
    }

    /** A lock held by another process says nothing of the file: opening waits for it a while,
     *  then, if it is still held, stops with the cause and leaves the file exactly as it was
     *  (it used to be renamed « corrompu » and replaced by an empty database). */
    void lockedDatabaseIsNeverSetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            db->setSetting(u"precious"_s, u"data"_s);
            db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        // Another process's exclusive lock, as sqlite3 or a second writer takes it.
        QProcess holder;
        QVERIFY(holdLock(holder, path, 30));
        const QByteArray before = fileHash(path);

        OpenReport report;
        auto db = Database::open(path, &report);
        QVERIFY(!db);
        QCOMPARE(report.status, OpenReport::Unavailable);
        QVERIFY2(report.message.contains(u"occupée"_s), qPrintable(report.message));
        QVERIFY2(report.message.contains(u"n'a pas été modifiée"_s), qPrintable(report.message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList({u"*corrompu*"_s}), QStringList());
        holder.kill();
        holder.waitForFinished();

        // Once the other process is gone, the same file opens with its data.
        db = Database::open(path, &report);
        QVERIFY(db);
        QCOMPARE(report.status, OpenReport::Opened);
        QCOMPARE(db->setting(u"precious"_s), u"data"_s);
    }

    /** A lock held for a moment (another process's short write) is waited for, not reported. */
    void briefLockIsWaitedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        QVERIFY(Database::open(path));
        QProcess holder;
        QVERIFY(holdLock(holder, path, 1));
        OpenReport report;
        auto db = Database::open(path, &report);
        QVERIFY2(db, qPrintable(report.message));
        QCOMPARE(report.status, OpenReport::Opened);
        holder.waitForFinished();
    }

    /** Commands that only read (backup, exports) never create a database nor set one aside. */
    void openExistingNeverCreatesNorSetsAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        OpenReport report;
        QVERIFY(!Database::openExisting(path, &report));
        QVERIFY(!QFile::exists(path));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096);
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        const QByteArray damaged = fileHash(path);
        QVERIFY(!Database::openExisting(path, &report));
        QCOMPARE(report.status, OpenReport::Corrupt);
        QCOMPARE(fileHash(path), damaged);
        QCOMPARE(QDir(dir.path()).entryList({u"*corrompu*"_s}), QStringList());
    }

    void unwritableFolderFailsWithAMessage()
    {
        OpenReport report;
        auto db = Database::open(u"/proc/lianes/none/lianes.db"_s, &report);
        QVERIFY(!db);
        QCOMPARE(report.status, OpenReport::Failed);
        QVERIFY(!report.message.isEmpty());
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        QCOMPARE(db->setting(u"missing"_s, u"fallback"_s), u"fallback"_s);
        db->setSetting(u"k"_s, u"v1"_s);
        db->setSetting(u"k"_s, u"v2"_s);
        QCOMPARE(db->setting(u"k"_s), u"v2"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
