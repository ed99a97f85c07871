// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hashindex.h"
#include "importfields.h"
#include "importgeocoder.h"
#include "importreport.h"
#include "importsource.h"
#include "importvalues.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QHash>

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
 *  rows the import adds, so that a row finds "the same" entity without a scan. Identifiers, names,
 *  and names with places are kept as 64-bit hashes (16 bytes an entry in a HashIndex, each index
 *  built from the database the first time it is asked for), and every hit is checked against the
 *  database, so a hash collision can never merge two entities. */
class EntityIndex
{
public:
    /** An entity the index found, checked against the database. */
    struct Candidate {
        qint64 id = 0;
        QString externalId;
    };

    /** @p all selects "id, external_id, name[, place]" of every row, @p one the same "WHERE id = ?". */
    void load(const Database &db, const char *all, const char *one);
    [[nodiscard]] bool loaded() const { return m_one.has_value(); }
    void add(qint64 id, const QString &externalId, const QString &name, const QString &place);
    void remove(qint64 id, const QString &externalId, const QString &name, const QString &place);
    /** The entity whose external id is @p externalId, 0 if none (or @p externalId is empty). */
    [[nodiscard]] qint64 byExternalId(const QString &externalId);
    /** Entities whose name folds like @p name. */
    [[nodiscard]] QList<Candidate> byName(const QString &name);
    /** Entities whose name folds like @p name and whose place (commune) is @p place. */
    [[nodiscard]] QList<Candidate> byNameAndPlace(const QString &name, const QString &place);

private:
    enum Kind { External, Name, Place };
    /** The index of @p kind, built on first use. */
    HashIndex &index(Kind kind);
    static void insert(HashIndex &index, Kind kind, qint64 id, const QString &externalId, const QString &name,
                       const QString &place);
    [[nodiscard]] QList<Candidate> checked(const QList<qint64> &ids, const QString &nameKey,
                                           const std::optional<QString> &place);

    const Database *m_db = nullptr;
    const char *m_all = nullptr;
    std::optional<Statement> m_one;
    std::array<std::optional<HashIndex>, 3> m_indexes;
};

/** The rows of one file already imported, so that a second row for the same entity or the same
 *  external id is rejected. Per entity one 16-byte entry: its first row's line, and whether that row
 *  gave the entity its external id (then the entity has it: the index finds it). The external ids
 *  of rows rejected once they took it are kept whole, apart. */
class SeenRows
{
public:
    /** The line of an earlier row with @p externalId (found as entity @p known, 0 if none), or 0. */
    [[nodiscard]] int externalIdLine(const QString &externalId, qint64 known) const;
    /** The line of an earlier row for entity @p id, or 0. */
    [[nodiscard]] int entityLine(qint64 id) const { return int(m_entities.value(quint64(id)) >> 1); }
    void entity(qint64 id, int line, bool withExternalId);
    /** The row at @p line, which took @p externalId, is rejected after all. */
    void rejected(const QString &externalId, int line);

private:
    HashIndex m_entities; ///< id → line × 2 + (row had an external id)
    QHash<QString, int> m_rejected;
};

/** The fields a row changes on an entity already in the database, by label, for the report. */
struct ChangedFields {
    QStringList labels;

    /** Sets @p target to @p value, noting @p field when that changes it. */
    template<typename T, typename V>
    void set(T &target, const V &value, ImportField field)
    {
        if (target != value) {
            target = value;
            labels.append(ImportFields::label(field));
        }
    }
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

    /** Loads @ref actors (once), which the imports of actors and of projects (leads, partners) use. */
    void loadActors();
    /** Loads @ref projects (once). */
    void loadProjects();
};

/** Turns one row into an add, an update, nothing, or a rejection, and writes it. */
class EntityImport
{
    Q_DECLARE_TR_FUNCTIONS(EntityImport)

public:
    virtual ~EntityImport() = default;
    /** Reads, checks and writes (inside the caller's transaction) one row. Throws RowError. */
    virtual ImportRowResult process(const ImportRow &row, int line) = 0;

protected:
    explicit EntityImport(ImportContext &context)
        : m_context(context)
    {
    }

    /** A value as the rejection messages quote it: « value ». */
    [[nodiscard]] static QString quoted(const QString &text);
    /** The theme codes of the row's themes cell, sorted, without duplicates. Throws RowError. */
    [[nodiscard]] static QStringList themes(const ImportContext &context, const ImportRow &row);
    /** The country codes of the row's countries cell (a whole cell naming one country, commas
     *  included, or a list), sorted, without duplicates. Throws RowError. */
    [[nodiscard]] static QStringList countries(const ImportContext &context, const ImportRow &row);

    ImportContext &m_context;
    SeenRows m_seen; ///< the rows of this file already imported
};

} // namespace Lianes
