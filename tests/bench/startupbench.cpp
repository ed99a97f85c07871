// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupbench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Wall time from spawning the process to its "first-frame" line; -1 on failure. @p platform: the
// QPA platform when the environment names none.
double timeToFirstFrame(const QString &program, const QStringList &args, const QString &platform)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value(u"QT_QPA_PLATFORM"_s).isEmpty()) {
        env.insert(u"QT_QPA_PLATFORM"_s, platform);
    }
    env.insert(u"QT_LOGGING_RULES"_s, u"*.info=false"_s);
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    while (p.waitForReadyRead(60000)) {
        if (p.readAllStandardOutput().contains("first-frame")) {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            p.waitForFinished(10000);
            return ms;
        }
    }
    std::fprintf(stderr, "%s: no first frame (%s)\n", qPrintable(program), p.readAllStandardError().constData());
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int runStartupBench(const QStringList &args)
{
    int runs = 31;
    if (const auto i = args.indexOf(u"--runs"_s); i >= 0 && i + 1 < args.size()) {
        runs = std::max(1, args.at(i + 1).toInt());
    }
    QTemporaryDir data;
    // Offscreen, one 1920x1080 screen (the kiosk's, where it opens fullscreen; the baseline's window
    // size): the offscreen platform's own screen is 800x800.
    QString platform = u"offscreen"_s;
    if (QFile screen(data.filePath(u"screen.json"_s)); screen.open(QIODevice::WriteOnly)) {
        screen.write(R"({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                        "logicalDpiX": 96, "logicalDpiY": 96, "logicalBaseDpiX": 96, "logicalBaseDpiY": 96,
                        "dpr": 1.0}]})");
        platform += u":configfile="_s + screen.fileName();
    }
    const QStringList appArgs{u"--startup-probe"_s, u"--mode"_s, u"kiosk"_s, u"--data-dir"_s, data.path()};
    // First start creates the database and loads the demo data; it is not what users wait for daily.
    if (timeToFirstFrame(QStringLiteral(LIANES_APP_BINARY), appArgs, platform) < 0) {
        return 1;
    }
    timeToFirstFrame(QStringLiteral(LIANES_BASELINE_BINARY), {}, platform); // warm the file cache alike
    // Also the map page itself: on staff tablets and phones it is what shows first (the kiosk
    // shows its attract screen and makes the map behind it). Same database, same demo data.
    QStringList mapArgs = appArgs;
    mapArgs[mapArgs.indexOf(u"kiosk"_s)] = u"staff"_s;
    QList<double> app;
    QList<double> map;
    QList<double> baseline;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so all see the same machine load.
        const double a = timeToFirstFrame(QStringLiteral(LIANES_APP_BINARY), appArgs, platform);
        const double b = timeToFirstFrame(QStringLiteral(LIANES_BASELINE_BINARY), {}, platform);
        const double m = timeToFirstFrame(QStringLiteral(LIANES_APP_BINARY), mapArgs, platform);
        if (a < 0 || b < 0 || m < 0) {
            return 1;
        }
        app << a;
        baseline << b;
        map << m;
    }
    const double appMs = median(app);
    const double baseMs = median(baseline);
    const double mapMs = median(map);
    std::fprintf(stdout,
                 "{\"app_ms\":%.1f, \"baseline_ms\":%.1f, \"ratio\":%.2f, \"runs\":%d, "
                 "\"map_page_ms\":%.1f, \"map_page_ratio\":%.2f}\n",
                 appMs, baseMs, appMs / baseMs, runs, mapMs, mapMs / baseMs);
    return 0;
}
