// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

class Database;

/** Names of the network's actors that start like what the visitor types in "Structure" (a few, to tap). */
class StructureSuggestionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Agenda")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY textChanged)

public:
    enum Roles { NameRole = Qt::UserRole + 1, TypeRole };
    Q_ENUM(Roles)
    static constexpr int MaxSuggestions = 5;

    explicit StructureSuggestionModel(QObject *parent = nullptr);
    void setDatabase(Database *db);

    [[nodiscard]] QString text() const { return m_text; }
    /** Suggestions for @p text: actors whose name words start with the words typed (2 letters at least);
     *  none once the text is exactly a suggestion. */
    void setText(const QString &text);
    [[nodiscard]] int count() const { return int(m_shown.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void textChanged();

private:
    struct Actor {
        QString name;
        QString type;
        QString key; ///< folded name, with a leading space
    };
    Database *m_db = nullptr;
    bool m_loaded = false;
    QList<Actor> m_actors;
    QList<int> m_shown;
    QString m_text;
};

} // namespace Lianes
