// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrymodel.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Lianes;

CountryModel::CountryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CountryModel::refresh(const MapCatalog *catalog, const MapFilter &filter)
{
    QHash<QString, int> counts;
    int total = 0;
    for (const ProjectRecord &p : catalog->projects()) {
        if (p.countries.isEmpty() || !filter.passes(p)) {
            continue;
        }
        ++total;
        for (const QString &code : p.countries) {
            ++counts[code];
        }
    }
    QList<Row> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (catalog->country(it.key())) {
            rows.append({it.key(), it.value()});
        }
    }
    std::sort(rows.begin(), rows.end(), [catalog](const Row &l, const Row &r) {
        return l.projects != r.projects ? l.projects > r.projects
                                        : catalog->countryName(l.code) < catalog->countryName(r.code);
    });
    // Lille, where the network is, and every country of a project.
    QGeoRectangle bounds(QGeoCoordinate(50.63, 3.06), QGeoCoordinate(50.63, 3.06));
    for (const Row &row : std::as_const(rows)) {
        const CountryRecord *c = catalog->country(row.code);
        bounds.extendRectangle(QGeoCoordinate(c->lat, c->lon));
    }
    beginResetModel();
    m_bounds = bounds;
    m_catalog = catalog;
    m_rows = rows;
    m_projectTotal = total;
    m_max = rows.isEmpty() ? 1 : rows.first().projects;
    endResetModel();
    Q_EMIT countChanged();
}

int CountryModel::rowOf(const QString &code) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).code == code) {
            return int(i);
        }
    }
    return -1;
}

int CountryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CountryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return row.code;
    case Qt::DisplayRole:
    case NameRole:
        return m_catalog->countryName(row.code);
    case CoordinateRole: {
        const CountryRecord *c = m_catalog->country(row.code);
        return QVariant::fromValue(QGeoCoordinate(c->lat, c->lon));
    }
    case ProjectCountRole:
        return row.projects;
    case ProjectCountLabelRole:
        return tr("%n projet(s)", nullptr, row.projects);
    case WeightRole:
        return std::sqrt(double(row.projects) / double(m_max));
    }
    return {};
}

QHash<int, QByteArray> CountryModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{CodeRole, "code"},
                  {NameRole, "name"},
                  {CoordinateRole, "location"},
                  {ProjectCountRole, "projectCount"},
                  {ProjectCountLabelRole, "projectCountLabel"},
                  {WeightRole, "weight"}});
    return names;
}
