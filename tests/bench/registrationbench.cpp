// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationbench.h"

#include "agenda/agendaevent.h"
#include "base/paristime.h"
#include "registration/registrar.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));
constexpr int Events = 20;

int option(const QStringList &args, const QString &name, int fallback)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

qint64 scalar(const Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    q.step();
    return q.integer(0);
}

// The price of durability on this disk: the same small commits with NORMAL and with FULL, one process.
std::pair<double, double> commitCost(const QString &dir)
{
    auto db = Database::open(dir + u"/sync.db"_s);
    db->exec("CREATE TABLE t(x TEXT)");
    std::pair<double, double> medians;
    for (const char *mode : {"NORMAL", "FULL"}) {
        const QByteArray pragma = QByteArray("PRAGMA synchronous=") + mode;
        db->exec(pragma.constData());
        QList<double> ms;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer t;
            t.start();
            Transaction tx(*db);
            auto q = db->prepare("INSERT INTO t(x) VALUES(?)");
            q.bind(1, u"ligne %1"_s.arg(i)).exec();
            tx.commit();
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        (qstrcmp(mode, "FULL") == 0 ? medians.second : medians.first) = percentile(ms, 0.5);
    }
    return medians;
}
}

int runRegistrationWorker(const QStringList &args)
{
    // registration-worker DB SEED COUNT
    if (args.size() < 3) {
        return 64;
    }
    auto db = Database::connect(args.at(0));
    if (!db) {
        return 1;
    }
    const int seed = args.at(1).toInt();
    const int count = args.at(2).toInt();
    QRandomGenerator random{quint32(seed)};
    QList<qint64> events;
    auto q = db->prepare("SELECT id FROM event ORDER BY id");
    while (q.step()) {
        events << q.integer(0);
    }
    const Registrar registrar(*db);
    char go[8];
    if (!std::fgets(go, sizeof go, stdin)) {
        return 1;
    }
    QJsonArray latencies;
    QList<qint64> mine;
    int busy = 0;
    int already = 0;
    for (int i = 0; i < count; ++i) {
        RegistrationRequest r;
        r.firstName = u"Prénom"_s;
        r.lastName = u"Nom %1"_s.arg(i);
        // One in twenty is someone registering a second time (told "déjà inscrit·e").
        const int person = (i > 20 && random.bounded(20) == 0) ? random.bounded(i) : i;
        r.email = u"p%1-%2@bench.test"_s.arg(seed).arg(person);
        r.ageBracket = u"18_30"_s;
        r.consent = true;
        const qint64 event = events.at(random.bounded(int(events.size())));
        QElapsedTimer t;
        t.start();
        try {
            const auto out = registrar.registerPerson(event, r, Now);
            latencies.append(double(t.nsecsElapsed()) / 1e6);
            already += out.status == RegistrationOutcome::AlreadyRegistered;
            if (out.status == RegistrationOutcome::Confirmed || out.status == RegistrationOutcome::Waiting) {
                mine << out.registrationId;
            }
            // One in ten, a cancellation: its place goes to the first person waiting.
            if (random.bounded(10) == 0 && !mine.isEmpty()) {
                (void)registrar.cancel(mine.takeAt(random.bounded(int(mine.size()))), Now);
            }
        } catch (const SqlError &) {
            ++busy; // SQLITE_BUSY after busy_timeout: the other process held the lock too long
        }
    }
    const QJsonObject out{{u"latencies_ms"_s, latencies}, {u"busy"_s, busy}, {u"already"_s, already}};
    std::fprintf(stdout, "%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int runRegistrationBench(const QStringList &args)
{
    // A log line per registration would be part of what is measured.
    qputenv("QT_LOGGING_RULES", "lianes.*.info=false");
    QLoggingCategory::setFilterRules(u"lianes.*.info=false"_s);
    const int perProcess = option(args, u"--count"_s, 1000);
    const int processes = option(args, u"--processes"_s, 2);
    QTemporaryDir dir; // on the same disk as /tmp: fsync costs what it costs there
    const QString path = dir.filePath(u"lianes.db"_s);
    QHash<qint64, int> capacity;
    {
        auto db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
            return 1;
        }
        QRandomGenerator random(42);
        Transaction tx(*db);
        for (int i = 0; i < Events; ++i) {
            AgendaEvent e;
            e.uid = u"bench-%1@bench.test"_s.arg(i);
            e.title = u"Événement %1"_s.arg(i);
            e.kind = u"formation"_s;
            e.start = Now.addDays(7 + i);
            e.durationMin = 120;
            e.capacity = 10 + random.bounded(191); // 10 to 200 places
            capacity.insert(EventStore::upsert(*db, e, ParisTime::toUtcIso(Now)), *e.capacity);
        }
        tx.commit();
    }

    QList<QProcess *> workers;
    for (int p = 0; p < processes; ++p) {
        auto *w = new QProcess(qApp);
        w->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        w->start(QCoreApplication::applicationFilePath(),
                 {u"registration-worker"_s, path, QString::number(p + 1), QString::number(perProcess)});
        if (!w->waitForStarted()) {
            return 1;
        }
        workers << w;
    }
    QElapsedTimer wall;
    wall.start();
    for (QProcess *w : std::as_const(workers)) {
        w->write("go\n");
        w->waitForBytesWritten(5000);
        w->closeWriteChannel();
    }
    QList<double> latencies;
    int busy = 0;
    int already = 0;
    for (QProcess *w : std::as_const(workers)) {
        if (!w->waitForFinished(600000) || w->exitCode() != 0) {
            std::fprintf(stderr, "a worker failed\n");
            return 1;
        }
        const QJsonObject o = QJsonDocument::fromJson(w->readAllStandardOutput()).object();
        for (const auto &v : o.value(u"latencies_ms"_s).toArray()) {
            latencies << v.toDouble();
        }
        busy += o.value(u"busy"_s).toInt();
        already += o.value(u"already"_s).toInt();
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    // The invariants, per event: never above capacity; every confirmed registration older than every waiting one.
    auto db = Database::connect(path);
    int oversold = 0;
    int orderViolations = 0;
    auto q = db->prepare("SELECT e.id, e.capacity, "
                         "(SELECT count(*) FROM registration r WHERE r.event = e.id AND r.status = 'confirmed'), "
                         "(SELECT coalesce(max(id), 0) FROM registration r WHERE r.event = e.id AND r.status = 'confirmed'), "
                         "(SELECT coalesce(min(id), 9e18) FROM registration r WHERE r.event = e.id AND r.status = 'waiting') "
                         "FROM event e");
    while (q.step()) {
        oversold += q.integer(2) > q.integer(1);
        orderViolations += q.integer(3) > q.integer(4);
    }
    const auto [normalMs, fullMs] = commitCost(dir.path());
    std::fprintf(stdout, "# %d processes x %d registrations on %d events (10-200 places): %.2f s, %lld confirmed, "
                         "%lld waiting, %lld cancelled, %d told already registered, %d busy errors\n",
                 processes, perProcess, Events, seconds, scalar(*db, "SELECT count(*) FROM registration WHERE status = 'confirmed'"),
                 scalar(*db, "SELECT count(*) FROM registration WHERE status = 'waiting'"),
                 scalar(*db, "SELECT count(*) FROM registration WHERE status = 'cancelled'"), already, busy);
    std::fprintf(stdout, "# registration latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f\n", percentile(latencies, 0.5),
                 percentile(latencies, 0.9), percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::fprintf(stdout, "# one small commit on this disk, median ms: synchronous=NORMAL %.3f, FULL %.3f\n", normalMs, fullMs);
    std::fprintf(stdout,
                 "{\"registrations_per_s\":%.1f, \"commit_p99_ms\":%.2f, \"synchronous\":\"FULL\", \"oversold\":%d, "
                 "\"order_violations\":%d}\n",
                 double(latencies.size()) / seconds, percentile(latencies, 0.99), oversold, orderViolations);
    return oversold == 0 && orderViolations == 0 && busy == 0 ? 0 : 1;
}
