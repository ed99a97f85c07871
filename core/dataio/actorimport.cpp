// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorimport.h"

#include "base/textfold.h"
#include "storage/database.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

using F = ImportField;

ActorImport::ActorImport(ImportContext &context)
    : EntityImport(context)
    , m_insert(context.db.prepare(
          "INSERT INTO actor(external_id, name, type, member, description, address, commune, departement, lat, "
          "lon, email, phone, website, source) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
    , m_update(context.db.prepare(
          "UPDATE actor SET external_id=?, name=?, type=?, member=?, description=?, address=?, commune=?, "
          "departement=?, lat=?, lon=?, email=?, phone=?, website=?, "
          "updated_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id=?"))
    , m_select(context.db.prepare("SELECT external_id, name, type, member, description, address, commune, "
                                  "departement, lat, lon, email, phone, website FROM actor WHERE id=?"))
    , m_selectThemes(context.db.prepare("SELECT theme FROM actor_theme WHERE actor=? ORDER BY theme"))
    , m_selectCountries(context.db.prepare("SELECT country FROM actor_country WHERE actor=? ORDER BY country"))
    , m_deleteThemes(context.db.prepare("DELETE FROM actor_theme WHERE actor=?"))
    , m_deleteCountries(context.db.prepare("DELETE FROM actor_country WHERE actor=?"))
    , m_insertTheme(context.db.prepare("INSERT OR IGNORE INTO actor_theme(actor, theme) VALUES(?, ?)"))
    , m_insertCountry(context.db.prepare("INSERT OR IGNORE INTO actor_country(actor, country) VALUES(?, ?)"))
{
    m_context.loadActors();
}

void ActorImport::readPlace(const ImportRow &row, Actor &actor) const
{
    const QString postcodeText = row.value(F::PostalCode);
    const auto postcode = ImportValues::postalCode(postcodeText);
    if (!postcode) {
        throw RowError{F::PostalCode, tr("code postal %1 invalide (5 chiffres attendus)").arg(quoted(postcodeText))};
    }
    const QString departementText = row.value(F::Departement);
    const auto departement = ImportValues::departement(departementText);
    if (!departement) {
        throw RowError{F::Departement, tr("département %1 hors des Hauts-de-France (02, 59, 60, 62, 80)")
                                           .arg(quoted(departementText))};
    }
    const ImportPlace place = m_context.geocoder.locate(row.value(F::Commune), *postcode, *departement,
                                                       row.value(F::Insee));
    if (!place.error.isEmpty()) {
        throw RowError{row.has(place.errorField) ? place.errorField : F::Commune, place.error};
    }
    if (place.commune) {
        actor.placeLabel = tr("%1 (%2)").arg(place.commune->name, place.commune->departement);
        actor.insee = place.commune->insee;
        actor.lat = place.commune->lat;
        actor.lon = place.commune->lon;
    }
    if (!place.departement.isEmpty()) {
        actor.departement = place.departement;
    }
    if (!place.commune) {
        actor.placeLabel = place.departement.isEmpty() ? tr("sans lieu : pas sur la carte")
                                                       : tr("département %1, sans commune : pas sur la carte")
                                                             .arg(place.departement);
    }
}

ActorImport::Actor ActorImport::read(const ImportRow &row) const
{
    Actor a;
    a.externalId = row.value(F::ExternalId);
    a.name = row.value(F::Name);
    if (a.name.isEmpty()) {
        throw RowError{F::Name, tr("le nom est vide")};
    }
    if (const QString type = row.value(F::Type); !type.isEmpty()) {
        const auto code = m_context.values.actorType(type);
        if (!code) {
            throw RowError{F::Type, tr("type de structure %1 inconnu").arg(quoted(type))};
        }
        a.type = *code;
    }
    const QString member = row.value(F::Member);
    const auto isMember = ImportValues::yesNo(member);
    if (!isMember) {
        throw RowError{F::Member, tr("%1 n'est ni « oui » ni « non »").arg(quoted(member))};
    }
    a.member = *isMember;
    a.description = row.value(F::Description);
    a.address = row.value(F::Address);
    a.website = row.value(F::Website);
    a.phone = row.value(F::Phone);
    a.email = row.value(F::Email);
    if (!a.email.isEmpty() && !ImportValues::isEmail(a.email)) {
        throw RowError{F::Email, tr("courriel %1 invalide").arg(quoted(a.email))};
    }
    a.themes = themes(m_context, row);
    a.countries = countries(m_context, row);
    return a;
}

qint64 ActorImport::match(const Actor &actor, bool hasPlace) const
{
    auto candidates = hasPlace ? m_context.actors.byNameAndPlace(actor.name, actor.insee.value_or(QString()))
                               : m_context.actors.byName(actor.name);
    // An actor with another external id is another actor, whatever its name.
    candidates.removeIf([&](const EntityIndex::Candidate &c) {
        return !c.externalId.isEmpty() && !actor.externalId.isEmpty() && c.externalId != actor.externalId;
    });
    if (candidates.size() > 1) {
        throw RowError{F::Name, tr("plusieurs acteurs existants s'appellent %1 ici : ajoutez une colonne "
                                   "Identifiant pour dire lequel")
                                    .arg(quoted(actor.name))};
    }
    return candidates.isEmpty() ? 0 : candidates.first().id;
}

ActorImport::Actor ActorImport::load(qint64 id, bool links)
{
    Actor a;
    m_select.bind(1, id);
    if (m_select.step()) {
        a.externalId = m_select.text(0);
        a.name = m_select.text(1);
        a.type = m_select.text(2);
        a.member = m_select.integer(3) != 0;
        a.description = m_select.text(4);
        a.address = m_select.text(5);
        a.insee = m_select.isNull(6) ? std::nullopt : std::optional(m_select.text(6));
        a.departement = m_select.isNull(7) ? std::nullopt : std::optional(m_select.text(7));
        a.lat = m_select.isNull(8) ? std::nullopt : std::optional(m_select.real(8));
        a.lon = m_select.isNull(9) ? std::nullopt : std::optional(m_select.real(9));
        a.email = m_select.text(10);
        a.phone = m_select.text(11);
        a.website = m_select.text(12);
    }
    m_select.reset();
    if (links) {
        m_selectThemes.bind(1, id);
        while (m_selectThemes.step()) {
            a.themes.append(m_selectThemes.text(0));
        }
        m_selectThemes.reset();
        m_selectCountries.bind(1, id);
        while (m_selectCountries.step()) {
            a.countries.append(m_selectCountries.text(0));
        }
        m_selectCountries.reset();
    }
    return a;
}

// The 13 columns insert and update share, in their order in both statements.
Statement &ActorImport::bindColumns(Statement &statement, const Actor &a)
{
    return statement.bind(1, a.externalId.isEmpty() ? std::nullopt : std::optional(a.externalId))
        .bind(2, a.name)
        .bind(3, a.type)
        .bind(4, a.member)
        .bind(5, a.description)
        .bind(6, a.address)
        .bind(7, a.insee)
        .bind(8, a.departement)
        .bind(9, a.lat)
        .bind(10, a.lon)
        .bind(11, a.email)
        .bind(12, a.phone)
        .bind(13, a.website);
}

qint64 ActorImport::insert(const Actor &a)
{
    bindColumns(m_insert, a).bind(14, m_context.sourceLabel).exec();
    const qint64 id = m_context.db.lastInsertId();
    writeLinks(id, a.themes, a.countries, !a.themes.isEmpty(), !a.countries.isEmpty());
    return id;
}

void ActorImport::update(qint64 id, const Actor &a, bool themes, bool countries)
{
    bindColumns(m_update, a).bind(14, id).exec();
    if (themes) {
        m_deleteThemes.bind(1, id).exec();
    }
    if (countries) {
        m_deleteCountries.bind(1, id).exec();
    }
    writeLinks(id, a.themes, a.countries, themes, countries);
}

void ActorImport::writeLinks(qint64 id, const QStringList &themes, const QStringList &countries, bool doThemes,
                             bool doCountries)
{
    for (const QString &theme : doThemes ? themes : QStringList()) {
        m_insertTheme.bind(1, id).bind(2, theme).exec();
    }
    for (const QString &country : doCountries ? countries : QStringList()) {
        m_insertCountry.bind(1, id).bind(2, country).exec();
    }
}

ImportRowResult ActorImport::process(const ImportRow &row, int line)
{
    Actor incoming = read(row);
    const bool hasPlace = row.has(F::Commune) || row.has(F::PostalCode) || row.has(F::Departement) || row.has(F::Insee);
    if (hasPlace) {
        readPlace(row, incoming);
    }
    const qint64 known = m_context.actors.byExternalId(incoming.externalId);
    if (const int first = m_seen.externalIdLine(incoming.externalId, known)) {
        throw RowError{F::ExternalId, tr("même identifiant qu'à la ligne %1").arg(first)};
    }
    const qint64 id = known ? known : match(incoming, hasPlace);
    if (const int first = id ? m_seen.entityLine(id) : 0) {
        throw RowError{F::Name, tr("même acteur qu'à la ligne %1").arg(first)};
    }
    try {
        return save(row, line, incoming, id, hasPlace);
    } catch (...) {
        // The row took its external id: a later row with it is a duplicate all the same.
        m_seen.rejected(incoming.externalId, line);
        throw;
    }
}

ImportRowResult ActorImport::save(const ImportRow &row, int line, const Actor &incoming, qint64 id, bool hasPlace)
{
    ImportRowResult result;
    result.line = line;
    result.entity = ImportEntity::Actors;
    result.label = incoming.name;
    if (!id) {
        if (incoming.type.isEmpty()) {
            throw RowError{F::Type, tr("type de structure manquant : il est obligatoire pour un nouvel acteur")};
        }
        const qint64 newId = insert(incoming);
        m_context.actors.add(newId, incoming.externalId, incoming.name, incoming.insee.value_or(QString()));
        m_seen.entity(newId, line, !incoming.externalId.isEmpty());
        result.status = ImportRowStatus::Added;
        result.detail = incoming.placeLabel;
        return result;
    }
    m_seen.entity(id, line, !incoming.externalId.isEmpty());

    // Only the columns the file has change; an empty identifier or type keeps the one known.
    const bool themes = row.has(F::Themes);
    const bool countries = row.has(F::Countries);
    const Actor existing = load(id, themes || countries);
    Actor merged = existing;
    ChangedFields changes;
    if (!incoming.externalId.isEmpty()) {
        changes.set(merged.externalId, incoming.externalId, F::ExternalId);
    }
    changes.set(merged.name, incoming.name, F::Name);
    if (!incoming.type.isEmpty()) {
        changes.set(merged.type, incoming.type, F::Type);
    }
    const std::pair<ImportField, QString Actor::*> texts[] = {
        {F::Description, &Actor::description}, {F::Address, &Actor::address}, {F::Website, &Actor::website},
        {F::Email, &Actor::email},             {F::Phone, &Actor::phone}};
    for (const auto &[field, member] : texts) {
        if (row.has(field)) {
            changes.set(merged.*member, incoming.*member, field);
        }
    }
    if (row.has(F::Member)) {
        changes.set(merged.member, incoming.member, F::Member);
    }
    if (hasPlace && (merged.insee != incoming.insee || merged.departement != incoming.departement)) {
        merged.insee = incoming.insee;
        merged.departement = incoming.departement;
        merged.lat = incoming.lat;
        merged.lon = incoming.lon;
        changes.labels.append(ImportFields::label(F::Commune) + u" → "_s + incoming.placeLabel);
    }
    if (themes) {
        changes.set(merged.themes, incoming.themes, F::Themes);
    }
    if (countries) {
        changes.set(merged.countries, incoming.countries, F::Countries);
    }
    if (changes.labels.isEmpty()) {
        result.status = ImportRowStatus::Unchanged;
        return result;
    }
    update(id, merged, themes && merged.themes != existing.themes, countries && merged.countries != existing.countries);
    m_context.actors.remove(id, existing.externalId, existing.name, existing.insee.value_or(QString()));
    m_context.actors.add(id, merged.externalId, merged.name, merged.insee.value_or(QString()));
    result.status = ImportRowStatus::Updated;
    result.detail = tr("modifié : %1").arg(changes.labels.join(u", "_s));
    return result;
}
