// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "townlabelmodel.h"

#include "base/textfold.h"
#include "base/vocabulary.h"
#include "storage/database.h"

using namespace Lianes;

TownLabelModel::TownLabelModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

TownLabelModel::Rows TownLabelModel::read(const Database &db)
{
    Rows rows;
    QStringList prefectures;
    // By the indexed folded name (a scan of the gazetteer per département cost 2 ms at start).
    auto pref = db.prepare("SELECT name, lat, lon FROM commune WHERE name_key = ? AND name = ? AND departement = ? "
                           "ORDER BY population DESC LIMIT 1");
    for (const Departement &d : Vocabulary::departements()) {
        pref.bind(1, TextFold::placeKey(d.prefecture)).bind(2, d.prefecture).bind(3, d.code);
        if (pref.step()) {
            rows.append({pref.text(0), QGeoCoordinate(pref.real(1), pref.real(2)), true, 0});
            prefectures.append(pref.text(0));
        }
        pref.reset();
    }
    // The largest towns show from zoom 9, the next ones from 10, the rest from 11.
    auto towns = db.prepare("SELECT name, lat, lon, population FROM commune ORDER BY population DESC LIMIT ?");
    towns.bind(1, TownCount + int(prefectures.size()));
    int rank = 0;
    while (towns.step() && rank < TownCount) {
        if (prefectures.contains(towns.text(0))) {
            continue;
        }
        const double minZoom = rank < 8 ? 9 : rank < 18 ? 10 : 11;
        rows.append({towns.text(0), QGeoCoordinate(towns.real(1), towns.real(2)), false, minZoom});
        ++rank;
    }
    return rows;
}

void TownLabelModel::setRows(Rows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TownLabelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TownLabelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case CoordinateRole:
        return QVariant::fromValue(row.coordinate);
    case PrefectureRole:
        return row.prefecture;
    case MinZoomRole:
        return row.minZoom;
    }
    return {};
}

QHash<int, QByteArray> TownLabelModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(
        {{NameRole, "name"}, {CoordinateRole, "location"}, {PrefectureRole, "prefecture"}, {MinZoomRole, "minZoom"}});
    return names;
}
