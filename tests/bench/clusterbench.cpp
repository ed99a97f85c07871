// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterbench.h"

#include "geo/clusterindex.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// Lines "lon,lat", no header (gen-points.py). Not timed: the peer parses before timing too.
std::vector<ClusterIndex::LonLat> readPoints(const QString &path, bool *ok)
{
    std::vector<ClusterIndex::LonLat> points;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok) {
        return points;
    }
    const QByteArray text = file.readAll();
    const char *p = text.constData();
    const char *end = p + text.size();
    while (p < end) {
        char *next = nullptr;
        const double lon = std::strtod(p, &next);
        if (next == p || next >= end || *next != ',') {
            break;
        }
        p = next + 1;
        const double lat = std::strtod(p, &next);
        if (next == p) {
            break;
        }
        points.push_back({lon, lat});
        p = next;
        while (p < end && (*p == '\n' || *p == '\r')) {
            ++p;
        }
    }
    return points;
}

} // namespace

int runClusterBench(const QStringList &args)
{
    const QString path = option(args, u"--points"_s);
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: lianes-bench cluster --points FILE.csv [--radius 60] [--extent 512] "
                             "[--max-zoom 16] [--min-points 2] [--node-size 64] [--runs 1] [--single-thread]\n");
        return 64;
    }
    bool ok = false;
    const auto points = readPoints(path, &ok);
    if (!ok) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    ClusterIndex::Options options;
    options.radius = option(args, u"--radius"_s, u"60"_s).toDouble();
    options.extent = option(args, u"--extent"_s, u"512"_s).toDouble();
    options.maxZoom = option(args, u"--max-zoom"_s, u"16"_s).toInt();
    options.minPoints = option(args, u"--min-points"_s, u"2"_s).toInt();
    options.nodeSize = option(args, u"--node-size"_s, u"64"_s).toInt();
    options.parallelTrees = !args.contains(u"--single-thread"_s);

    // --runs N repeats build and queries and keeps the fastest of each (a loaded machine only
    // ever adds time); the default is one run, like the peer.
    const int runs = std::max(1, option(args, u"--runs"_s, u"1"_s).toInt());
    constexpr int MinZoom = 5;
    constexpr int MaxZoom = 16;
    constexpr int Repeats = 20;
    std::size_t counts[MaxZoom + 1] = {};
    double buildMs = 0;
    double queryMs = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ClusterIndex index(options);
        index.load(points);
        const double build = double(timer.nsecsElapsed()) / 1e6;

        // The peer's queries: the region's bounding box at zooms 5 to 16, 20 times each.
        std::vector<ClusterIndex::Item> out;
        timer.restart();
        for (int rep = 0; rep < Repeats; ++rep) {
            for (int z = MinZoom; z <= MaxZoom; ++z) {
                out.clear();
                index.clusters(1.3, 48.8, 4.3, 51.1, z, out);
                counts[z] = out.size();
            }
        }
        const double query = double(timer.nsecsElapsed()) / 1e6 / (Repeats * (MaxZoom - MinZoom + 1));
        buildMs = run == 0 ? build : std::min(buildMs, build);
        queryMs = run == 0 ? query : std::min(queryMs, query);
    }

    QByteArray perZoom;
    for (int z = MinZoom; z <= MaxZoom; ++z) {
        perZoom += (z > MinZoom ? "," : "") + QByteArray("\"") + QByteArray::number(z)
            + "\":" + QByteArray::number(qulonglong(counts[z]));
    }
    std::printf("{\"build_ms\":%.3f, \"query_ms_avg\":%.4f, \"clusters_per_zoom\":{%s}}\n", buildMs, queryMs,
                perZoom.constData());
    return 0;
}
