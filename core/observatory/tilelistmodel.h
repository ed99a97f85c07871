// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureformat.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

/** Key figures as tiles: a big number and what it counts ("233" / "réunions"). The kiosk's attract
 *  screen and the observatory's header show them; value(key) reads one. */
class TileListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Observatory")
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    /** One tile; its label is chosen by the value (singular for 0 and 1, as French does). */
    struct Tile {
        QString key;
        double value = 0;
        FigureFormat::Kind kind = FigureFormat::Kind::Count;
        QString singular;
        QString plural;
    };

    enum Roles {
        KeyRole = Qt::UserRole + 1,
        ValueRole,
        ValueLabelRole,
        LabelRole,
    };
    Q_ENUM(Roles)

    explicit TileListModel(QObject *parent = nullptr);

    void setTiles(const QList<Tile> &tiles);
    [[nodiscard]] const QList<Tile> &tiles() const { return m_tiles; }
    /** The value of the tile @p key (0 when there is none). */
    Q_INVOKABLE [[nodiscard]] double value(const QString &key) const;
    [[nodiscard]] static QString valueLabel(const Tile &tile);
    [[nodiscard]] static QString label(const Tile &tile);
    [[nodiscard]] int count() const { return int(m_tiles.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void changed();

private:
    QList<Tile> m_tiles;
};

} // namespace Lianes
