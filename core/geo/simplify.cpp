// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simplify.h"

#include <QGeoPolygon>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Lianes;

namespace {

struct Point {
    double x;
    double y;
};

// Distance from p to the segment a–b, in the units of the points.
double segmentDistance(Point p, Point a, Point b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

// Marks the vertices to keep between first and last (both kept), iteratively: no recursion depth
// to grow with a long outline.
void douglasPeucker(const QList<Point> &points, qsizetype first, qsizetype last, double tolerance,
                    QList<bool> &keep)
{
    QList<std::pair<qsizetype, qsizetype>> spans{{first, last}};
    while (!spans.isEmpty()) {
        const auto [from, to] = spans.takeLast();
        double farthest = 0;
        qsizetype index = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const double d = segmentDistance(points[i], points[from], points[to]);
            if (d > farthest) {
                farthest = d;
                index = i;
            }
        }
        if (index >= 0 && farthest > tolerance) {
            keep[index] = true;
            spans.append({from, index});
            spans.append({index, to});
        }
    }
}

} // namespace

QList<QGeoCoordinate> Simplify::ring(const QList<QGeoCoordinate> &ring, double tolerance)
{
    const qsizetype n = ring.size();
    if (n < 5 || tolerance <= 0) {
        return ring;
    }
    double latitude = 0;
    for (const auto &c : ring) {
        latitude += c.latitude();
    }
    const double scale = std::cos(latitude / double(n) * std::numbers::pi / 180);
    QList<Point> points;
    points.reserve(n);
    for (const auto &c : ring) {
        points.append({c.longitude() * scale, c.latitude()});
    }
    // A ring has no natural ends: split it at its first point and the vertex farthest from it, and
    // simplify both halves (were its last point its first, a segment from a point to itself would
    // measure nothing).
    qsizetype opposite = 1;
    double farthest = -1;
    for (qsizetype i = 1; i < n - 1; ++i) {
        const double d = std::hypot(points[i].x - points[0].x, points[i].y - points[0].y);
        if (d > farthest) {
            farthest = d;
            opposite = i;
        }
    }
    QList<bool> keep(n, false);
    keep[0] = keep[opposite] = keep[n - 1] = true;
    douglasPeucker(points, 0, opposite, tolerance, keep);
    douglasPeucker(points, opposite, n - 1, tolerance, keep);
    // More than a triangle: the vertex farthest from the first–opposite line widens a sliver.
    if (std::count(keep.cbegin(), keep.cend(), true) < 4) {
        double widest = -1;
        qsizetype third = -1;
        for (qsizetype i = 1; i < n - 1; ++i) {
            if (keep[i]) {
                continue;
            }
            const double d = segmentDistance(points[i], points[0], points[opposite]);
            if (d > widest) {
                widest = d;
                third = i;
            }
        }
        if (third > 0) {
            keep[third] = true;
        }
    }
    QList<QGeoCoordinate> kept;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[i]) {
            kept.append(ring[i]);
        }
    }
    return kept;
}

QList<GeoFeature> Simplify::features(const QList<GeoFeature> &features, double tolerance)
{
    QList<GeoFeature> result = features;
    for (GeoFeature &feature : result) {
        for (QGeoPolygon &polygon : feature.polygons) {
            QGeoPolygon simple(ring(polygon.perimeter(), tolerance));
            for (qsizetype h = 0; h < polygon.holesCount(); ++h) {
                simple.addHole(ring(polygon.holePath(h), tolerance));
            }
            polygon = simple;
        }
    }
    return result;
}
