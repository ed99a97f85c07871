// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

#include "search/textfold.h"
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
    m_one.emplace(db.prepare(one));
    auto q = db.prepare(all);
    while (q.step()) {
        add(q.integer(0), q.text(1), q.text(2), q.columnCount() > 3 ? q.text(3) : QString());
    }
}

void EntityIndex::add(qint64 id, const QString &externalId, const QString &name, const QString &place)
{
    if (!externalId.isEmpty()) {
        m_byExternal.insert(externalId, id);
    }
    const QString nameKey = TextFold::fold(name);
    m_byName.insert(nameHash(nameKey), id);
    m_byPlace.insert(placeHash(nameKey, place), id);
}

void EntityIndex::remove(qint64 id, const QString &externalId, const QString &name, const QString &place)
{
    if (!externalId.isEmpty()) {
        m_byExternal.remove(externalId);
    }
    const QString nameKey = TextFold::fold(name);
    m_byName.remove(nameHash(nameKey), id);
    m_byPlace.remove(placeHash(nameKey, place), id);
}

QList<EntityIndex::Candidate> EntityIndex::byName(const QString &name)
{
    const QString nameKey = TextFold::fold(name);
    return checked(m_byName.values(nameHash(nameKey)), nameKey, std::nullopt);
}

QList<EntityIndex::Candidate> EntityIndex::byNameAndPlace(const QString &name, const QString &place)
{
    const QString nameKey = TextFold::fold(name);
    return checked(m_byPlace.values(placeHash(nameKey, place)), nameKey, place);
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

ImportContext::ImportContext(const Database &database)
    : db(database)
    , values(database)
    , geocoder(database)
{
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
