// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchindex.h"

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QQmlEngine>

namespace Lianes {

class Database;
class MapCatalog;

/** Search as you type: communes, actors and projects matching what is typed, in sections, each
 *  with a second line ready to show (type and town, département and postcode, kind and years). */
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY queryChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, ///< SearchHit::Kind
        SectionRole, ///< "Communes", "Acteurs", "Projets"
        LabelRole,
        DetailRole,
        RefRole,
        CoordinateRole, ///< communes and located actors
    };
    Q_ENUM(Roles)

    /** Hits shown per kind. */
    static constexpr int CommuneLimit = 4;
    static constexpr int ActorLimit = 8;
    static constexpr int ProjectLimit = 4;

    explicit SearchResultsModel(QObject *parent = nullptr);
    void setSource(const Database *db, const MapCatalog *catalog);

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] SearchHit hit(int row) const { return m_rows.value(row).hit; }
    [[nodiscard]] QGeoCoordinate coordinate(int row) const { return m_rows.value(row).coordinate; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged();

private:
    struct Row {
        SearchHit hit;
        QString detail;
        QGeoCoordinate coordinate;
    };
    void describe(Row &row) const;

    const Database *m_db = nullptr;
    const MapCatalog *m_catalog = nullptr;
    std::unique_ptr<SearchIndex> m_index;
    QString m_query;
    QList<Row> m_rows;
};

} // namespace Lianes
