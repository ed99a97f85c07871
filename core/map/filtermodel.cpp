// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtermodel.h"

#include "base/vocabulary.h"
#include "mapcatalog.h"

#include <bit>

using namespace Lianes;
using namespace Qt::StringLiterals;

FilterModel::FilterModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_rows.append({MapFilter::ShowGroup, MapFilter::Actors, u"actors"_s});
    m_rows.append({MapFilter::ShowGroup, MapFilter::Projects, u"projects"_s});
    m_rows.append({MapFilter::MemberGroup, 0, u"member"_s});
    const auto types = Vocabulary::actorTypes();
    for (qsizetype i = 0; i < types.size(); ++i) {
        m_rows.append({MapFilter::TypeGroup, int(i), types.at(i).code});
    }
    const auto themes = Vocabulary::themes();
    for (qsizetype i = 0; i < themes.size(); ++i) {
        m_rows.append({MapFilter::ThemeGroup, int(i), themes.at(i).code});
    }
    const auto departements = Vocabulary::departements();
    for (qsizetype i = 0; i < departements.size(); ++i) {
        m_rows.append({MapFilter::DepartementGroup, int(i), departements.at(i).code});
    }
    m_counts.fill(0, m_rows.size());
}

void FilterModel::setCatalog(const MapCatalog *catalog)
{
    m_catalog = catalog;
    recount();
}

void FilterModel::setFilter(const MapFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    recount();
    Q_EMIT filterChanged();
}

int FilterModel::activeCount() const
{
    return std::popcount(m_filter.types) + std::popcount(m_filter.themes) + std::popcount(m_filter.departements)
        + (m_filter.membersOnly ? 1 : 0) + (m_filter.show == MapFilter::Projects ? 1 : 0);
}

bool FilterModel::isChecked(const Row &row) const
{
    switch (row.group) {
    case MapFilter::ShowGroup:
        return m_filter.show == row.bit;
    case MapFilter::MemberGroup:
        return m_filter.membersOnly;
    case MapFilter::TypeGroup:
        return m_filter.types & (1U << row.bit);
    case MapFilter::ThemeGroup:
        return m_filter.themes & (1U << row.bit);
    case MapFilter::DepartementGroup:
        return m_filter.departements & (1U << row.bit);
    }
    return false;
}

void FilterModel::toggle(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    MapFilter f = m_filter;
    const Row &r = m_rows.at(row);
    switch (r.group) {
    case MapFilter::ShowGroup:
        f.show = MapFilter::Show(r.bit);
        break;
    case MapFilter::MemberGroup:
        f.membersOnly = !f.membersOnly;
        break;
    case MapFilter::TypeGroup:
        f.types ^= 1U << r.bit;
        break;
    case MapFilter::ThemeGroup:
        f.themes ^= 1U << r.bit;
        break;
    case MapFilter::DepartementGroup:
        f.departements ^= 1U << r.bit;
        break;
    }
    setFilter(f);
}

void FilterModel::clear()
{
    setFilter(MapFilter());
}

void FilterModel::recount()
{
    QList<int> counts(m_rows.size(), 0);
    if (m_catalog) {
        // Row of the first value of each group, for the per-value counters below.
        const int typeRow = 3;
        const int themeRow = typeRow + int(Vocabulary::actorTypes().size());
        const int depRow = themeRow + int(Vocabulary::themes().size());
        MapFilter asActors = m_filter;
        asActors.show = MapFilter::Actors;
        for (const ActorRecord &a : m_catalog->actors()) {
            if (asActors.passes(a)) {
                ++counts[0];
            }
            if (a.member && m_filter.passes(a, MapFilter::MemberGroup)) {
                ++counts[2];
            }
            if (a.typeIndex >= 0 && m_filter.passes(a, MapFilter::TypeGroup)) {
                ++counts[typeRow + a.typeIndex];
            }
            if (m_filter.passes(a, MapFilter::ThemeGroup)) {
                const std::uint32_t themes = m_filter.show == MapFilter::Projects ? a.projectThemes : a.themes;
                for (int t = 0; t < depRow - themeRow; ++t) {
                    counts[themeRow + t] += (themes >> t) & 1U;
                }
            }
            if (a.departementIndex >= 0 && m_filter.passes(a, MapFilter::DepartementGroup)) {
                ++counts[depRow + a.departementIndex];
            }
        }
        // Projects: those on the theme filter with at least one actor passing the actor groups.
        MapFilter actorsOnly = m_filter;
        actorsOnly.show = MapFilter::Actors;
        actorsOnly.themes = 0;
        for (const ProjectRecord &p : m_catalog->projects()) {
            if (!m_filter.passes(p)) {
                continue;
            }
            bool any = false;
            for (const auto &ids : {p.leads, p.partners}) {
                for (qint64 id : ids) {
                    const int i = m_catalog->actorIndex(id);
                    any = any || (i >= 0 && actorsOnly.passes(m_catalog->actors().at(i)));
                }
            }
            counts[1] += any ? 1 : 0;
        }
    }
    m_counts = counts;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {CountRole, CheckedRole});
    }
}

QString FilterModel::groupLabel(int group)
{
    switch (group) {
    case MapFilter::ShowGroup:
        return tr("Afficher");
    case MapFilter::MemberGroup:
        return tr("Réseau");
    case MapFilter::TypeGroup:
        return tr("Types d'acteurs");
    case MapFilter::ThemeGroup:
        return tr("Thématiques");
    case MapFilter::DepartementGroup:
        return tr("Départements");
    }
    return {};
}

QString FilterModel::label(const Row &row) const
{
    switch (row.group) {
    case MapFilter::ShowGroup:
        return row.bit == MapFilter::Actors ? tr("Acteurs") : tr("Projets");
    case MapFilter::MemberGroup:
        return tr("Membres du réseau seulement");
    case MapFilter::TypeGroup:
        return Vocabulary::actorTypeLabel(row.code);
    case MapFilter::ThemeGroup:
        return Vocabulary::themeLabel(row.code);
    case MapFilter::DepartementGroup:
        return row.code + u' ' + Vocabulary::departementName(row.code);
    }
    return {};
}

int FilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case GroupRole:
        return int(row.group);
    case GroupLabelRole:
        return groupLabel(row.group);
    case CodeRole:
        return row.code;
    case Qt::DisplayRole:
    case LabelRole:
        return label(row);
    case CountRole:
        return m_counts.at(index.row());
    case CheckedRole:
        return isChecked(row);
    case FamilyRole:
        return row.group == MapFilter::TypeGroup ? int(Vocabulary::actorFamily(row.code)) : -1;
    case ExclusiveRole:
        return row.group == MapFilter::ShowGroup;
    }
    return {};
}

QHash<int, QByteArray> FilterModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{GroupRole, "group"},
                  {GroupLabelRole, "groupLabel"},
                  {CodeRole, "code"},
                  {LabelRole, "label"},
                  {CountRole, "count"},
                  {CheckedRole, "checked"},
                  {FamilyRole, "family"},
                  {ExclusiveRole, "exclusive"}});
    return names;
}
