// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geojson.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

/** One layer of the offline basemap (départements, region, neighbours, world): one row per polygon. */
class BasemapModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString layer READ layer WRITE setLayer NOTIFY layerChanged)
    Q_PROPERTY(int count READ count NOTIFY layerChanged)

public:
    enum Roles {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        ShapeRole, ///< QGeoPolygon for MapPolygon.geoShape
        LabelCoordinateRole,
        IsLabelRole, ///< true on the feature's largest polygon: label it once
    };
    Q_ENUM(Roles)

    explicit BasemapModel(QObject *parent = nullptr);

    [[nodiscard]] QString layer() const { return m_layer; }
    void setLayer(const QString &layer);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void layerChanged();

private:
    struct Row {
        qsizetype feature;
        QGeoPolygon shape;
        bool label;
    };
    QString m_layer;
    QList<GeoFeature> m_features;
    QList<Row> m_rows;
};

} // namespace Lianes
