// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QQmlEngine>

namespace Lianes {

class Database;

/** "Qui peut m'aider ?": youth structures and the actors who accompany mobility, nearest first from a
 *  commune of the gazetteer; actors with no known address come last. */
class HelperActorModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Mobility")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        TypeLabelRole,
        PlaceLabelRole,
        DistanceLabelRole,
        DistanceKmRole, ///< -1 when the actor has no known address
    };
    Q_ENUM(Roles)

    explicit HelperActorModel(QObject *parent = nullptr);

    /** Loads the actors of type structure_jeunesse plus those whose key is in @p keys,
     *  sorted by distance from @p origin (invalid origin: by name). */
    void load(const Database &db, const QStringList &keys, const QGeoCoordinate &origin);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /** Actor names in display order (tests). */
    Q_INVOKABLE QStringList names() const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        QString key;
        QString name;
        QString type;
        QString place;
        double km = -1;
    };
    QList<Row> m_rows;
};

} // namespace Lianes
