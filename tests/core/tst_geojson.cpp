// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geojson.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
QList<GeoFeature> parsed(const QString &layer)
{
    QFile f(u":/lianes/geo/"_s + layer + u".geojson"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return GeoJson::parse(f.readAll());
}

void compareFeatures(const QList<GeoFeature> &a, const QList<GeoFeature> &b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].code, b[i].code);
        QCOMPARE(a[i].name, b[i].name);
        QCOMPARE(a[i].kind, b[i].kind);
        QCOMPARE(a[i].labelPoint, b[i].labelPoint);
        QCOMPARE(a[i].labelPolygon, b[i].labelPolygon);
        QCOMPARE(a[i].polygons.size(), b[i].polygons.size());
        for (qsizetype p = 0; p < a[i].polygons.size(); ++p) {
            QCOMPARE(a[i].polygons[p].perimeter(), b[i].polygons[p].perimeter());
            QCOMPARE(a[i].polygons[p].holesCount(), b[i].polygons[p].holesCount());
        }
    }
}
}

/** The bundled basemap: parsed from GeoJSON, packed at build time, loaded identical. */
class TestGeoJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Where a département's name goes: inside, in its widest part, never on a thin arm.
    void labelSitsInTheWidestPart_data()
    {
        QTest::addColumn<QString>("ring");
        QTest::addColumn<QRectF>("expected"); // x = longitude, y = latitude
        // An L: the bounding box centre (1, 1) lies in the notch, outside the shape.
        QTest::newRow("L shape") << u"[[0,0],[2,0],[2,0.6],[0.6,0.6],[0.6,2],[0,2],[0,0]]"_s
                                 << QRectF(0, 0, 0.6, 0.6);
        // A square with a long thin arm: the label stays in the square.
        QTest::newRow("square with an arm") << u"[[0,0],[1,0],[1,0.45],[4,0.45],[4,0.55],[1,0.55],[1,1],[0,1],[0,0]]"_s
                                            << QRectF(0.2, 0.2, 0.6, 0.6);
        // A C with a broad spine: the centre is in the opening, the label goes on the spine.
        QTest::newRow("C shape") << u"[[0,0],[3,0],[3,0.5],[1.5,0.5],[1.5,2.5],[3,2.5],[3,3],[0,3],[0,0]]"_s
                                 << QRectF(0, 0, 1.5, 3.0);
    }
    void labelSitsInTheWidestPart()
    {
        QFETCH(QString, ring);
        QFETCH(QRectF, expected);
        const QByteArray json = R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                                R"("properties":{"code":"T","nom":"Test"},)"
                                R"("geometry":{"type":"Polygon","coordinates":[)" + ring.toUtf8() + "]}}]}";
        QString error;
        const auto features = GeoJson::parse(json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(features.size(), 1);
        const QGeoCoordinate label = features.first().labelPoint;
        QVERIFY(features.first().polygons.first().contains(label));
        const QPointF at(label.longitude(), label.latitude());
        QVERIFY2(expected.contains(at), qPrintable(u"label at %1, %2"_s.arg(at.x()).arg(at.y())));
    }

    void departementLabelsDoNotCrowdEachOther()
    {
        // Nord is a long diagonal strip beside Pas-de-Calais: their names must not share a line.
        // At the home view a label spans about 0.09 degrees of longitude per character and 0.15
        // of latitude: two labels closer than that on both axes overlap.
        const auto deps = GeoJson::layer(u"departements"_s);
        QCOMPARE(deps.size(), 5);
        for (const GeoFeature &f : deps) {
            QVERIFY2(f.polygons.at(f.labelPolygon).contains(f.labelPoint), qPrintable(f.name));
            for (const GeoFeature &g : deps) {
                if (f.code < g.code) {
                    const double dLat = std::abs(f.labelPoint.latitude() - g.labelPoint.latitude());
                    const double dLon = std::abs(f.labelPoint.longitude() - g.labelPoint.longitude());
                    const double halfWidths = 0.045 * (f.code.size() + 1 + f.name.size() + g.code.size() + 1 + g.name.size());
                    QVERIFY2(dLat > 0.15 || dLon > halfWidths,
                             qPrintable(u"%1 and %2: %3 and %4 degrees apart"_s.arg(f.name, g.name).arg(dLat).arg(dLon)));
                }
            }
        }
    }

    void packedLayerEqualsTheGeoJson_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("features");
        QTest::newRow("departements") << u"departements"_s << 5;
        QTest::newRow("region") << u"region"_s << 1;
        QTest::newRow("neighbours") << u"neighbours"_s << 9;
        QTest::newRow("world") << u"world"_s << 175;
    }
    void packedLayerEqualsTheGeoJson()
    {
        QFETCH(QString, layer);
        QFETCH(int, features);
        const auto fromJson = parsed(layer);
        QCOMPARE(fromJson.size(), features);
        QVERIFY2(QFile::exists(u":/lianes/geo/"_s + layer + u".geobin"_s), "packed at build time");
        compareFeatures(GeoJson::layer(layer), fromJson);
        compareFeatures(GeoJson::unpack(GeoJson::pack(fromJson)), fromJson);
    }

    void enclavesAreKept()
    {
        // Nord has an exclave inside Pas-de-Calais; Oise has three small ones inside Aisne.
        const auto deps = GeoJson::layer(u"departements"_s);
        for (const auto &d : deps) {
            if (d.code == "59"_L1 || d.code == "60"_L1) {
                QVERIFY2(d.polygons.size() > 1, qPrintable(d.name));
            }
        }
    }

    void malformedInputIsReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{oops");
        QTest::newRow("not a collection") << QByteArray(R"({"type":"Feature"})");
    }
    void malformedInputIsReported()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(GeoJson::parse(json, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void truncatedPackIsRejected()
    {
        const QByteArray packed = GeoJson::pack(parsed(u"region"_s));
        QVERIFY(GeoJson::unpack(packed.left(packed.size() / 2)).isEmpty());
        QVERIFY(GeoJson::unpack(QByteArray("garbage")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeoJson)
#include "tst_geojson.moc"
