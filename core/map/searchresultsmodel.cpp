// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "base/vocabulary.h"
#include "cooperationprojectlistmodel.h"
#include "mapcatalog.h"
#include "storage/database.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setSource(const Database *db, const MapCatalog *catalog)
{
    m_db = db;
    m_catalog = catalog;
    m_index = db ? std::make_unique<SearchIndex>(*db) : nullptr;
    const QString query = m_query;
    m_query.clear();
    setQuery(query);
}

void SearchResultsModel::setQuery(const QString &query)
{
    if (query == m_query && !m_rows.isEmpty()) {
        return;
    }
    m_query = query;
    QList<Row> rows;
    if (m_index) {
        const std::pair<SearchHit::Kind, int> kinds[] = {
            {SearchHit::Commune, CommuneLimit}, {SearchHit::Actor, ActorLimit}, {SearchHit::Project, ProjectLimit}};
        for (const auto &[kind, limit] : kinds) {
            for (const SearchHit &hit : m_index->search(query, kind, limit)) {
                Row row{hit, {}, {}};
                describe(row);
                rows.append(row);
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT queryChanged();
}

void SearchResultsModel::describe(Row &row) const
{
    switch (row.hit.kind) {
    case SearchHit::Commune: {
        auto q = m_db->prepare("SELECT departement, postal_code, lat, lon FROM commune WHERE insee = ?");
        q.bind(1, row.hit.ref);
        if (q.step()) {
            row.detail = q.text(0) + u' ' + Vocabulary::departementName(q.text(0)) + u" · "_s + q.text(1);
            row.coordinate = QGeoCoordinate(q.real(2), q.real(3));
        }
        return;
    }
    case SearchHit::Actor: {
        const int i = m_catalog->actorIndex(row.hit.ref.toLongLong());
        if (i < 0) {
            return;
        }
        const ActorRecord &a = m_catalog->actors().at(i);
        row.detail = Vocabulary::actorTypeLabel(a.type);
        if (!a.communeName.isEmpty()) {
            row.detail += u" · "_s + a.communeName;
        }
        if (a.located()) {
            row.coordinate = QGeoCoordinate(*a.lat, *a.lon);
        }
        return;
    }
    case SearchHit::Project: {
        const int i = m_catalog->projectIndex(row.hit.ref.toLongLong());
        if (i < 0) {
            return;
        }
        const ProjectRecord &p = m_catalog->projects().at(i);
        const QString years = CooperationProjectListModel::yearsLabel(p);
        row.detail = CooperationProjectListModel::kindLabel(p.kind) + (years.isEmpty() ? QString() : u" · "_s + years);
        return;
    }
    }
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return int(row.hit.kind);
    case SectionRole:
        switch (row.hit.kind) {
        case SearchHit::Commune:
            return tr("Communes");
        case SearchHit::Actor:
            return tr("Acteurs");
        case SearchHit::Project:
            return tr("Projets");
        }
        return QString();
    case Qt::DisplayRole:
    case LabelRole:
        return row.hit.label;
    case DetailRole:
        return row.detail;
    case RefRole:
        return row.hit.ref;
    case CoordinateRole:
        return QVariant::fromValue(row.coordinate);
    }
    return {};
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {SectionRole, "section"},
                  {LabelRole, "label"},
                  {DetailRole, "detail"},
                  {RefRole, "ref"},
                  {CoordinateRole, "location"}});
    return names;
}
