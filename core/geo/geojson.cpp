// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geojson.h"

#include "base/logging.h"

#include <QDataStream>
#include <QtEndian>
#include <QFile>
#include <QGeoRectangle>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

QList<QGeoCoordinate> ring(const QJsonArray &points)
{
    QList<QGeoCoordinate> out;
    out.reserve(points.size());
    for (const auto &p : points) {
        const QJsonArray xy = p.toArray();
        if (xy.size() >= 2) {
            out.append(QGeoCoordinate(xy.at(1).toDouble(), xy.at(0).toDouble()));
        }
    }
    if (out.size() > 1 && out.first() == out.last()) {
        out.removeLast(); // QGeoPolygon closes rings itself
    }
    return out;
}

QGeoPolygon polygon(const QJsonArray &rings)
{
    QGeoPolygon poly;
    for (qsizetype i = 0; i < rings.size(); ++i) {
        const auto points = ring(rings.at(i).toArray());
        if (i == 0) {
            poly.setPerimeter(points);
        } else {
            poly.addHole(QVariant::fromValue(points));
        }
    }
    return poly;
}

double area(const QGeoPolygon &p)
{
    const auto pts = p.perimeter();
    double a = 0;
    for (qsizetype i = 0, n = pts.size(); i < n; ++i) {
        const auto &u = pts.at(i);
        const auto &v = pts.at((i + 1) % n);
        a += u.longitude() * v.latitude() - v.longitude() * u.latitude();
    }
    return std::abs(a / 2);
}

// Squared distance from (x, y) to the segment (ax, ay)-(bx, by).
double segmentDistance2(double x, double y, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax;
    const double dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = ax + t * dx - x;
    const double ey = ay + t * dy - y;
    return ex * ex + ey * ey;
}

// A point for the label: the pole of inaccessibility (the inside point farthest from the outline,
// as in Mapbox's polylabel), found by a grid search refined around the best cell. Labels are
// wide, so horizontal room counts half: a long thin département gets its label where it is
// widest, not in its middle. Computed once, when the basemap is packed at build time.
QGeoCoordinate labelPoint(const QGeoPolygon &p)
{
    const QGeoRectangle box = p.boundingGeoRectangle();
    const QList<QGeoCoordinate> pts = p.perimeter();
    if (pts.size() < 3) {
        return box.center();
    }
    // Local plane: x in degrees of latitude at the box's latitude, halved for the label's width.
    const double kx = std::cos(box.center().latitude() * M_PI / 180.0) / 2;
    const auto clearance = [&](double lat, double lon) {
        double best = std::numeric_limits<double>::max();
        for (qsizetype i = 0, n = pts.size(); i < n; ++i) {
            const QGeoCoordinate &a = pts.at(i);
            const QGeoCoordinate &b = pts.at((i + 1) % n);
            best = std::min(best, segmentDistance2(lon * kx, lat, a.longitude() * kx, a.latitude(),
                                                   b.longitude() * kx, b.latitude()));
        }
        return best;
    };
    QGeoCoordinate best = box.center();
    double bestClearance = p.contains(best) ? clearance(best.latitude(), best.longitude()) : -1;
    double south = box.bottomLeft().latitude();
    double west = box.bottomLeft().longitude();
    double height = box.height();
    double width = box.width();
    constexpr int Steps = 24;
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i <= Steps; ++i) {
            for (int j = 0; j <= Steps; ++j) {
                const QGeoCoordinate c(south + height * i / Steps, west + width * j / Steps);
                if (!p.contains(c)) {
                    continue;
                }
                const double d = clearance(c.latitude(), c.longitude());
                if (d > bestClearance) {
                    bestClearance = d;
                    best = c;
                }
            }
        }
        // Refine: a window of four cells around the best point.
        height = 4 * height / Steps;
        width = 4 * width / Steps;
        south = best.latitude() - height / 2;
        west = best.longitude() - width / 2;
    }
    return best;
}

} // namespace

QList<GeoFeature> GeoJson::parse(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull() || doc.object().value("type"_L1).toString() != "FeatureCollection"_L1) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : u"not a FeatureCollection"_s;
        }
        return {};
    }
    QList<GeoFeature> features;
    const QJsonArray items = doc.object().value("features"_L1).toArray();
    for (const auto &item : items) {
        const QJsonObject f = item.toObject();
        const QJsonObject props = f.value("properties"_L1).toObject();
        const QJsonObject geometry = f.value("geometry"_L1).toObject();
        const QString type = geometry.value("type"_L1).toString();
        const QJsonArray coordinates = geometry.value("coordinates"_L1).toArray();
        GeoFeature feature;
        feature.code = props.value("code"_L1).toString(props.value("iso2"_L1).toString());
        feature.name = props.value("nom"_L1).toString(props.value("name_fr"_L1).toString());
        feature.kind = props.value("kind"_L1).toString();
        if (type == "Polygon"_L1) {
            feature.polygons.append(polygon(coordinates));
        } else if (type == "MultiPolygon"_L1) {
            for (const auto &rings : coordinates) {
                feature.polygons.append(polygon(rings.toArray()));
            }
        }
        if (feature.polygons.isEmpty()) {
            continue;
        }
        const auto largest = std::max_element(feature.polygons.cbegin(), feature.polygons.cend(),
                                              [](const auto &a, const auto &b) { return area(a) < area(b); });
        feature.labelPoint = labelPoint(*largest);
        feature.labelPolygon = std::distance(feature.polygons.cbegin(), largest);
        features.append(std::move(feature));
    }
    return features;
}

