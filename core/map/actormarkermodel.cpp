// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actormarkermodel.h"

#include "base/vocabulary.h"
#include "storage/database.h"

using namespace Lianes;

ActorMarkerModel::ActorMarkerModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ActorMarkerModel::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void ActorMarkerModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_db) {
        auto q = m_db->prepare("SELECT a.id, a.name, a.type, a.lat, a.lon, a.member, c.name FROM actor a "
                               "LEFT JOIN commune c ON c.insee = a.commune WHERE a.lat IS NOT NULL ORDER BY a.id");
        while (q.step()) {
            m_rows.append(Row{q.integer(0), q.text(1), q.text(2), QGeoCoordinate(q.real(3), q.real(4)),
                              q.integer(5) != 0, q.text(6)});
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

int ActorMarkerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActorMarkerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case TypeRole:
        return row.type;
    case TypeLabelRole:
        return Vocabulary::actorTypeLabel(row.type);
    case FamilyRole:
        return int(Vocabulary::actorFamily(row.type));
    case CoordinateRole:
        return QVariant::fromValue(row.coordinate);
    case MemberRole:
        return row.member;
    case CommuneRole:
        return row.commune;
    }
    return {};
}

QHash<int, QByteArray> ActorMarkerModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "actorId"},
                  {NameRole, "name"},
                  {TypeRole, "type"},
                  {TypeLabelRole, "typeLabel"},
                  {FamilyRole, "family"},
                  {CoordinateRole, "location"},
                  {MemberRole, "member"},
                  {CommuneRole, "commune"}});
    return names;
}
