// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: parses a bundled GeoJSON layer once and writes its packed form, so the app
// starts without parsing JSON (see GeoJson::pack()).
#include "geo/geojson.h"
#include "geo/simplify.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    // --simplify TOLERANCE (degrees): the outline for low zooms (GeoJson::layer("NAME-low")).
    const bool simplify = args.size() == 5 && args.at(3) == QLatin1StringView("--simplify");
    if (args.size() != 3 && !simplify) {
        std::fprintf(stderr, "usage: lianes-geopack IN.geojson OUT.geobin [--simplify TOLERANCE]\n");
        return 64;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "lianes-geopack: cannot read %s\n", qPrintable(args.at(1)));
        return 66;
    }
    QString error;
    auto features = Lianes::GeoJson::parse(in.readAll(), &error);
    if (features.isEmpty()) {
        std::fprintf(stderr, "lianes-geopack: %s: %s\n", qPrintable(args.at(1)), qPrintable(error));
        return 65;
    }
    if (simplify) {
        features = Lianes::Simplify::features(features, args.at(4).toDouble());
    }
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(Lianes::GeoJson::pack(features)) < 0) {
        std::fprintf(stderr, "lianes-geopack: cannot write %s\n", qPrintable(args.at(2)));
        return 73;
    }
    return 0;
}
