// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapfilter.h"

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QQmlEngine>

namespace Lianes {

/** The world view: the countries where the region's projects take place, with how many projects
 *  (on the theme filter), the most first; a marker size ready to use. */
class CountryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int projectTotal READ projectTotal NOTIFY countChanged)
    /** The countries and the region in one box: what the world view frames. */
    Q_PROPERTY(QGeoRectangle bounds READ bounds NOTIFY countChanged)

public:
    enum Roles {
        CodeRole = Qt::UserRole + 1, ///< ISO 3166 alpha-2
        NameRole,
        CoordinateRole,
        ProjectCountRole,
        ProjectCountLabelRole, ///< "3 projets"
        WeightRole, ///< 0..1, grows with the square root of the count: marker sizes
    };
    Q_ENUM(Roles)

    explicit CountryModel(QObject *parent = nullptr);
    void refresh(const MapCatalog *catalog, const MapFilter &filter);

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /** Projects with at least one country, on the filter. */
    [[nodiscard]] int projectTotal() const { return m_projectTotal; }
    [[nodiscard]] QGeoRectangle bounds() const { return m_bounds; }
    /** Row of a country, or -1. */
    Q_INVOKABLE int rowOf(const QString &code) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        QString code;
        int projects;
    };
    const MapCatalog *m_catalog = nullptr;
    QList<Row> m_rows;
    int m_projectTotal = 0;
    QGeoRectangle m_bounds;
    int m_max = 1;
};

} // namespace Lianes
