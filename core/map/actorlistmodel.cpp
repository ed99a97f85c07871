// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorlistmodel.h"

#include "base/vocabulary.h"
#include "mapcatalog.h"

#include <algorithm>

using namespace Lianes;
using namespace Qt::StringLiterals;

ActorListModel::ActorListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ActorListModel::setActors(const MapCatalog *catalog, QList<int> indices)
{
    m_catalog = catalog;
    m_candidates = std::move(indices);
    refresh();
}

void ActorListModel::setArea(double west, double south, double east, double north)
{
    m_area = Area{west, south, east, north};
    m_only.clear();
    refresh();
}

void ActorListModel::clearArea()
{
    m_area.reset();
    m_only.clear();
    refresh();
}

void ActorListModel::setOnly(const QList<qint64> &actorIds)
{
    m_only = actorIds;
    refresh();
}

void ActorListModel::setReference(const QGeoCoordinate &point, const QString &label)
{
    m_reference = point;
    m_referenceLabel = label;
    refresh();
}

void ActorListModel::setSortByDistance(bool byDistance)
{
    if (byDistance == m_byDistance) {
        return;
    }
    m_byDistance = byDistance;
    refresh();
    Q_EMIT sortChanged();
}

QString ActorListModel::scopeLabel() const
{
    if (!m_only.isEmpty()) {
        return tr("%1 acteurs au même endroit").arg(m_rows.size());
    }
    if (!m_referenceLabel.isEmpty()) {
        return m_referenceLabel;
    }
    return m_area ? tr("Dans la zone visible") : tr("Tous les acteurs");
}

QString ActorListModel::countLabel() const
{
    return tr("%n acteur(s)", nullptr, int(m_rows.size()));
}

void ActorListModel::refresh()
{
    QList<Row> rows;
    if (m_catalog) {
        const auto &actors = m_catalog->actors();
        const bool hasReference = m_reference.isValid();
        auto add = [&](int i) {
            const ActorRecord &a = actors.at(i);
            const double d = a.located() && hasReference
                ? distanceMetres(m_reference.latitude(), m_reference.longitude(), *a.lat, *a.lon)
                : -1;
            rows.append({i, d});
        };
        if (!m_only.isEmpty()) {
            for (qint64 id : m_only) {
                if (const int i = m_catalog->actorIndex(id); i >= 0) {
                    add(i);
                }
            }
        } else {
            for (int i : m_candidates) {
                const ActorRecord &a = actors.at(i);
                if (m_area
                    && (!a.located() || *a.lat < m_area->south || *a.lat > m_area->north || *a.lon < m_area->west
                        || *a.lon > m_area->east)) {
                    continue;
                }
                add(i);
            }
        }
        const bool byDistance = m_byDistance && hasReference;
        std::stable_sort(rows.begin(), rows.end(), [&](const Row &l, const Row &r) {
            if (byDistance && (l.distance >= 0) != (r.distance >= 0)) {
                return l.distance >= 0; // located first
            }
            if (byDistance && l.distance != r.distance) {
                return l.distance < r.distance;
            }
            return actors.at(l.actor).sortKey < actors.at(r.actor).sortKey;
        });
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

int ActorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const ActorRecord &a = m_catalog->actors().at(row.actor);
    switch (role) {
    case ActorIdRole:
        return a.id;
    case Qt::DisplayRole:
    case NameRole:
        return a.name;
    case TypeLabelRole:
        return Vocabulary::actorTypeLabel(a.type);
    case FamilyRole:
        return a.family;
    case PlaceRole: {
        const QString dep = a.departementIndex >= 0 ? Vocabulary::departements().at(a.departementIndex).code : QString();
        if (a.communeName.isEmpty()) {
            return dep.isEmpty() ? tr("Sans adresse") : Vocabulary::departementName(dep);
        }
        return dep.isEmpty() ? a.communeName : a.communeName + u" ("_s + dep + u')';
    }
    case DistanceRole:
        return row.distance;
    case DistanceLabelRole:
        return row.distance >= 0 ? distanceLabel(row.distance) : QString();
    case MemberRole:
        return a.member;
    case CoordinateRole:
        return a.located() ? QVariant::fromValue(QGeoCoordinate(*a.lat, *a.lon)) : QVariant::fromValue(QGeoCoordinate());
    }
    return {};
}

QHash<int, QByteArray> ActorListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ActorIdRole, "actorId"},
                  {NameRole, "name"},
                  {TypeLabelRole, "typeLabel"},
                  {FamilyRole, "family"},
                  {PlaceRole, "place"},
                  {DistanceRole, "distance"},
                  {DistanceLabelRole, "distanceLabel"},
                  {MemberRole, "member"},
                  {CoordinateRole, "location"}});
    return names;
}
