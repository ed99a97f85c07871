// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustermodel.h"

#include "mapcatalog.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <unordered_set>

using namespace Lianes;
using namespace Qt::StringLiterals;

ClusterModel::ClusterModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ClusterModel::rebuild(const MapCatalog *catalog, std::vector<int> actorIndices, double pixelRadius)
{
    ClusterIndex::Options options;
    options.radius = pixelRadius;
    options.extent = 256; // Qt Location's tiles: zoom z shows the world 256 * 2^z pixels wide
    options.maxZoom = 16;
    std::vector<ClusterIndex::LonLat> points;
    points.reserve(actorIndices.size());
    for (int i : actorIndices) {
        const ActorRecord &a = catalog->actors().at(i);
        points.push_back({*a.lon, *a.lat});
    }
    beginResetModel();
    m_catalog = catalog;
    m_actorOfPoint = std::move(actorIndices);
    m_index = ClusterIndex(options);
    m_index.load(points);
    m_rows.clear();
    if (m_zoom >= 0) {
        m_index.clusters(m_west, m_south, m_east, m_north, m_zoom, m_rows);
    }
    endResetModel();
    ++m_revision;
    Q_EMIT countChanged();
    Q_EMIT rebuilt();
    Q_EMIT markersChanged();
}

void ClusterModel::setViewport(double west, double south, double east, double north, double zoom)
{
    // A margin of a tenth of the view on each side: markers near the edges already exist when the
    // map moves a little (the viewport follows within the same frame); more would only be drawn
    // for nothing.
    const double dx = (east - west) / 10;
    const double dy = (north - south) / 10;
    m_west = west - dx;
    m_east = east + dx;
    m_south = std::max(-85.0, south - dy);
    m_north = std::min(85.0, north + dy);
    m_zoom = zoom;
    update();
}

// Moves the rows to what the viewport shows. Rows whose item stays keep their delegate; rows whose
// item left take a new item in place (the delegate is reused, only its values change); only the
// difference in number is inserted or removed. Crossing a zoom level replaces every cluster, and
// making hundreds of delegates at that frame would show as a stutter.
void ClusterModel::update()
{
    m_scratch.clear();
    m_index.clusters(m_west, m_south, m_east, m_north, m_zoom, m_scratch);
    std::unordered_set<std::int32_t> wanted;
    wanted.reserve(m_scratch.size());
    for (const auto &item : m_scratch) {
        wanted.insert(item.id);
    }
    std::unordered_set<std::int32_t> kept;
    std::vector<int> freeRows;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (wanted.count(m_rows[std::size_t(row)].id)) {
            kept.insert(m_rows[std::size_t(row)].id);
        } else {
            freeRows.push_back(row);
        }
    }
    std::size_t reused = 0;
    std::vector<ClusterIndex::Item> added;
    for (const auto &item : m_scratch) {
        if (kept.count(item.id)) {
            continue;
        }
        if (reused < freeRows.size()) {
            const int row = freeRows[reused++];
            m_rows[std::size_t(row)] = item;
            Q_EMIT dataChanged(index(row), index(row));
        } else {
            added.push_back(item);
        }
    }
    // Rows left over: removed from the end, in runs.
    for (std::size_t i = freeRows.size(); i > reused;) {
        const int last = freeRows[--i];
        int first = last;
        while (i > reused && freeRows[i - 1] == first - 1) {
            first = freeRows[--i];
        }
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        endInsertRows();
    }
    if (!added.empty() || freeRows.size() != reused) {
        Q_EMIT countChanged();
    }
    // Panning moves labels and markers together: covers() changes with the markers or the zoom.
    if (reused > 0 || !added.empty() || freeRows.size() != reused || m_zoom != m_zoomOfRevision) {
        m_zoomOfRevision = m_zoom;
        ++m_revision;
        Q_EMIT markersChanged();
    }
}

double ClusterModel::markerDiameter(int count)
{
    return count > 1 ? 30 + 9 * std::log10(double(count)) : 20;
}

