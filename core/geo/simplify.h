// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geojson.h"

#include <QGeoCoordinate>
#include <QList>

namespace Lianes {

/** Lighter outlines for the zooms where a vertex is a fraction of a pixel (Douglas–Peucker). */
namespace Simplify {
/** @p ring (as QGeoPolygon keeps it: its closing edge implied) without the vertices that lie
 *  within @p tolerance of the outline kept, in degrees of latitude (longitudes are scaled by the
 *  cosine of the ring's latitude, so the tolerance is a distance). Its first and last points are
 *  kept, and always more than a triangle's worth; a ring of 4 points or fewer is returned as is. */
[[nodiscard]] QList<QGeoCoordinate> ring(const QList<QGeoCoordinate> &ring, double tolerance);
/** Every ring of every polygon of @p features simplified with @p tolerance. Codes, names and
 *  label points are kept. */
[[nodiscard]] QList<GeoFeature> features(const QList<GeoFeature> &features, double tolerance);
}

} // namespace Lianes
