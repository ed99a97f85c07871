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

    struct Row {
        QString name;
        QGeoCoordinate coordinate;
        bool prefecture;
        double minZoom;
    };
    using Rows = QList<Row>;

    explicit TownLabelModel(QObject *parent = nullptr);
    /** The prefectures and the main towns, from the gazetteer in @p db (any thread). */
    [[nodiscard]] static Rows read(const Database &db);
    void setRows(Rows rows);
    void load(const Database &db) { setRows(read(db)); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    Rows m_rows;
};

} // namespace Lianes
