// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustermodel.h"

#include "map/mapcatalog.h"

#include <QLocale>

#include <algorithm>
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
    Q_EMIT countChanged();
    Q_EMIT rebuilt();
}

void ClusterModel::setViewport(double west, double south, double east, double north, double zoom)
{
    // A margin of a quarter of the view on each side: items just off screen already exist when
    // the map moves a little.
    const double dx = (east - west) / 4;
    const double dy = (north - south) / 4;
    m_west = west - dx;
    m_east = east + dx;
    m_south = std::max(-85.0, south - dy);
    m_north = std::min(85.0, north + dy);
    m_zoom = zoom;
    update();
}

// Moves the rows to what the viewport shows: rows that stay keep their delegates.
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
    kept.reserve(m_rows.size());
    // Remove, from the end, runs of rows that left the view.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (wanted.count(m_rows[std::size_t(row)].id)) {
            kept.insert(m_rows[std::size_t(row)].id);
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.count(m_rows[std::size_t(first - 1)].id)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    std::vector<ClusterIndex::Item> added;
    for (const auto &item : m_scratch) {
        if (!kept.count(item.id)) {
            added.push_back(item);
        }
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        endInsertRows();
    }
    if (!added.empty() || m_rows.size() != kept.size()) {
        Q_EMIT countChanged();
    }
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
                  {FamilyRole, "family"}});
    return names;
}
