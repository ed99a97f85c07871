// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geojson.h"

#include <QFile>
#include <QTest>

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
