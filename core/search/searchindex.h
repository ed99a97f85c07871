// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlite.h"

#include <QList>
#include <QString>

#include <memory>

struct sqlite3;

namespace Lianes {

class Database;

/** One thing found by a search. */
struct SearchHit {
    enum Kind { Commune = 1, Project = 2, Actor = 3 };
    Kind kind = Actor;
    QString ref; ///< actor or project id, or INSEE code of the commune
    QString label; ///< name as written
};

/** Search as you type over actors, projects and communes: the SQLite FTS5 table `search` (schema
 *  version 3) of names folded with TextFold (accents, case, "œ", apostrophes, hyphens, "St" for
 *  "Saint"). Triggers note every update or deletion of an actor or project, rows added are those
 *  above the highest indexed rowid; sync() applies both, and every search syncs first, so results
 *  always follow the tables, whoever wrote them. Every word
 *  typed must begin a word of the name (or of an actor's town). Results of a kind come in a
 *  stable order: communes by population, actors and projects as entered. A search that finds
 *  the index damaged rebuilds it from the tables and searches again. */
class SearchIndex
{
public:
    explicit SearchIndex(const Database &db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /** Up to @p limit hits of @p kind for what the user typed; none for blank text. */
    [[nodiscard]] QList<SearchHit> search(QStringView text, SearchHit::Kind kind, int limit);

    /** Brings the index up to date with the actor and project tables (one transaction);
     *  returns how many index rows it wrote or removed (0: it was up to date). */
    int sync();

    /** Makes the index again from the actor, project and commune tables: for a damaged index. */
    void rebuild();

    /** FTS5's own check of the index of the database file at @p path against its rows (which the
     *  startup check leaves out: Database::open): "ok", or what is wrong. Opens its own read-only
     *  connection, so it can run on any thread while the app works. */
    [[nodiscard]] static QString checkFile(const QString &path);

    /** The FTS5 query for @p text (every word as a quoted prefix, "st"/"ste" also as
     *  "saint"/"sainte"), or empty when @p text has no word. Bound as a parameter, never spliced. */
    [[nodiscard]] static QString matchExpression(QStringView text);


    /** First FTS5 rowid of a kind: rowid = base + id (communes: + rank by population). */
    [[nodiscard]] static constexpr qint64 rowidBase(SearchHit::Kind kind) { return qint64(kind) << 40; }

private:
    [[nodiscard]] QList<SearchHit> find(const QString &match, SearchHit::Kind kind, int limit);

    const Database &m_db;
    std::unique_ptr<Statement> m_pending;
    std::unique_ptr<Statement> m_query;
};

} // namespace Lianes
