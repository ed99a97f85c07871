// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

#include "base/textfold.h"
#include "storage/database.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

ImportRow::ImportRow(const ImportSection &section, const ImportRecord &record)
    : m_section(section)
    , m_record(record)
{
    m_columns.fill(-1);
    for (qsizetype i = 0; i < section.mapping.size(); ++i) {
        const ImportField field = section.mapping[i];
        if (field != ImportField::Unknown && field != ImportField::Ignored) {
            m_columns[size_t(field)] = int(i);
        }
    }
}

QString ImportRow::value(ImportField field) const
{
    const int column = m_columns[size_t(field)];
    if (column < 0 || column >= m_record.cells.size()) {
        return {};
    }
    return ImportValues::unprotect(m_record.cells[column].trimmed());
}

QString ImportRow::header(ImportField field) const
{
    const int column = m_columns[size_t(field)];
    return column >= 0 ? m_section.columns.value(column) : ImportFields::header(field);
}

namespace {

quint64 externalHash(const QString &externalId)
{
    return qHash(externalId, 0xe7e1d);
}

quint64 nameHash(const QString &nameKey)
{
    return qHash(nameKey, 0x5eed);
}

quint64 placeHash(const QString &nameKey, const QString &place)
{
    return qHashMulti(0x91ace, nameKey, place);
}

} // namespace

void EntityIndex::load(const Database &db, const char *all, const char *one)
{
    m_db = &db;
    m_all = all;
    m_one.emplace(db.prepare(one));
    m_indexes = {};
}

HashIndex &EntityIndex::index(Kind kind)
{
    // Built from the database when first asked for: the rows this import added are there already
    // (same transaction), so it is the index add() would have kept since the start.
    std::optional<HashIndex> &index = m_indexes[kind];
    if (!index) {
        index.emplace();
        auto q = m_db->prepare(m_all);
        while (q.step()) {
            insert(*index, kind, q.integer(0), q.text(1), q.text(2), q.columnCount() > 3 ? q.text(3) : QString());
        }
    }
    return *index;
}

void EntityIndex::insert(HashIndex &index, Kind kind, qint64 id, const QString &externalId, const QString &name,
                         const QString &place)
{
    switch (kind) {
    case External:
        if (!externalId.isEmpty()) {
            index.insert(externalHash(externalId), id);
        }
        return;
    case Name:
        index.insert(nameHash(TextFold::fold(name)), id);
        return;
    case Place:
        index.insert(placeHash(TextFold::fold(name), place), id);
        return;
    }
}

void EntityIndex::add(qint64 id, const QString &externalId, const QString &name, const QString &place)
{
    for (const Kind kind : {External, Name, Place}) {
        if (m_indexes[kind]) {
            insert(*m_indexes[kind], kind, id, externalId, name, place);
        }
    }
}

void EntityIndex::remove(qint64 id, const QString &externalId, const QString &name, const QString &place)
{
    if (m_indexes[External] && !externalId.isEmpty()) {
        m_indexes[External]->remove(externalHash(externalId), id);
    }
    if (!m_indexes[Name] && !m_indexes[Place]) {
        return;
    }
    const QString nameKey = TextFold::fold(name);
    if (m_indexes[Name]) {
        m_indexes[Name]->remove(nameHash(nameKey), id);
    }
    if (m_indexes[Place]) {
        m_indexes[Place]->remove(placeHash(nameKey, place), id);
    }
}

qint64 EntityIndex::byExternalId(const QString &externalId)
{
    if (externalId.isEmpty()) {
        return 0;
    }
    for (const qint64 id : index(External).values(externalHash(externalId))) {
        m_one->bind(1, id);
        const bool same = m_one->step() && m_one->text(1) == externalId;
        m_one->reset();
        if (same) {
            return id;
        }
    }
    return 0;
}

QList<EntityIndex::Candidate> EntityIndex::byName(const QString &name)
{
    const QString nameKey = TextFold::fold(name);
    return checked(index(Name).values(nameHash(nameKey)), nameKey, std::nullopt);
}

QList<EntityIndex::Candidate> EntityIndex::byNameAndPlace(const QString &name, const QString &place)
{
    const QString nameKey = TextFold::fold(name);
    return checked(index(Place).values(placeHash(nameKey, place)), nameKey, place);
}

QList<EntityIndex::Candidate> EntityIndex::checked(const QList<qint64> &ids, const QString &nameKey,
                                                   const std::optional<QString> &place)
{
    QList<Candidate> found;
    for (const qint64 id : ids) {
        m_one->bind(1, id);
        if (m_one->step() && TextFold::fold(m_one->text(2)) == nameKey
            && (!place || (m_one->columnCount() > 3 ? m_one->text(3) : QString()) == *place)) {
            found.append({id, m_one->text(1)});
        }
        m_one->reset();
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) { return a.id < b.id; });
    return found;
}

int SeenRows::externalIdLine(const QString &externalId, qint64 known) const
{
    if (externalId.isEmpty()) {
        return 0;
    }
    if (const int line = m_rejected.value(externalId)) {
        return line;
    }
    // The entity that has this external id got it from an earlier row, or had it before.
    const qint64 seen = known ? m_entities.value(quint64(known)) : 0;
    return seen & 1 ? int(seen >> 1) : 0;
}

void SeenRows::entity(qint64 id, int line, bool withExternalId)
{
    m_entities.insert(quint64(id), qint64(line) * 2 + (withExternalId ? 1 : 0));
}

void SeenRows::rejected(const QString &externalId, int line)
{
    if (!externalId.isEmpty() && !m_rejected.contains(externalId)) {
        m_rejected.insert(externalId, line);
    }
}

ImportContext::ImportContext(const Database &database)
    : db(database)
    , values(database)
    , geocoder(database)
{
}

void ImportContext::loadActors()
{
    if (!actors.loaded()) {
        actors.load(db, "SELECT id, external_id, name, commune FROM actor",
                    "SELECT id, external_id, name, commune FROM actor WHERE id = ?");
    }
}

void ImportContext::loadProjects()
{
    if (!projects.loaded()) {
        projects.load(db, "SELECT id, external_id, title FROM project",
                      "SELECT id, external_id, title FROM project WHERE id = ?");
    }
}

QString EntityImport::quoted(const QString &text)
{
    return u"« "_s + text + u" »"_s;
}

QStringList EntityImport::themes(const ImportContext &context, const ImportRow &row)
{
    QStringList codes;
    for (const QString &item : ImportValues::split(row.value(ImportField::Themes), true)) {
        const auto code = context.values.theme(item);
        if (!code) {
            throw RowError{ImportField::Themes, tr("thématique %1 inconnue").arg(quoted(item))};
        }
        codes.append(*code);
    }
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

QStringList EntityImport::countries(const ImportContext &context, const ImportRow &row)
{
    const QString cell = row.value(ImportField::Countries);
    if (const auto whole = context.values.country(cell)) {
        return {*whole};
    }
    QStringList codes;
    for (const QString &item : ImportValues::split(cell, true)) {
        const auto code = context.values.country(item);
        if (!code) {
            throw RowError{ImportField::Countries, tr("pays %1 inconnu").arg(quoted(item))};
        }
        codes.append(*code);
    }
    codes.sort();
    codes.removeDuplicates();
    return codes;
}
