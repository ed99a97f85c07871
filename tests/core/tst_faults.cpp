// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// The disk fills up or fails in the middle of what the app does, at every write in turn, the way
// SQLite tests itself: opening (creating and migrating), registering, cancelling, the retention
// purge, imports, a restore, an erasure, a backup. After each fault the database opens without
// being set aside, passes the full integrity_check, and holds exactly the committed rows: what it
// held before when the operation said it failed, what the operation makes when it said it worked.
#include "agenda/agendaimport.h"
#include "dataio/databasejson.h"
#include "dataio/demoloader.h"
#include "dataio/importer.h"
#include "faultvfs.h"
#include "registration/registrar.h"
#include "staff/personaldata.h"
#include "storage/backup.h"
#include "testhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <functional>

#include <sqlite3.h>

using namespace Lianes;
using namespace TestHelpers;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

using Operation = std::function<bool(const Database &)>;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

/** contentDump() with the stamps of the wall clock (an import's own "added at", from SQLite's
 *  clock) made equal: two runs a second apart are the same rows. */
QStringList rows(const Database &db)
{
    static const QRegularExpression stamp(u"'(\\d{4}-\\d\\d-\\d\\d)T\\d\\d:\\d\\d:\\d\\dZ'"_s);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QStringList out = contentDump(db);
    for (QString &line : out) {
        QRegularExpressionMatchIterator it = stamp.globalMatch(line);
        QList<QRegularExpressionMatch> found;
        while (it.hasNext()) {
            found.prepend(it.next());
        }
        for (const auto &m : std::as_const(found)) {
            if (m.captured(1) == today) {
                line.replace(m.capturedStart(), m.capturedLength(), u"'(aujourd''hui)'"_s);
            }
        }
    }
    return out;
}

QString readOnly(const QString &path, const char *sql)
{
    sqlite3 *raw = nullptr;
    QString out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        try {
            Statement q(raw, sql);
            out = q.step() ? q.text(0) : QString();
        } catch (const SqlError &e) {
            out = e.message();
        }
    }
    sqlite3_close_v2(raw);
    return out;
}

