// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaevent.h"
#include "base/paristime.h"
#include "registration/registrar.h"
#include "storage/database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

qint64 makeEvent(const Database &db, const QString &uid, int capacity)
{
    AgendaEvent e;
    e.uid = uid;
    e.title = u"Rencontre concurrente"_s;
    e.kind = u"rencontre"_s;
    e.start = Now.addDays(3);
    e.durationMin = 90;
    e.capacity = capacity;
    Transaction tx(db);
    const qint64 id = EventStore::upsert(db, e, ParisTime::toUtcIso(Now));
    tx.commit();
    return id;
}

QProcess *startWorker(QObject *parent, const QString &db, qint64 event, const QString &prefix, int from, int count,
                      int pauseMs)
{
    auto *p = new QProcess(parent);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(LIANES_REGISTRATION_WORKER),
             {db, QString::number(event), prefix, QString::number(from), QString::number(count), QString::number(pauseMs)});
    return p;
}

// Workers wait for a line on stdin: they all start registering at the same moment.
void go(const QList<QProcess *> &workers)
{
    for (QProcess *w : workers) {
        QVERIFY(w->waitForStarted());
    }
    for (QProcess *w : workers) {
        w->write("go\n");
        QVERIFY(w->waitForBytesWritten(5000)); // QProcess writes from the event loop otherwise
        w->closeWriteChannel();
    }
}

struct Line {
    int index;
    qint64 id;
    QString status;
};

QList<Line> lines(const QByteArray &output)
{
    QList<Line> out;
    for (const auto &l : output.split('\n')) {
        const auto f = QString::fromLatin1(l).split(u' ');
        if (f.size() == 3) {
            out.append({f[0].toInt(), f[1].toLongLong(), f[2]});
        }
    }
    return out;
}

qint64 scalar(const Database &db, const char *sql, qint64 event)
{
    auto q = db.prepare(sql);
    q.bind(1, event);
    q.step();
    return q.integer(0);
}

// Confirmed places never above capacity; every confirmed registration older than every waiting one.
void checkInvariants(const Database &db, qint64 event, int capacity)
{
    QVERIFY(scalar(db, "SELECT count(*) FROM registration WHERE event = ? AND status = 'confirmed'", event) <= capacity);
    const qint64 lastConfirmed = scalar(db, "SELECT coalesce(max(id), 0) FROM registration WHERE event = ? AND status = 'confirmed'", event);
    const qint64 firstWaiting = scalar(db, "SELECT coalesce(min(id), 9e18) FROM registration WHERE event = ? AND status = 'waiting'", event);
    QVERIFY2(lastConfirmed < firstWaiting, "the waiting list keeps the order of registration");
}
}

