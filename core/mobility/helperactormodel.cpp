// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helperactormodel.h"

#include "base/vocabulary.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Lianes;
using namespace Qt::StringLiterals;

HelperActorModel::HelperActorModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void HelperActorModel::load(const Database &db, const QStringList &keys, const QGeoCoordinate &origin)
{
    beginResetModel();
    m_rows.clear();
    auto q = db.prepare("SELECT a.external_id, a.name, a.type, c.name, a.lat, a.lon FROM actor a "
                        "LEFT JOIN commune c ON c.insee = a.commune "
                        "WHERE a.type = 'structure_jeunesse' OR a.external_id IN (SELECT value FROM json_each(?1)) "
                        "OR a.external_id IN (SELECT 'demo:actor:' || value FROM json_each(?1))");
    q.bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact)));
    while (q.step()) {
        Row row{q.text(0), q.text(1), q.text(2), q.text(3), -1};
        if (!q.isNull(4) && origin.isValid()) {
            row.km = origin.distanceTo(QGeoCoordinate(q.real(4), q.real(5))) / 1000.0;
        }
        m_rows.append(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if ((a.km < 0) != (b.km < 0)) {
            return a.km >= 0;
        }
        if (a.km != b.km) {
            return a.km < b.km;
        }
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    endResetModel();
    Q_EMIT countChanged();
}

int HelperActorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HelperActorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case NameRole:
    case Qt::DisplayRole:
        return row.name;
    case TypeLabelRole:
        return Vocabulary::actorTypeLabel(row.type);
    case PlaceLabelRole:
        return row.place.isEmpty() ? tr("adresse non connue") : row.place;
    case DistanceLabelRole:
        if (row.km < 0) {
            return QString();
        }
        return row.km < 1 ? tr("moins d'1 km") : tr("%1 km").arg(QLocale().toString(row.km, 'f', 0));
    case DistanceKmRole:
        return row.km;
    default:
        return {};
    }
}

QHash<int, QByteArray> HelperActorModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "actorKey"},
                  {NameRole, "name"},
                  {TypeLabelRole, "typeLabel"},
                  {PlaceLabelRole, "placeLabel"},
                  {DistanceLabelRole, "distanceLabel"},
                  {DistanceKmRole, "distanceKm"}});
    return names;
}

QStringList HelperActorModel::names() const
{
    QStringList result;
    for (const Row &row : m_rows) {
        result.append(row.name);
    }
    return result;
}