QByteArray agendaFile()
{
    QFile f(QStringLiteral(LIANES_TEST_DATA "/agenda/network.ics"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

RegistrationRequest person(const QString &email)
{
    RegistrationRequest r;
    r.firstName = u"Aïssata"_s;
    r.lastName = u"Diallo"_s;
    r.email = email;
    r.ageBracket = u"18_30"_s;
    r.consent = true;
    return r;
}

/** The next fault position: every write at first, then sparser (an import writes hundreds of pages). */
int nextStep(int n)
{
    return n < 40 ? n + 1 : n + n / 6;
}
} // namespace

Q_DECLARE_METATYPE(FaultVfs::Fault)

class TestFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template;
    qint64 m_event = 0; ///< a coming event: 3 places, 2 confirmed, 1 waiting
    qint64 m_confirmed = 0;
    QByteArray m_restoreJson;

    QString work() const { return m_dir.filePath(u"travail.db"_s); }

    void freshCopy()
    {
        for (const auto *suffix : {"", "-wal", "-shm"}) {
            QFile::remove(work() + QLatin1StringView(suffix));
        }
        QVERIFY(QFile::copy(m_template, work()));
        QFile(work()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    /** What @p op makes of the template with no fault. */
    QStringList expectedAfter(const Operation &op)
    {
        freshCopy();
        auto db = Database::open(work());
        if (!db || !op(*db)) {
            qFatal("the operation fails without any fault");
        }
        return rows(*db);
    }

    /** Runs @p op with the @p fault at its 1st, 2nd... write until it completes untouched. */
    void underEveryFault(const Operation &op, FaultVfs::Fault fault)
    {
        const QStringList after = expectedAfter(op);
        int runs = 0;
        int failures = 0;
        for (int n = 1;; n = nextStep(n)) {
            freshCopy();
            QStringList before;
            bool ok = false;
            {
                auto db = Database::open(work());
                QVERIFY(db);
                before = rows(*db);
                FaultVfs::arm(n, fault);
                try {
                    ok = op(*db);
                } catch (const SqlError &) {
                    ok = false;
                }
                FaultVfs::disarm();
            }
            ++runs;
            const bool fired = FaultVfs::fired();
            failures += ok ? 0 : 1;
            OpenReport report;
            auto db = Database::open(work(), &report, Database::SchemaVersion, OpenReport::FullCheck);
            QVERIFY2(db, qPrintable(report.message));
            QCOMPARE(report.status, OpenReport::Opened);
            QCOMPARE(report.rebuiltIndexes, QStringList());
            QCOMPARE(db->integrityCheck(), u"ok"_s);
            const QStringList now = rows(*db);
            if (ok && now != after) {
                for (const QString &line : now) {
                    if (!after.contains(line)) {
                        qWarning("only after the fault: %s", qPrintable(line.left(200)));
                    }
                }
                for (const QString &line : after) {
                    if (!now.contains(line)) {
                        qWarning("only without fault: %s", qPrintable(line.left(200)));
                    }
                }
            }
            if (ok) {
                QVERIFY2(now == after, qPrintable(u"write %1: reported done, but the rows are not the operation's"_s.arg(n)));
            } else {
                QVERIFY2(now == before, qPrintable(u"write %1: reported failed, but rows changed"_s.arg(n)));
            }
            if (!fired) {
                break;
            }
            QVERIFY(runs < 400);
        }
        QVERIFY2(failures > 0, "no fault reached the operation");
        qInfo("%d runs, %d reported failures", runs, failures);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FaultVfs::install();
        m_template = m_dir.filePath(u"modele.db"_s);
        auto db = Database::open(m_template);
        QVERIFY(db);
        QVERIFY(DemoLoader::loadIfNeeded(*db, Now).loaded);
        db->exec("INSERT INTO event(uid, title, kind, starts_at, duration_min, capacity) "
                 "VALUES('fautes', 'Atelier', 'formation', '2026-12-12T09:00:00Z', 60, 3)");
        m_event = db->lastInsertId();
        const Registrar registrar(*db);
        for (const auto *email : {"erasme@exemple.fr", "b@exemple.fr", "c@exemple.fr"}) {
            const auto out = registrar.registerPerson(m_event, person(QString::fromLatin1(email)), Now);
            QVERIFY(out.status == RegistrationOutcome::Confirmed);
            m_confirmed = out.registrationId;
        }
        QCOMPARE(registrar.registerPerson(m_event, person(u"d@exemple.fr"_s), Now).status, RegistrationOutcome::Waiting);
        // An event long past, its people's data due for the retention purge.
        db->exec("INSERT INTO event(uid, title, kind, starts_at, duration_min) "
                 "VALUES('passe', 'Ancien', 'formation', '2024-01-10T09:00:00Z', 60)");
        db->exec("INSERT INTO registration(event, status, first_name, email, email_key, consent_version, consent_at, "
                 "created_at) SELECT id, 'confirmed', 'Ancien', 'ancien@exemple.fr', 'ancien@exemple.fr', 'v1', 'x', 'x' "
                 "FROM event WHERE uid = 'passe'");
        // The export a restore brings back: the same data, a few things changed.
        const QString other = m_dir.filePath(u"autre.db"_s);
        QVERIFY(Backup::copyTo(*db, other).ok);
        {
            auto changed = Database::open(other);
            changed->exec("DELETE FROM actor WHERE id IN (SELECT id FROM actor ORDER BY id LIMIT 5)");
            changed->setSetting(u"restauree"_s, u"oui"_s);
            m_restoreJson = DatabaseJson::exportAll(*changed, Now);
        }
        db->exec("DELETE FROM written_file");
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    void operations_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<FaultVfs::Fault>("fault");
        for (const auto *op : {"registration", "cancellation", "retention purge", "erasure", "agenda import",
                               "actor import", "restore"}) {
            QTest::addRow("%s, disk full", op) << QString::fromLatin1(op) << FaultVfs::Fault::DiskFull;
            QTest::addRow("%s, write error", op) << QString::fromLatin1(op) << FaultVfs::Fault::WriteError;
        }
        for (const auto *op : {"registration", "erasure", "restore"}) {
            QTest::addRow("%s, fsync error", op) << QString::fromLatin1(op) << FaultVfs::Fault::SyncError;
        }
    }
    void operations()
    {
        QFETCH(QString, operation);
        QFETCH(FaultVfs::Fault, fault);
        const QHash<QString, Operation> operations{
            {u"registration"_s,
             [this](const Database &db) {
                 const auto out = Registrar(db).registerPerson(m_event, person(u"nouvelle@exemple.fr"_s), Now);
                 return out.status == RegistrationOutcome::Waiting;
             }},
            {u"cancellation"_s, [this](const Database &db) { return Registrar(db).cancel(m_confirmed, Now).promotedId > 0; }},
            {u"retention purge"_s, [](const Database &db) { return PersonalData::purgeExpired(db, Now, 12) == 1; }},
            {u"erasure"_s,
             [](const Database &db) { return PersonalData::erase(db, u"erasme@exemple.fr"_s, Now).erased == 1; }},
            {u"agenda import"_s,
             [](const Database &db) { return AgendaImport::importData(db, agendaFile(), Now, u"network.ics"_s).ok(); }},
            {u"actor import"_s,
             [](const Database &db) {
                 return Importer(db).importFile(dataPath(u"acteurs-excel-utf8.csv"_s), {}, false).exitCode() == 0;
             }},
            {u"restore"_s, [this](const Database &db) { return DatabaseJson::restore(db, m_restoreJson).ok; }},
        };
        underEveryFault(operations.value(operation), fault);
    }

    /** Creating and migrating a database on a full disk: the open fails with a message, nothing
     *  is set aside, and the next open (disk freed) makes a whole database. An existing database
     *  opened on a failing disk is never set aside and keeps its rows. */
    void openingUnderFaults()
    {
        const QString fresh = m_dir.filePath(u"neuve.db"_s);
        int runs = 0;
        for (int n = 1;; n = nextStep(n)) {
            for (const auto *suffix : {"", "-wal", "-shm", "-journal"}) {
                QFile::remove(fresh + QLatin1StringView(suffix));
            }
            OpenReport report;
            FaultVfs::arm(n, FaultVfs::Fault::DiskFull);
            auto db = Database::open(fresh, &report);
            FaultVfs::disarm();
            ++runs;
            if (!db) {
                QVERIFY(!report.message.isEmpty());
                QVERIFY2(report.status != OpenReport::Recovered, qPrintable(report.message));
            }
            db.reset();
            auto again = Database::open(fresh, &report, Database::SchemaVersion, OpenReport::FullCheck);
            QVERIFY2(again, qPrintable(report.message));
            QVERIFY2(report.status == OpenReport::Opened || report.status == OpenReport::Created, qPrintable(report.message));
            QCOMPARE(again->userVersion(), Database::SchemaVersion);
            QCOMPARE(again->integrityCheck(), u"ok"_s);
            QVERIFY(count(*again, "SELECT count(*) FROM commune") > 3000);
            QCOMPARE(QDir(m_dir.path()).entryList({u"*corrompu*"_s}), QStringList());
            if (!FaultVfs::fired()) {
                break;
            }
            QVERIFY(runs < 400);
        }
        qInfo("%d runs", runs);

        freshCopy();
        QStringList before;
        {
            auto db = Database::open(work());
            before = contentDump(*db);
        }
        for (int n = 1; n < 20; ++n) {
            OpenReport report;
            FaultVfs::arm(n, FaultVfs::Fault::WriteError);
            auto db = Database::open(work(), &report, Database::SchemaVersion, OpenReport::FullCheck);
            FaultVfs::disarm();
            QVERIFY2(report.status != OpenReport::Recovered, qPrintable(report.message));
            db.reset();
            auto again = Database::open(work(), &report);
            QVERIFY(again);
            QCOMPARE(contentDump(*again), before);
        }
    }

    /** A backup on a full or failing USB stick: it fails with a message, the previous backup at
     *  that name stays as it was, nothing half-written is left, the database is untouched. */
    void backupUnderFaults()
    {
        freshCopy();
        auto db = Database::open(work());
        QVERIFY(db);
        const QString target = m_dir.filePath(u"cle/sauvegarde.db"_s);
        QDir().mkpath(m_dir.filePath(u"cle"_s));
        QVERIFY(Backup::copyTo(*db, target).ok);
        QByteArray good = fileHash(target);
        const QStringList before = contentDump(*db);
        int runs = 0;
        for (const auto fault : {FaultVfs::Fault::DiskFull, FaultVfs::Fault::WriteError, FaultVfs::Fault::SyncError}) {
            for (int n = 1;; n = nextStep(n)) {
                FaultVfs::arm(n, fault);
                const BackupResult result = Backup::copyTo(*db, target);
                FaultVfs::disarm();
                ++runs;
                if (result.ok) {
                    good = fileHash(target);
                } else {
                    QVERIFY(result.error.contains(u"sauvegarde"_s, Qt::CaseInsensitive));
                    QCOMPARE(fileHash(target), good);
                }
                QVERIFY(!QFile::exists(target + u".partiel"_s));
                // Read as it is, without a connection that would turn it to WAL.
                QCOMPARE(readOnly(target, "PRAGMA integrity_check"), u"ok"_s);
                QCOMPARE(readOnly(target, "SELECT count(*) FROM registration"),
                         QString::number(count(*db, "SELECT count(*) FROM registration")));
                QCOMPARE(contentDump(*db), before);
                if (!FaultVfs::fired()) {
                    break;
                }
                QVERIFY(runs < 400);
            }
        }
        qInfo("%d runs", runs);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