namespace {
constexpr quint32 PackMagic = 0x4c47454f; // "LGEO"
constexpr quint16 PackVersion = 2;

// Rings are stored as a count and a raw block of little-endian doubles (lat, lon): one read each.
void writeRing(QDataStream &out, const QList<QGeoCoordinate> &ring)
{
    out << quint32(ring.size());
    QList<double> values;
    values.reserve(ring.size() * 2);
    for (const auto &c : ring) {
        values << qToLittleEndian(c.latitude()) << qToLittleEndian(c.longitude());
    }
    out.writeRawData(reinterpret_cast<const char *>(values.constData()), int(values.size() * sizeof(double)));
}

QList<QGeoCoordinate> readRing(QDataStream &in)
{
    quint32 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || n > 10'000'000) {
        in.setStatus(QDataStream::ReadCorruptData);
        return {};
    }
    QList<double> values(qsizetype(n) * 2);
    const int bytes = int(values.size() * sizeof(double));
    if (in.readRawData(reinterpret_cast<char *>(values.data()), bytes) != bytes) {
        in.setStatus(QDataStream::ReadPastEnd);
        return {};
    }
    QList<QGeoCoordinate> ring;
    ring.reserve(n);
    for (qsizetype i = 0; i < values.size(); i += 2) {
        ring.append(QGeoCoordinate(qFromLittleEndian(values.at(i)), qFromLittleEndian(values.at(i + 1))));
    }
    return ring;
}
} // namespace

QByteArray GeoJson::pack(const QList<GeoFeature> &features)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_5);
    out << PackMagic << PackVersion << quint32(features.size());
    for (const auto &f : features) {
        out << f.code << f.name << f.kind << f.labelPoint.latitude() << f.labelPoint.longitude()
            << qint64(f.labelPolygon);
        out << quint32(f.polygons.size());
        for (const auto &p : f.polygons) {
            writeRing(out, p.perimeter());
            out << quint32(p.holesCount());
            for (qsizetype h = 0; h < p.holesCount(); ++h) {
                writeRing(out, p.holePath(h));
            }
        }
    }
    return data;
}

QList<GeoFeature> GeoJson::unpack(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_5);
    quint32 magic = 0;
    quint16 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    if (magic != PackMagic || version != PackVersion) {
        return {};
    }
    QList<GeoFeature> features;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        GeoFeature f;
        double lat = 0;
        double lon = 0;
        quint32 polygons = 0;
        qint64 labelPolygon = 0;
        in >> f.code >> f.name >> f.kind >> lat >> lon >> labelPolygon >> polygons;
        f.labelPolygon = labelPolygon;
        f.labelPoint = QGeoCoordinate(lat, lon);
        for (quint32 p = 0; p < polygons && in.status() == QDataStream::Ok; ++p) {
            QGeoPolygon polygon(readRing(in));
            quint32 holes = 0;
            in >> holes;
            for (quint32 h = 0; h < holes && in.status() == QDataStream::Ok; ++h) {
                polygon.addHole(readRing(in));
            }
            f.polygons.append(polygon);
        }
        features.append(std::move(f));
    }
    return in.status() == QDataStream::Ok ? features : QList<GeoFeature>{};
}

QList<GeoFeature> GeoJson::layer(const QString &name)
{
    // Parsed once per process: several views share the same basemap.
    static QMutex mutex;
    static QHash<QString, QList<GeoFeature>> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(name); it != cache.cend()) {
        return *it;
    }
    if (QFile packed(u":/lianes/geo/"_s + name + u".geobin"_s); packed.open(QIODevice::ReadOnly)) {
        auto features = unpack(packed.readAll());
        if (!features.isEmpty()) {
            cache.insert(name, features);
            return features;
        }
        qCWarning(LOG_GEO) << "bad packed basemap layer" << name << ": reading the GeoJSON";
    }
    QFile file(u":/lianes/geo/"_s + name + u".geojson"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(LOG_GEO) << "unknown basemap layer" << name;
        return {};
    }
    QString error;
    auto features = parse(file.readAll(), &error);
    if (!error.isEmpty()) {
        qCWarning(LOG_GEO) << "bad basemap layer" << name << error;
    }
    cache.insert(name, features);
    return features;
}
