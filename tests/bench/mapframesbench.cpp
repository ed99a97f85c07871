// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapframesbench.h"

#include "app/appcontext.h"
#include "benchdata.h"
#include "map/clustermodel.h"
#include "map/mapservice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGeoCoordinate>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QQuickItem *findByObjectName(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name) {
        return item;
    }
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findByObjectName(child, name)) {
            return found;
        }
    }
    return nullptr;
}

// The camera at frame k of a condition: a loop over the region (Lille, Arras, Amiens,
// Saint-Quentin, back), zooming in and out between 7.5 and 12 twice per loop.
void placeCamera(QQuickItem *map, int frame)
{
    static const QGeoCoordinate stops[] = {{50.63, 3.06}, {50.29, 2.78}, {49.89, 2.30}, {49.85, 3.29}};
    constexpr int FramesPerLeg = 150;
    const int leg = (frame / FramesPerLeg) % 4;
    const double t = double(frame % FramesPerLeg) / FramesPerLeg;
    const QGeoCoordinate &a = stops[leg];
    const QGeoCoordinate &b = stops[(leg + 1) % 4];
    const QGeoCoordinate at(a.latitude() + (b.latitude() - a.latitude()) * t,
                            a.longitude() + (b.longitude() - a.longitude()) * t);
    const double zoom = 7.5 + 4.5 * (0.5 - 0.5 * std::cos(2 * std::numbers::pi * frame / (2.0 * FramesPerLeg)));
    map->setProperty("zoomLevel", zoom);
    map->setProperty("center", QVariant::fromValue(at));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

int runMapFramesBench(const QStringList &args)
{
    const int actorCount = option(args, u"--actors"_s, u"50000"_s).toInt();
    const double seconds = option(args, u"--seconds"_s, u"5"_s).toDouble();
    // The gazetteer built into the app (the same file as ../shared/data/geo/communes.csv).
    const QString communes = option(args, u"--communes"_s, u":/lianes/geo/communes.csv"_s);

    QTemporaryDir dir;
    Config config;
    config.mode = Config::Mode::Kiosk;
    config.dataDir = dir.path();
    AppContext app(config);
    if (!app.openStorage()) {
        std::fprintf(stderr, "cannot open storage\n");
        return 1;
    }
    AppContext::setInstance(&app);
    const QList<ActorRecord> synthetic = syntheticActors(actorCount, 7, communes);
    if (synthetic.size() != actorCount) {
        std::fprintf(stderr, "cannot read the communes from %s\n", qPrintable(communes));
        return 1;
    }

    QQmlApplicationEngine engine;
    app.setEngine(&engine);
    engine.loadFromModule("Lianes.Ui", "Main");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    // The visitor's tap on the attract screen: the map page is made now, not in the background.
    bool shown = false;
    if (window) {
        QMetaObject::invokeMethod(window, "showPage", Q_RETURN_ARG(bool, shown), Q_ARG(QString, u"carte"_s));
    }
    QQuickItem *page = window ? findByObjectName(window->contentItem(), u"cartePage"_s) : nullptr;
    auto *map = page ? page->property("map").value<QQuickItem *>() : nullptr;
    MapService *service = app.mapService();
    if (!map || !service) {
        std::fprintf(stderr, "the map page did not load\n");
        return 1;
    }

    // Frames are driven one after the other: each swap moves the camera for the next frame.
    std::vector<double> times[2];
    double markers[2] = {0, 0};
    int frames[2] = {0, 0};
    int condition = 0;
    bool measuring = false;
    QElapsedTimer sinceSwap;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (measuring && sinceSwap.isValid()) {
            times[condition].push_back(double(sinceSwap.nsecsElapsed()) / 1e6);
            markers[condition] += service->clusters()->count();
        }
        sinceSwap.start();
        placeCamera(map, frames[condition]++);
    }, Qt::QueuedConnection);

    auto runFor = [&](int milliseconds) {
        QEventLoop loop;
        QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
        window->update();
        loop.exec();
    };
    const QList<ActorRecord> none;
    auto useCondition = [&](int c) {
        condition = c;
        measuring = false;
        service->replaceActors(c == 0 ? none : synthetic);
        runFor(300); // the new markers are made and drawn once: not what a pan costs
        measuring = true;
    };

    // Alternating one-second stretches, so both conditions see the same machine load.
    const int stretches = std::max(1, int(std::round(seconds)));
    for (int s = 0; s < stretches; ++s) {
        for (int c : {0, 1}) {
            useCondition(c);
            runFor(1000 * int(seconds) / stretches);
        }
    }
    measuring = false;

    const double p99None = percentile(times[0], 0.99);
    const double p99Actors = percentile(times[1], 0.99);
    std::printf("{\"actors\":%d, \"markers_avg\":%.0f, \"frames_none\":%zu, \"frames_actors\":%zu, \"p50_ms_none\":%.2f, "
                "\"p99_ms_none\":%.2f, \"p50_ms_actors\":%.2f, \"p99_ms_actors\":%.2f, \"p99_ratio\":%.3f}\n",
                actorCount, times[1].empty() ? 0.0 : markers[1] / double(times[1].size()), times[0].size(),
                times[1].size(), percentile(times[0], 0.5), p99None,
                percentile(times[1], 0.5), p99Actors, p99None > 0 ? p99Actors / p99None : 0.0);
    return 0;
}
