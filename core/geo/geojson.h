// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QList>
#include <QString>

namespace Lianes {

/** One feature of a bundled GeoJSON file: its code and name and its polygons (holes kept). */
struct GeoFeature {
    QString code;
    QString name;
    QString kind;
    QList<QGeoPolygon> polygons;
    QGeoCoordinate labelPoint; ///< inside the largest polygon, for its label
    qsizetype labelPolygon = 0; ///< index of that polygon
};

/** Reads the bundled GeoJSON files (RFC 7946 FeatureCollections of Polygon/MultiPolygon). */
namespace GeoJson {
/** Parses @p data; features without a polygon are skipped. @p error is set on malformed input. */
[[nodiscard]] QList<GeoFeature> parse(const QByteArray &data, QString *error = nullptr);
/** Loads one of the bundled layers: "departements", "region", "neighbours", "world" (and "-light";
 *  and "-low" for the first three: simplified for zooms below 9, packed only), from its packed form (built from the GeoJSON at build time), else from the GeoJSON itself. */
[[nodiscard]] QList<GeoFeature> layer(const QString &name);
/** Compact binary form of parsed features: loading it costs a copy, not a JSON parse. */
[[nodiscard]] QByteArray pack(const QList<GeoFeature> &features);
/** Reads pack()'s output; empty on a bad or foreign-version blob. */
[[nodiscard]] QList<GeoFeature> unpack(const QByteArray &data);
}

} // namespace Lianes