bool ClusterModel::covers(const QGeoCoordinate &point, double dx, double dy, double width, double height,
                          double scale) const
{
    if (m_zoom < 0 || !point.isValid()) {
        return false;
    }
    // Pixels on the map at the viewport's zoom: the world is 256 * 2^zoom pixels wide.
    const double worldPx = 256 * std::exp2(m_zoom);
    const double left = ClusterIndex::lngX(point.longitude()) * worldPx + dx;
    const double top = ClusterIndex::latY(point.latitude()) * worldPx + dy;
    for (const auto &item : m_rows) {
        const double cx = ClusterIndex::lngX(item.lon) * worldPx;
        const double cy = ClusterIndex::latY(item.lat) * worldPx;
        const double r = markerDiameter(item.count) * scale / 2;
        // The box's point nearest to the disc's centre.
        const double nx = std::clamp(cx, left, left + width);
        const double ny = std::clamp(cy, top, top + height);
        if ((nx - cx) * (nx - cx) + (ny - cy) * (ny - cy) < r * r) {
            return true;
        }
    }
    return false;
}

QGeoRectangle ClusterModel::extent(qint64 key) const
{
    const auto ids = actorIds(key);
    QGeoRectangle box;
    for (qint64 id : ids) {
        const ActorRecord &a = m_catalog->actors().at(m_catalog->actorIndex(id));
        const QGeoCoordinate c(*a.lat, *a.lon);
        if (!box.isValid()) {
            box = QGeoRectangle(c, c);
        } else {
            box.extendRectangle(c);
        }
    }
    return box;
}

QList<qint64> ClusterModel::actorIds(qint64 key) const
{
    QList<qint64> ids;
    if (!m_catalog || key < 0 || key > std::numeric_limits<std::int32_t>::max()) {
        return ids;
    }
    const auto id = std::int32_t(key);
    std::vector<std::int32_t> points;
    if (m_index.isClusterId(id)) {
        m_index.leaves(id, points);
    } else if (std::size_t(id) < m_actorOfPoint.size()) {
        points.push_back(id);
    }
    for (std::int32_t p : points) {
        ids.append(m_catalog->actors().at(actorOfPoint(p)).id);
    }
    return ids;
}

int ClusterModel::expansionZoom(qint64 key) const
{
    return m_index.isClusterId(std::int32_t(key)) ? m_index.expansionZoom(std::int32_t(key))
                                                   : m_index.options().maxZoom + 1;
}

int ClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ClusterIndex::Item &item = m_rows.at(std::size_t(index.row()));
    const ActorRecord *actor = item.isCluster() ? nullptr : &m_catalog->actors().at(actorOfPoint(item.id));
    switch (role) {
    case KeyRole:
        return qint64(item.id);
    case CoordinateRole:
        return QVariant::fromValue(QGeoCoordinate(item.lat, item.lon));
    case CountRole:
        return item.count;
    case CountLabelRole:
        return item.count >= 1000 ? QLocale().toString(item.count / 1000.0, 'f', item.count >= 10000 ? 0 : 1)
                + u"\u202fk"_s
                                  : QLocale().toString(item.count);
    case IsClusterRole:
        return item.isCluster();
    case ActorIdRole:
        return actor ? actor->id : qint64(0);
    case Qt::DisplayRole:
    case NameRole:
        return actor ? actor->name : tr("%1 acteurs").arg(item.count);
    case FamilyRole:
        return actor ? actor->family : -1;
    case DiameterRole:
        return markerDiameter(item.count);
    }
    return {};
}

QHash<int, QByteArray> ClusterModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "key"},
                  {CoordinateRole, "location"},
                  {CountRole, "count"},
                  {CountLabelRole, "countLabel"},
                  {IsClusterRole, "isCluster"},
                  {ActorIdRole, "actorId"},
                  {NameRole, "name"},
                  {FamilyRole, "family"},
                  {DiameterRole, "diameter"}});
    return names;
}
