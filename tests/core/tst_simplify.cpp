// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geojson.h"
#include "geo/simplify.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
using Ring = QList<QGeoCoordinate>;

Ring lonLat(std::initializer_list<std::pair<double, double>> lonLat)
{
    Ring r;
    for (const auto &[lon, lat] : lonLat) {
        r.append(QGeoCoordinate(lat, lon));
    }
    return r;
}

// Distance (degrees of latitude, longitudes scaled as Simplify does) from p to the segment a–b.
double distance(const QGeoCoordinate &p, const QGeoCoordinate &a, const QGeoCoordinate &b, double scale)
{
    const double px = p.longitude() * scale, py = p.latitude();
    const double ax = a.longitude() * scale, ay = a.latitude();
    const double dx = b.longitude() * scale - ax, dy = b.latitude() - ay;
    const double l2 = dx * dx + dy * dy;
    const double t = l2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / l2, 0.0, 1.0) : 0;
    return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// The largest distance from a vertex of @p original to the kept outline between the kept
// vertices around it; -1 when @p kept is not a subsequence of @p original keeping its ends.
double worstDeviation(const Ring &original, const Ring &kept)
{
    if (kept.isEmpty() || kept.first() != original.first() || kept.last() != original.last()) {
        return -1;
    }
    double latitude = 0;
    for (const auto &c : original) {
        latitude += c.latitude();
    }
    const double scale = std::cos(latitude / double(original.size()) * std::numbers::pi / 180);
    double worst = 0;
    qsizetype k = 0; // kept[k] is the last kept vertex met
    for (qsizetype i = 1; i < original.size(); ++i) {
        if (k + 1 < kept.size() && original[i] == kept[k + 1]) {
            ++k;
            continue;
        }
        if (k + 1 >= kept.size()) {
            return -1;
        }
        worst = std::max(worst, distance(original[i], kept[k], kept[k + 1], scale));
    }
    return k == kept.size() - 1 ? worst : -1;
}
} // namespace

/** Outlines for low zooms: lighter, and never further from the true border than the tolerance. */
class TestSimplify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ring_data()
    {
        QTest::addColumn<Ring>("input");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<Ring>("expected");
        const Ring square = lonLat({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
        QTest::newRow("points on the square's sides go")
            << lonLat({{0, 0}, {0.5, 0}, {1, 0}, {1, 0.5}, {1, 1}, {0.5, 1}, {0, 1}, {0, 0.5}}) << 0.01
            << lonLat({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0.5}}); // the last point always stays
        QTest::newRow("a dent under the tolerance goes")
            << lonLat({{0, 0}, {0.5, 0.005}, {1, 0}, {1, 1}, {0, 1}, {0, 0.5}}) << 0.01
            << lonLat({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0.5}});
        QTest::newRow("a dent over the tolerance stays")
            << lonLat({{0, 0}, {0.5, 0.2}, {1, 0}, {1, 1}, {0, 1}, {0, 0.5}}) << 0.01
            << lonLat({{0, 0}, {0.5, 0.2}, {1, 0}, {1, 1}, {0, 1}, {0, 0.5}});
        QTest::newRow("four points are left alone") << square << 10.0 << square;
        QTest::newRow("no tolerance, no change")
            << lonLat({{0, 0}, {0.5, 0}, {1, 0}, {1, 1}, {0, 1}}) << 0.0 << lonLat({{0, 0}, {0.5, 0}, {1, 0}, {1, 1}, {0, 1}});
        QTest::newRow("a sliver keeps more than a triangle")
            << lonLat({{0, 0}, {1, 0.001}, {2, 0}, {3, 0.001}, {4, 0}, {2, 0.002}}) << 1.0
            << lonLat({{0, 0}, {1, 0.001}, {4, 0}, {2, 0.002}});
    }
    void ring()
    {
        QFETCH(Ring, input);
        QFETCH(double, tolerance);
        QFETCH(Ring, expected);
        const Ring kept = Simplify::ring(input, tolerance);
        QCOMPARE(kept, expected);
        QVERIFY(kept.size() >= std::min<qsizetype>(4, input.size()));
        QVERIFY(worstDeviation(input, kept) >= 0);
        QVERIFY(worstDeviation(input, kept) <= tolerance + 1e-12);
    }

    // The low-zoom basemap (packed at build time with 0.0015 degree): the same features, a third
    // of the vertices or fewer, and no border vertex further than 170 m from the drawn outline.
    void lowZoomLayersStayWithinTheirTolerance_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<double>("fewer"); // at least this many times fewer vertices
        QTest::newRow("departements") << u"departements"_s << 3.0;
        QTest::newRow("region") << u"region"_s << 3.0;
        QTest::newRow("neighbours") << u"neighbours"_s << 2.0;
    }
    void lowZoomLayersStayWithinTheirTolerance()
    {
        QFETCH(QString, layer);
        QFETCH(double, fewer);
        const auto full = GeoJson::layer(layer);
        const auto low = GeoJson::layer(layer + u"-low"_s);
        QCOMPARE(low.size(), full.size());
        qsizetype fullVertices = 0;
        qsizetype lowVertices = 0;
        for (qsizetype f = 0; f < full.size(); ++f) {
            QCOMPARE(low[f].code, full[f].code);
            QCOMPARE(low[f].name, full[f].name);
            QCOMPARE(low[f].labelPoint, full[f].labelPoint);
            QCOMPARE(low[f].polygons.size(), full[f].polygons.size());
            for (qsizetype p = 0; p < full[f].polygons.size(); ++p) {
                const Ring original = full[f].polygons[p].perimeter();
                const Ring kept = low[f].polygons[p].perimeter();
                fullVertices += original.size();
                lowVertices += kept.size();
                const double worst = worstDeviation(original, kept);
                QVERIFY2(worst >= 0, qPrintable(full[f].name));
                QVERIFY2(worst <= 0.0015 + 1e-12, qPrintable(full[f].name));
                QCOMPARE(low[f].polygons[p].holesCount(), full[f].polygons[p].holesCount());
            }
        }
        QVERIFY2(double(fullVertices) / double(lowVertices) >= fewer,
                 qPrintable(u"%1 -> %2 vertices"_s.arg(fullVertices).arg(lowVertices)));
    }
};

QTEST_GUILESS_MAIN(TestSimplify)
#include "tst_simplify.moc"
