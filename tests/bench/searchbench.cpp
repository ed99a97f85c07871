// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbench.h"

#include "search/searchindex.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

QString option(const QStringList &args, const QString &name)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

int runSearchBench(const QStringList &args)
{
    const QStringList names = readLines(option(args, u"--names"_s));
    const QStringList queries = readLines(option(args, u"--queries"_s));
    if (names.isEmpty() || queries.isEmpty()) {
        std::fprintf(stderr, "usage: lianes-bench search --names NAMES.txt --queries QUERIES.txt\n");
        return 64;
    }
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"lianes.db"_s));
    if (!db) {
        std::fprintf(stderr, "cannot create the database\n");
        return 1;
    }

    // Indexing: the names become actors, in one transaction, as an import would write them; the
    // index catches up (SearchIndex::sync, which the first search would otherwise do).
    SearchIndex index(*db);
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(*db);
        auto insert = db->prepare("INSERT INTO actor(name, type) VALUES(?, 'association_locale')");
        for (const QString &name : names) {
            insert.bind(1, name).exec();
        }
        tx.commit();
    }
    index.sync();
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;

    std::vector<double> latencies;
    latencies.reserve(std::size_t(queries.size()));
    qint64 hits = 0;
    for (const QString &q : queries) {
        timer.restart();
        const auto found = index.search(q, SearchHit::Actor, 50);
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        hits += found.size();
    }
    std::sort(latencies.begin(), latencies.end());
    const auto pct = [&](double p) {
        return latencies[std::min(latencies.size() - 1, std::size_t(p * double(latencies.size())))];
    };
    std::printf("{\"index_ms\":%.1f, \"p50_ms\":%.4f, \"p99_ms\":%.4f, \"mean_hits\":%.2f}\n", indexMs, pct(0.5),
                pct(0.99), double(hits) / double(queries.size()));
    return 0;
}
