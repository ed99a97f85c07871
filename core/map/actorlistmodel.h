// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QQmlEngine>

#include <optional>

namespace Lianes {

class MapCatalog;

/** The list beside the map: the filtered actors in the visible area (or a cluster's actors, or
 *  all of them), sorted by distance from a reference point (map centre, a chosen commune, the
 *  visitor's position) or by name, with distances ready to show. */
class ActorListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool sortByDistance READ sortByDistance WRITE setSortByDistance NOTIFY sortChanged)
    /** What the list holds, ready to show ("Dans la zone visible", "Autour de Lille", ...). */
    Q_PROPERTY(QString scopeLabel READ scopeLabel NOTIFY countChanged)
    /** "1 acteur", "12 acteurs". */
    Q_PROPERTY(QString countLabel READ countLabel NOTIFY countChanged)

public:
    enum Roles {
        ActorIdRole = Qt::UserRole + 1,
        NameRole,
        TypeLabelRole,
        FamilyRole,
        PlaceRole, ///< "Lille (59)", or "Sans adresse"
        DistanceRole, ///< metres from the reference point, or -1
        DistanceLabelRole,
        MemberRole,
        CoordinateRole, ///< invalid when the actor has no place
    };
    Q_ENUM(Roles)

    explicit ActorListModel(QObject *parent = nullptr);

    /** The actors to choose from (indices in @p catalog): the filtered ones. */
    void setActors(const MapCatalog *catalog, QList<int> indices);
    /** Keeps only located actors inside the box; an invalid box keeps them all. */
    void setArea(double west, double south, double east, double north);
    void clearArea();
    /** Shows only these actors (a cluster's), until setArea() or clearArea(). */
    void setOnly(const QList<qint64> &actorIds);
    /** Distances are measured from here; @p label says what it is ("Autour de Lille"). */
    void setReference(const QGeoCoordinate &point, const QString &label);

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool sortByDistance() const { return m_byDistance; }
    void setSortByDistance(bool byDistance);
    [[nodiscard]] QString scopeLabel() const;
    [[nodiscard]] QString countLabel() const;
    /** Catalog index of the actor at @p row. */
    [[nodiscard]] int actorAt(int row) const { return m_rows.at(row).actor; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void sortChanged();

private:
    void refresh();
    struct Row {
        int actor;
        double distance;
    };
    struct Area {
        double west, south, east, north;
    };
    const MapCatalog *m_catalog = nullptr;
    QList<int> m_candidates;
    std::optional<Area> m_area;
    QList<qint64> m_only;
    QGeoCoordinate m_reference;
    QString m_referenceLabel;
    bool m_byDistance = true;
    QList<Row> m_rows;
};

} // namespace Lianes
