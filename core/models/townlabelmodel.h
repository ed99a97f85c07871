// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QQmlEngine>

namespace Lianes {

class Database;

/** Towns named on the basemap: the five prefectures, then the most populous communes of the
 *  gazetteer, each with the zoom level from which its name shows (bigger towns first). */
class TownLabelModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")

public:
    enum Roles {
        NameRole = Qt::UserRole + 1,
        CoordinateRole,
        PrefectureRole,
        MinZoomRole,
    };
    Q_ENUM(Roles)

    /** Main towns labelled besides the prefectures. */
    static constexpr int TownCount = 30;

    explicit TownLabelModel(QObject *parent = nullptr);
    void load(const Database &db);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString name;
        QGeoCoordinate coordinate;
        bool prefecture;
        double minZoom;
    };
    QList<Row> m_rows;
};

} // namespace Lianes
