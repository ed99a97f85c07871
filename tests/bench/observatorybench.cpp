// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observatorybench.h"

#include "base/paristime.h"
#include "base/vocabulary.h"
#include "dataio/demoloader.h"
#include "observatory/directoryfigures.h"
#include "observatory/eventfigures.h"
#include "observatory/meetingfigures.h"
#include "observatory/observatoryservice.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

// Median time of @p runs recomputations of every figure, in milliseconds.
double medianRefreshMs(ObservatoryService &service, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        service.refresh();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Synthetic data for the benchmark only (never shipped): actors spread over the five départements (a
// tenth without), projects over 2015-2026 with themes, countries and actors, meetings over six years.
void fillSynthetic(const Database &db, int actors, int projects, int meetings)
{
    QRandomGenerator random(20201231);
    const auto types = Vocabulary::actorTypes();
    const auto themes = Vocabulary::themes();
    const QStringList deps{u"02"_s, u"59"_s, u"59"_s, u"59"_s, u"60"_s, u"62"_s, u"62"_s, u"80"_s};
    const QStringList countries{u"ML"_s, u"SN"_s, u"BF"_s, u"MA"_s, u"PL"_s, u"TG"_s, u"BJ"_s, u"MG"_s, u"HT"_s};
    Transaction tx(db);
    auto actor = db.prepare("INSERT INTO actor(name, type, departement, member) VALUES('Acteur', ?, ?, ?)");
    for (int i = 0; i < actors; ++i) {
        actor.bind(1, types.at(int(random.bounded(types.size()))).code)
            .bind(2, random.bounded(10) == 0 ? std::nullopt : std::optional(deps.at(int(random.bounded(deps.size())))))
            .bind(3, random.bounded(4) == 0)
            .exec();
    }
    auto project = db.prepare("INSERT INTO project(title, kind, year_start, year_end, amount_eur) "
                              "VALUES('Projet', 'recital', ?, ?, ?)");
    auto theme = db.prepare("INSERT OR IGNORE INTO project_theme(project, theme) VALUES(?, ?)");
    auto country = db.prepare("INSERT OR IGNORE INTO project_country(project, country) VALUES(?, ?)");
    auto link = db.prepare("INSERT OR IGNORE INTO project_actor(project, actor, role) VALUES(?, ?, 'partner')");
    for (int i = 0; i < projects; ++i) {
        const int start = 2015 + int(random.bounded(12));
        project.bind(1, start).bind(2, start + int(random.bounded(3))).bind(3, double(random.bounded(5000))).exec();
        const qint64 id = db.lastInsertId();
        theme.bind(1, id).bind(2, themes.at(int(random.bounded(themes.size()))).code).exec();
        country.bind(1, id).bind(2, countries.at(int(random.bounded(countries.size())))).exec();
        link.bind(1, id).bind(2, qint64(1 + random.bounded(actors))).exec();
    }
    auto meeting = db.prepare("INSERT INTO meeting(subject, place, online, staff, starts_at, duration_hours, "
                              "participants) VALUES('Réunion', 'Lille', ?, ?, ?, ?, ?)");
    const QStringList staff{u"Clarisse"_s, u"Hugo"_s, u"Nizar"_s, u"Lucie"_s, u"François"_s};
    const QDateTime first(QDate(2020, 1, 1), QTime(8, 0), ParisTime::zone());
    for (int i = 0; i < meetings; ++i) {
        meeting.bind(1, random.bounded(2) == 0)
            .bind(2, staff.at(int(random.bounded(staff.size()))))
            .bind(3, ParisTime::toUtcIso(first.addSecs(qint64(random.bounded(6 * 365 * 24)) * 3600)))
            .bind(4, double(1 + random.bounded(8)))
            .bind(5, int(1 + random.bounded(40)))
            .exec();
    }
    tx.commit();
}

// Median time of @p runs calls of @p compute, in milliseconds.
template<typename F>
double medianMs(int runs, F compute)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        compute();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int runObservatoryBench(const QStringList &args)
{
    auto option = [&args](const QString &name, int fallback) {
        const auto i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int runs = std::max(1, option(u"--runs"_s, 9));
    const int actors = option(u"--actors"_s, 20000);
    const int projects = option(u"--projects"_s, 5000);
    const int meetings = option(u"--meetings"_s, 20000);

    QTemporaryDir demoDir;
    auto demo = Database::open(demoDir.filePath(u"lianes.db"_s));
    if (!demo || !DemoLoader::loadIfNeeded(*demo, Now).loaded) {
        std::fprintf(stderr, "observatory bench: cannot load the demo data\n");
        return 1;
    }
    ObservatoryService demoService;
    demoService.setNow(Now);
    demoService.setDatabase(demo.get());
    const double demoYear = medianRefreshMs(demoService, runs);
    demoService.setYear(0);
    const double demoAll = medianRefreshMs(demoService, runs);

    QTemporaryDir bigDir;
    auto big = Database::open(bigDir.filePath(u"lianes.db"_s));
    if (!big) {
        return 1;
    }
    fillSynthetic(*big, actors, projects, meetings);
    ObservatoryService bigService;
    bigService.setNow(Now);
    bigService.setDatabase(big.get());
    bigService.setYear(2023);
    const double bigYear = medianRefreshMs(bigService, runs);
    bigService.setYear(0);
    const double bigAll = medianRefreshMs(bigService, runs);
    // Where the time goes, every year at once.
    const double directory = medianMs(runs, [&] { (void)DirectoryFigures::compute(*big, Period()); });
    const double meetingsMs = medianMs(runs, [&] { (void)MeetingFigures::compute(*big, Period()); });
    const double events = medianMs(runs, [&] { (void)EventFigures::compute(*big, Period()); });

    std::fprintf(stdout,
                 "{\"demo_year_ms\":%.2f, \"demo_all_years_ms\":%.2f, \"synthetic\":{\"actors\":%d, "
                 "\"projects\":%d, \"meetings\":%d, \"year_ms\":%.2f, \"all_years_ms\":%.2f, "
                 "\"all_years_directory_ms\":%.2f, \"all_years_meetings_ms\":%.2f, \"all_years_events_ms\":%.2f}, "
                 "\"runs\":%d}\n",
                 demoYear, demoAll, actors, projects, meetings, bigYear, bigAll, directory, meetingsMs, events, runs);
    return 0;
}
