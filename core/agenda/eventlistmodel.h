// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

namespace Lianes {

class Database;

/** Upcoming events, soonest first, with values ready to show. */
class EventListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,
        KindLabelRole,
        StartsAtRole,
        DateLabelRole,
        TimeLabelRole,
        PlaceLabelRole,
        OnlineRole,
        FestisolRole,
        DemoRole,
    };
    Q_ENUM(Roles)

    explicit EventListModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void setNow(const QDateTime &now);
    /** Reloads from the database (after a write or a language change). */
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool empty() const { return m_rows.isEmpty(); }

    /** Translated label of an event kind ("webinaire" → "Webinaire"). */
    [[nodiscard]] static QString kindLabel(const QString &kind);

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        qint64 id;
        QString title;
        QString kind;
        QDateTime start;
        QString place;
        bool online;
        bool festisol;
        bool demo;
    };
    Database *m_db = nullptr;
    QDateTime m_now;
    QList<Row> m_rows;
};

} // namespace Lianes
