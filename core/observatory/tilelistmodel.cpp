// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilelistmodel.h"

using namespace Lianes;

TileListModel::TileListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TileListModel::setTiles(const QList<Tile> &tiles)
{
    // Same keys: values change in place, so a view's delegates stay (no flicker on the attract screen).
    bool sameKeys = tiles.size() == m_tiles.size();
    for (qsizetype i = 0; sameKeys && i < tiles.size(); ++i) {
        sameKeys = tiles[i].key == m_tiles[i].key;
    }
    if (sameKeys) {
        m_tiles = tiles;
        if (!m_tiles.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_tiles.size()) - 1));
        }
    } else {
        beginResetModel();
        m_tiles = tiles;
        endResetModel();
    }
    Q_EMIT changed();
}

double TileListModel::value(const QString &key) const
{
    for (const auto &tile : m_tiles) {
        if (tile.key == key) {
            return tile.value;
        }
    }
    return 0;
}

QString TileListModel::valueLabel(const Tile &tile)
{
    return FigureFormat::number(tile.value, tile.kind);
}

QString TileListModel::label(const Tile &tile)
{
    return tile.value >= 2 ? tile.plural : tile.singular;
}

int TileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant TileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Tile &tile = m_tiles.at(index.row());
    switch (role) {
    case KeyRole:
        return tile.key;
    case ValueRole:
        return tile.value;
    case Qt::DisplayRole:
    case ValueLabelRole:
        return valueLabel(tile);
    case LabelRole:
        return label(tile);
    }
    return {};
}

QHash<int, QByteArray> TileListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "key"}, {ValueRole, "value"}, {ValueLabelRole, "valueLabel"}, {LabelRole, "label"}});
    return names;
}
