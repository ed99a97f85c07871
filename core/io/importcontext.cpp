// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

#include "search/textfold.h"
#include "storage/database.h"

using namespace Lianes;

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

void EntityIndex::load(const Database &db, const char *sql)
{
    m_loaded = true;
    auto q = db.prepare(sql);
    while (q.step()) {
        add(q.integer(0), q.text(1), TextFold::fold(q.text(2)), q.columnCount() > 3 ? q.text(3) : QString());
    }
}

void EntityIndex::add(qint64 id, const QString &externalId, const QString &nameKey, const QString &placeKey)
{
    m_entries.insert(id, {externalId, nameKey, placeKey});
    if (!externalId.isEmpty()) {
        m_byExternal.insert(externalId, id);
    }
    m_byName.insert(nameKey, id);
    m_byPlace.insert(nameKey + u'\x1f' + placeKey, id);
}

void EntityIndex::remove(qint64 id)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend()) {
        return;
    }
    if (!it->externalId.isEmpty()) {
        m_byExternal.remove(it->externalId);
    }
    m_byName.remove(it->nameKey, id);
    m_byPlace.remove(it->nameKey + u'\x1f' + it->placeKey, id);
    m_entries.erase(it);
}

QList<qint64> EntityIndex::byNameAndPlace(const QString &nameKey, const QString &placeKey) const
{
    return m_byPlace.values(nameKey + u'\x1f' + placeKey);
}

ImportContext::ImportContext(const Database &database)
    : db(database)
    , values(database)
    , geocoder(database)
{
}
