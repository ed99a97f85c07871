// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/clusterindex.h"

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QQmlEngine>

namespace Lianes {

class MapCatalog;

/** The markers of the visible part of the map: clusters with their counts and single actors,
 *  for the current viewport and zoom only (delegates exist only for what can be seen). Moving the
 *  map updates rows in place: items staying in view keep their row, rows of items that left are
 *  given to new ones, so delegates are reused; new filters rebuild the clusters. */
class ClusterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** Points of the filtered, located actors the clusters are built over. */
    Q_PROPERTY(int pointCount READ pointCount NOTIFY rebuilt)
    /** Changes whenever the markers shown change (moved map, new filters): what covers() answers. */
    Q_PROPERTY(int revision READ revision NOTIFY markersChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1, ///< cluster id, or point index: pass it back to extent()/actorIds()
        CoordinateRole,
        CountRole,
        CountLabelRole, ///< "12", "1,2 k"
        IsClusterRole,
        ActorIdRole, ///< single actor: its id; cluster: 0
        NameRole, ///< single actor: its name; cluster: "12 acteurs"
        FamilyRole, ///< single actor: colour family; cluster: -1
        DiameterRole, ///< the marker's disc in pixels at scale 1 (see markerDiameter())
    };
    Q_ENUM(Roles)

    /** Cluster radius in screen pixels at an integer zoom level (256-pixel tiles). */
    static constexpr double DefaultRadius = 44;

    explicit ClusterModel(QObject *parent = nullptr);

    /** Rebuilds the clusters over the located actors @p actorIndices (indices in @p catalog). */
    void rebuild(const MapCatalog *catalog, std::vector<int> actorIndices, double pixelRadius = DefaultRadius);
    /** The area and zoom level (Qt Location's, 256-pixel tiles) shown; rows follow it. */
    Q_INVOKABLE void setViewport(double west, double south, double east, double north, double zoom);

    /** Bounding box of a cluster's actors (a single actor: an empty box at its place). */
    Q_INVOKABLE QGeoRectangle extent(qint64 key) const;
    /** Ids of the actors a cluster holds (one for a single actor). */
    Q_INVOKABLE QList<qint64> actorIds(qint64 key) const;
    /** Zoom level at which a cluster splits; above the map's maximum for actors at one place. */
    Q_INVOKABLE int expansionZoom(qint64 key) const;
    /** A marker's disc in pixels at scale 1: a single actor's dot, or a cluster's growing with its count. */
    [[nodiscard]] static double markerDiameter(int count);
    /** Whether a marker shown now covers part of the box (@p dx, @p dy, @p width, @p height), in
     *  pixels relative to @p point, on the map at the viewport's zoom, markers drawn at @p scale
     *  (labels give way to the markers drawn over them). */
    Q_INVOKABLE bool covers(const QGeoCoordinate &point, double dx, double dy, double width, double height,
                            double scale) const;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int pointCount() const { return int(m_actorOfPoint.size()); }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] const ClusterIndex &clusterIndex() const { return m_index; }
    /** Index in the catalog of the actor behind point @p point. */
    [[nodiscard]] int actorOfPoint(std::int32_t point) const { return m_actorOfPoint.at(std::size_t(point)); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void rebuilt();
    void markersChanged();

private:
    void update();

    const MapCatalog *m_catalog = nullptr;
    ClusterIndex m_index;
    std::vector<int> m_actorOfPoint;
    std::vector<ClusterIndex::Item> m_rows;
    std::vector<ClusterIndex::Item> m_scratch;
    double m_west = 0, m_south = 0, m_east = 0, m_north = 0, m_zoom = -1;
    int m_revision = 0;
    double m_zoomOfRevision = -1;
};

} // namespace Lianes
