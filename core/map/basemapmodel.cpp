// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemapmodel.h"

using namespace Lianes;

BasemapModel::BasemapModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void BasemapModel::setLayer(const QString &layer)
{
    if (layer == m_layer) {
        return;
    }
    beginResetModel();
    m_layer = layer;
    m_features = GeoJson::layer(layer);
    m_rows.clear();
    for (qsizetype f = 0; f < m_features.size(); ++f) {
        const auto &feature = m_features.at(f);
        for (qsizetype p = 0; p < feature.polygons.size(); ++p) {
            m_rows.append(Row{f, feature.polygons.at(p), p == feature.labelPolygon});
        }
    }
    endResetModel();
    Q_EMIT layerChanged();
}

int BasemapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BasemapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const GeoFeature &feature = m_features.at(row.feature);
    switch (role) {
    case CodeRole:
        return feature.code;
    case Qt::DisplayRole:
    case NameRole:
        return feature.name;
    case KindRole:
        return feature.kind;
    case ShapeRole:
        return QVariant::fromValue(row.shape);
    case LabelCoordinateRole:
        return QVariant::fromValue(feature.labelPoint);
    case IsLabelRole:
        return row.label;
    }
    return {};
}

QHash<int, QByteArray> BasemapModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{CodeRole, "code"},
                  {NameRole, "name"},
                  {KindRole, "kind"},
                  {ShapeRole, "shape"},
                  {LabelCoordinateRole, "labelCoordinate"},
                  {IsLabelRole, "isLabel"}});
    return names;
}
