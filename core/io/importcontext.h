// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importfields.h"
#include "importgeocoder.h"
#include "importreport.h"
#include "importsource.h"
#include "importvalues.h"

#include <QHash>
#include <QMultiHash>

#include <array>

namespace Lianes {

class Database;

/** The cells of one row by field, trimmed, with the exports' formula guard removed. */
class ImportRow
{
public:
    ImportRow(const ImportSection &section, const ImportRecord &record);
    /** True when the file has a column for @p field (even if this row's cell is empty). */
    [[nodiscard]] bool has(ImportField field) const { return m_columns[size_t(field)] >= 0; }
    [[nodiscard]] QString value(ImportField field) const;
    /** The header of @p field's column, for messages. */
    [[nodiscard]] QString header(ImportField field) const;

private:
    const ImportSection &m_section;
    const ImportRecord &m_record;
    std::array<int, size_t(ImportField::Partners) + 1> m_columns;
};

/** A rejection raised while reading a row: the field at fault and why (French). */
struct RowError {
    ImportField field;
    QString reason;
    QString column = {}; ///< the column's header when it is not a field's (ragged rows)
};

/** Names and identifiers of the actors (or projects) in the database, kept in step with the
 *  rows the import adds, so that a row finds "the same" entity without a query per row. */
class EntityIndex
{
public:
    /** Loads id, external id, name and (actors) commune of every row of @p table. */
    void load(const Database &db, const char *sql);
    void add(qint64 id, const QString &externalId, const QString &nameKey, const QString &placeKey);
    void remove(qint64 id);
    [[nodiscard]] qint64 byExternalId(const QString &externalId) const { return m_byExternal.value(externalId); }
    /** Ids with this folded name (and place, when @p placeKey is given). */
    [[nodiscard]] QList<qint64> byName(const QString &nameKey) const { return m_byName.values(nameKey); }
    [[nodiscard]] QList<qint64> byNameAndPlace(const QString &nameKey, const QString &placeKey) const;
    [[nodiscard]] QString externalId(qint64 id) const { return m_entries.value(id).externalId; }
    [[nodiscard]] bool loaded() const { return m_loaded; }

private:
    struct Entry {
        QString externalId;
        QString nameKey;
        QString placeKey;
    };
    bool m_loaded = false;
    QHash<qint64, Entry> m_entries;
    QHash<QString, qint64> m_byExternal;
    QMultiHash<QString, qint64> m_byName;
    QMultiHash<QString, qint64> m_byPlace; ///< nameKey + '\x1f' + placeKey
};

/** What every row of an import shares: the database, the value readers, the geocoder, the indexes. */
struct ImportContext {
    explicit ImportContext(const Database &database);
    const Database &db;
    ImportValues values;
    ImportGeocoder geocoder;
    EntityIndex actors;
    EntityIndex projects;
    QString sourceLabel; ///< stored in `source` of the rows the import adds
};

/** Turns one row into an add, an update, nothing, or a rejection, and writes it. */
class EntityImport
{
public:
    virtual ~EntityImport() = default;
    /** Reads, checks and writes (inside the caller's transaction) one row. Throws RowError. */
    virtual ImportRowResult process(const ImportRow &row, int line) = 0;
};

} // namespace Lianes