/** Registrations from two processes on one file, and a process killed in the middle of a burst. */
class TestRegistrationConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoProcessesNeverOversell()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        auto db = Database::open(path);
        QVERIFY(db);
        constexpr int Capacity = 50;
        const qint64 event = makeEvent(*db, u"concurrent@lianes.test"_s, Capacity);
        // Each process registers 100 people of its own and the same 20 shared people.
        QObject owner;
        QList<QProcess *> workers{startWorker(&owner, path, event, u"a"_s, 0, 100, 2),
                                  startWorker(&owner, path, event, u"b"_s, 0, 100, 2),
                                  startWorker(&owner, path, event, u"shared"_s, 0, 20, 2),
                                  startWorker(&owner, path, event, u"shared"_s, 0, 20, 2)};
        go(workers);
        QList<Line> all;
        for (QProcess *w : std::as_const(workers)) {
            QVERIFY(w->waitForFinished(120000));
            QCOMPARE(w->exitStatus(), QProcess::NormalExit);
            QCOMPARE(w->exitCode(), 0);
            all += lines(w->readAllStandardOutput());
        }
        QCOMPARE(all.size(), 240);
        const auto count = [&](const QString &s) {
            return std::count_if(all.cbegin(), all.cend(), [&](const Line &l) { return l.status == s; });
        };
        QCOMPARE(count(u"C"_s), Capacity);
        QCOMPARE(count(u"W"_s), 220 - Capacity);
        QCOMPARE(count(u"D"_s), 20); // each shared person is registered once, the other process is told so
        QCOMPARE(count(u"R"_s), 0);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM registration WHERE event = ? AND status = 'confirmed'", event), Capacity);
        QCOMPARE(scalar(*db, "SELECT count(DISTINCT email_key) FROM registration WHERE event = ?", event), 220);
        checkInvariants(*db, event, Capacity);
        // The two processes did write at the same time: their rows alternate in the file.
        auto order = db->prepare("SELECT substr(email, 1, 1) FROM registration WHERE event = ? ORDER BY id");
        order.bind(1, event);
        int switches = 0;
        QString previous;
        while (order.step()) {
            switches += !previous.isEmpty() && order.text(0) != previous;
            previous = order.text(0);
        }
        QVERIFY2(switches >= 4, "the writers overlapped");
        // Cancelling from here promotes the first of the waiting list, whichever process wrote it.
        const qint64 firstWaiting = scalar(*db, "SELECT min(id) FROM registration WHERE event = ? AND status = 'waiting'", event);
        const qint64 someConfirmed = scalar(*db, "SELECT min(id) FROM registration WHERE event = ? AND status = 'confirmed'", event);
        QCOMPARE(Registrar(*db).cancel(someConfirmed, Now).promotedId, firstWaiting);
        checkInvariants(*db, event, Capacity);
    }

    void killedDuringABurstLeavesWholeRegistrations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        constexpr int Capacity = 30;
        qint64 event = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            event = makeEvent(*db, u"burst@lianes.test"_s, Capacity);
        }
        QList<Line> committed;
        int next = 0;
        for (int round = 0; round < 3; ++round) {
            QObject owner;
            QProcess *w = startWorker(&owner, path, event, u"burst"_s, next, 0, 0); // no pause: a burst
            go({w});
            QByteArray out;
            // Kill -9 once it has committed a few dozen, at whatever point of a transaction it is.
            while (lines(out).size() < 40 + 7 * round && w->state() == QProcess::Running) {
                w->waitForReadyRead(10000);
                out += w->readAllStandardOutput();
            }
            w->kill(); // SIGKILL
            QVERIFY(w->waitForFinished(10000));
            QCOMPARE(w->exitStatus(), QProcess::CrashExit);
            out += w->readAllStandardOutput();
            const auto got = lines(out);
            QVERIFY(!got.isEmpty());
            committed += got;
            next = got.last().index + 1;
        }

        OpenReport report;
        auto db = Database::open(path, &report);
        QVERIFY(db);
        QCOMPARE(report.status, OpenReport::Opened);
        auto integrity = db->prepare("PRAGMA integrity_check");
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), u"ok"_s);
        // Every registration the worker reported is there, whole.
        auto q = db->prepare("SELECT id, first_name, last_name, email, email_key, structure, age_bracket, newsletter, "
                             "consent_version, consent_at, created_at, status FROM registration WHERE event = ? ORDER BY id");
        q.bind(1, event);
        QHash<qint64, int> indexOfId;
        int rows = 0;
        while (q.step()) {
            ++rows;
            const QString email = q.text(3);
            const int i = email.section(u'-', 1).section(u'@', 0, 0).toInt();
            QCOMPARE(email, u"burst-%1@Exemple.fr"_s.arg(i));
            QCOMPARE(q.text(1), u"Prénom%1"_s.arg(i));
            QCOMPARE(q.text(2), u"Nom%1"_s.arg(i));
            QCOMPARE(q.text(4), email.toLower());
            QCOMPARE(q.text(5), u"Structure %1"_s.arg(i));
            QCOMPARE(q.text(6), u"18_30"_s);
            QCOMPARE(q.integer(7), i % 2 == 0 ? 1 : 0);
            QVERIFY(!q.text(8).isEmpty());
            QCOMPARE(q.text(9), u"2026-11-28T09:00:00Z"_s);
            QCOMPARE(q.text(10), u"2026-11-28T09:00:00Z"_s);
            QVERIFY(q.text(11) == "confirmed"_L1 || q.text(11) == "waiting"_L1);
            indexOfId.insert(q.integer(0), i);
        }
        for (const auto &l : std::as_const(committed)) {
            QVERIFY2(indexOfId.value(l.id, -1) == l.index, "a reported registration is in the file");
        }
        // At most the one in flight at each kill was committed without being reported.
        QVERIFY(rows >= committed.size() && rows <= committed.size() + 3);
        checkInvariants(*db, event, Capacity);
    }
};

QTEST_GUILESS_MAIN(TestRegistrationConcurrency)
#include "tst_registration_concurrency.moc"
