// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectimport.h"

#include "base/textfold.h"
#include "storage/database.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

using F = ImportField;

namespace {

template<typename T>
QList<T> sorted(QList<T> list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

} // namespace

ProjectImport::ProjectImport(ImportContext &context)
    : EntityImport(context)
    , m_insert(context.db.prepare("INSERT INTO project(external_id, title, kind, description, year_start, year_end, "
                                  "amount_eur, audience, source) VALUES(?,?,?,?,?,?,?,?,?)"))
    , m_update(context.db.prepare("UPDATE project SET external_id=?, title=?, kind=?, description=?, year_start=?, "
                                  "year_end=?, amount_eur=?, audience=? WHERE id=?"))
    , m_select(context.db.prepare("SELECT external_id, title, kind, description, year_start, year_end, amount_eur, "
                                  "audience FROM project WHERE id=?"))
    , m_selectThemes(context.db.prepare("SELECT theme FROM project_theme WHERE project=? ORDER BY theme"))
    , m_selectCountries(context.db.prepare("SELECT country FROM project_country WHERE project=? ORDER BY country"))
    , m_selectActors(context.db.prepare("SELECT actor, role FROM project_actor WHERE project=? ORDER BY actor"))
{
    m_context.loadActors();
    m_context.loadProjects();
}

qint64 ProjectImport::actorId(const QString &reference, ImportField field) const
{
    if (const qint64 id = m_context.actors.byExternalId(reference)) {
        return id;
    }
    const auto ids = m_context.actors.byName(reference);
    if (ids.size() > 1) {
        throw RowError{field, tr("plusieurs acteurs s'appellent %1 : donnez son identifiant").arg(quoted(reference))};
    }
    if (ids.isEmpty()) {
        throw RowError{field, tr("acteur %1 introuvable : importez-le d'abord, ou donnez son identifiant")
                                  .arg(quoted(reference))};
    }
    return ids.first().id;
}

ProjectImport::Project ProjectImport::read(const ImportRow &row) const
{
    Project p;
    p.externalId = row.value(F::ExternalId);
    p.title = row.value(F::Title);
    if (p.title.isEmpty()) {
        throw RowError{F::Title, tr("le titre est vide")};
    }
    p.kind = row.value(F::Kind);
    p.description = row.value(F::Description);
    p.audience = row.value(F::Audience);
    const std::pair<ImportField, std::optional<qint64> Project::*> years[] = {{F::YearStart, &Project::yearStart},
                                                                             {F::YearEnd, &Project::yearEnd}};
    for (const auto &[field, member] : years) {
        const QString text = row.value(field);
        if (text.isEmpty()) {
            continue;
        }
        const auto year = ImportValues::year(text);
        if (!year) {
            throw RowError{field, tr("année %1 illisible (par exemple 2021)").arg(quoted(text))};
        }
        p.*member = *year;
    }
    if (p.yearStart && p.yearEnd && *p.yearEnd < *p.yearStart) {
        throw RowError{F::YearEnd, tr("l'année de fin (%1) précède l'année de début (%2)")
                                       .arg(*p.yearEnd)
                                       .arg(*p.yearStart)};
    }
    if (const QString text = row.value(F::Amount); !text.isEmpty()) {
        p.amount = ImportValues::amount(text);
        if (!p.amount) {
            throw RowError{F::Amount, tr("montant %1 illisible (par exemple 12 500,50)").arg(quoted(text))};
        }
    }
    p.themes = themes(m_context, row);
    p.countries = countries(m_context, row);
    if (const QString lead = row.value(F::Lead); !lead.isEmpty()) {
        p.lead = actorId(lead, F::Lead);
    }
    for (const QString &item : ImportValues::split(row.value(F::Partners), false)) {
        const qint64 id = actorId(item, F::Partners);
        if (id != p.lead) {
            p.partners.append(id);
        }
    }
    p.partners = sorted(p.partners);
    return p;
}

qint64 ProjectImport::match(const Project &project) const
{
    auto candidates = m_context.projects.byName(project.title);
    candidates.removeIf([&](const EntityIndex::Candidate &c) {
        return !c.externalId.isEmpty() && !project.externalId.isEmpty() && c.externalId != project.externalId;
    });
    if (candidates.size() > 1) {
        throw RowError{F::Title, tr("plusieurs projets existants s'intitulent %1 : ajoutez une colonne "
                                    "Identifiant pour dire lequel")
                                     .arg(quoted(project.title))};
    }
    return candidates.isEmpty() ? 0 : candidates.first().id;
}

ProjectImport::Project ProjectImport::load(qint64 id)
{
    Project p;
    m_select.bind(1, id);
    if (m_select.step()) {
        p.externalId = m_select.text(0);
        p.title = m_select.text(1);
        p.kind = m_select.text(2);
        p.description = m_select.text(3);
        p.yearStart = m_select.isNull(4) ? std::nullopt : std::optional(m_select.integer(4));
        p.yearEnd = m_select.isNull(5) ? std::nullopt : std::optional(m_select.integer(5));
        p.amount = m_select.isNull(6) ? std::nullopt : std::optional(m_select.real(6));
        p.audience = m_select.text(7);
    }
    m_select.reset();
    for (auto [statement, list] : {std::pair{&m_selectThemes, &p.themes}, std::pair{&m_selectCountries, &p.countries}}) {
        statement->bind(1, id);
        while (statement->step()) {
            list->append(statement->text(0));
        }
        statement->reset();
    }
    m_selectActors.bind(1, id);
    while (m_selectActors.step()) {
        if (m_selectActors.text(1) == "lead"_L1) {
            p.lead = m_selectActors.integer(0);
        } else {
            p.partners.append(m_selectActors.integer(0));
        }
    }
    m_selectActors.reset();
    return p;
}

// The 8 columns insert and update share, in their order in both statements.
Statement &ProjectImport::bindColumns(Statement &statement, const Project &p)
{
    return statement.bind(1, p.externalId.isEmpty() ? std::nullopt : std::optional(p.externalId))
        .bind(2, p.title)
        .bind(3, p.kind)
        .bind(4, p.description)
        .bind(5, p.yearStart)
        .bind(6, p.yearEnd)
        .bind(7, p.amount)
        .bind(8, p.audience);
}

void ProjectImport::write(qint64 id, const Project &p, bool themes, bool countries, bool actors)
{
    const auto &db = m_context.db;
    if (themes) {
        db.prepare("DELETE FROM project_theme WHERE project=?").bind(1, id).exec();
        auto insert = db.prepare("INSERT INTO project_theme(project, theme) VALUES(?, ?)");
        for (const QString &theme : p.themes) {
            insert.bind(1, id).bind(2, theme).exec();
        }
    }
    if (countries) {
        db.prepare("DELETE FROM project_country WHERE project=?").bind(1, id).exec();
        auto insert = db.prepare("INSERT INTO project_country(project, country) VALUES(?, ?)");
        for (const QString &country : p.countries) {
            insert.bind(1, id).bind(2, country).exec();
        }
    }
    if (actors) {
        db.prepare("DELETE FROM project_actor WHERE project=?").bind(1, id).exec();
        auto insert = db.prepare("INSERT INTO project_actor(project, actor, role) VALUES(?, ?, ?)");
        if (p.lead) {
            insert.bind(1, id).bind(2, *p.lead).bind(3, u"lead"_s).exec();
        }
        for (const qint64 partner : p.partners) {
            insert.bind(1, id).bind(2, partner).bind(3, u"partner"_s).exec();
        }
    }
}

ImportRowResult ProjectImport::process(const ImportRow &row, int line)
{
    const Project incoming = read(row);
    const qint64 known = m_context.projects.byExternalId(incoming.externalId);
    if (const int first = m_seen.externalIdLine(incoming.externalId, known)) {
        throw RowError{F::ExternalId, tr("même identifiant qu'à la ligne %1").arg(first)};
    }
    try {
        const qint64 id = known ? known : match(incoming);
        if (const int first = id ? m_seen.entityLine(id) : 0) {
            throw RowError{F::Title, tr("même projet qu'à la ligne %1").arg(first)};
        }
        return save(row, line, incoming, id);
    } catch (...) {
        // The row took its external id: a later row with it is a duplicate all the same.
        m_seen.rejected(incoming.externalId, line);
        throw;
    }
}

ImportRowResult ProjectImport::save(const ImportRow &row, int line, const Project &incoming, qint64 id)
{
    ImportRowResult result;
    result.line = line;
    result.entity = ImportEntity::Projects;
    result.label = row.value(F::Title);
    const bool actors = row.has(F::Lead) || row.has(F::Partners);
    if (!id) {
        bindColumns(m_insert, incoming).bind(9, m_context.sourceLabel).exec();
        const qint64 newId = m_context.db.lastInsertId();
        write(newId, incoming, !incoming.themes.isEmpty(), !incoming.countries.isEmpty(), actors);
        m_context.projects.add(newId, incoming.externalId, incoming.title, {});
        m_seen.entity(newId, line, !incoming.externalId.isEmpty());
        result.status = ImportRowStatus::Added;
        return result;
    }
    m_seen.entity(id, line, !incoming.externalId.isEmpty());

    const Project existing = load(id);
    Project merged = existing;
    ChangedFields changes;
    if (!incoming.externalId.isEmpty()) {
        changes.set(merged.externalId, incoming.externalId, F::ExternalId);
    }
    changes.set(merged.title, incoming.title, F::Title);
    const std::pair<ImportField, QString Project::*> texts[] = {
        {F::Kind, &Project::kind}, {F::Description, &Project::description}, {F::Audience, &Project::audience}};
    for (const auto &[field, member] : texts) {
        if (row.has(field)) {
            changes.set(merged.*member, incoming.*member, field);
        }
    }
    for (const auto &[field, member] : {std::pair{F::YearStart, &Project::yearStart}, std::pair{F::YearEnd, &Project::yearEnd}}) {
        if (row.has(field)) {
            changes.set(merged.*member, incoming.*member, field);
        }
    }
    if (row.has(F::Amount)) {
        changes.set(merged.amount, incoming.amount, F::Amount);
    }
    const std::pair<ImportField, QStringList Project::*> lists[] = {{F::Themes, &Project::themes},
                                                                   {F::Countries, &Project::countries}};
    for (const auto &[field, member] : lists) {
        if (row.has(field)) {
            changes.set(merged.*member, incoming.*member, field);
        }
    }
    if (row.has(F::Lead)) {
        changes.set(merged.lead, incoming.lead, F::Lead);
    }
    if (row.has(F::Partners)) {
        changes.set(merged.partners, sorted(incoming.partners), F::Partners);
    }
    if (changes.labels.isEmpty()) {
        result.status = ImportRowStatus::Unchanged;
        return result;
    }
    if (merged.yearStart && merged.yearEnd && *merged.yearEnd < *merged.yearStart) {
        throw RowError{F::YearEnd, tr("l'année de fin (%1) précèderait l'année de début (%2)")
                                       .arg(*merged.yearEnd)
                                       .arg(*merged.yearStart)};
    }
    bindColumns(m_update, merged).bind(9, id).exec();
    write(id, merged, merged.themes != existing.themes, merged.countries != existing.countries,
          merged.lead != existing.lead || sorted(merged.partners) != sorted(existing.partners));
    m_context.projects.remove(id, existing.externalId, existing.title, {});
    m_context.projects.add(id, merged.externalId, merged.title, {});
    result.status = ImportRowStatus::Updated;
    result.detail = tr("modifié : %1").arg(changes.labels.join(u", "_s));
    return result;
}
