// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QQmlEngine>

namespace Lianes {

class Database;

/** Located actors as map markers: position, name, type and colour family. */
class ActorMarkerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TypeRole,
        TypeLabelRole,
        FamilyRole,
        CoordinateRole,
        MemberRole,
        CommuneRole,
    };
    Q_ENUM(Roles)

    explicit ActorMarkerModel(QObject *parent = nullptr);
    void setDatabase(Database *db);
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        qint64 id;
        QString name;
        QString type;
        QGeoCoordinate coordinate;
        bool member;
        QString commune;
    };
    Database *m_db = nullptr;
    QList<Row> m_rows;
};

} // namespace Lianes
