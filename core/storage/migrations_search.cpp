// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations_search.h"

#include "database.h"

using namespace Lianes;

// The index holds folded words (lianes_search_key: TextFold::placeKey, registered on every
// connection), so "Œuf" is found by "oeuf", which unicode61 alone would not do. Rowids say the
// kind: 1 << 40 + rank by population for communes, 2 << 40 + id for projects, 3 << 40 + id for
// actors, so a search reads one kind at a time, in that order, and stops at its limit.
//
// Triggers on actor and project note what changed in search_pending; SearchIndex::sync() applies
// the notes in one statement per kind before it searches. (Writing the FTS5 table from the
// triggers themselves would flush FTS5's pending data at every row: a hundred times slower.)
// Communes are reference data written by migration 1 only: indexed with the table, once.
void Migrations::createSearchTable(const Database &db)
{
    // Also what SearchIndex::rebuild() makes again from the tables when the index is damaged: the
    // index is derived data. Change it only with a migration that rebuilds it.
    db.exec(R"(
        CREATE VIRTUAL TABLE search USING fts5(
            text,
            label UNINDEXED,
            ref UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3 4'
        );
        INSERT INTO search(rowid, text, label, ref)
            SELECT (1 << 40) + row_number() OVER (ORDER BY population DESC, insee),
                   lianes_search_key(name) || ' ' || postal_code, name, insee
            FROM commune;
    )");
}

void Migrations::v3Search(const Database &db)
{
    createSearchTable(db);
    db.exec(R"(
        CREATE TABLE search_pending (id INTEGER PRIMARY KEY) STRICT; -- rowids of search to refresh

        CREATE TRIGGER actor_search_insert AFTER INSERT ON actor BEGIN
            INSERT OR IGNORE INTO search_pending(id) VALUES ((3 << 40) + new.id);
        END;
        CREATE TRIGGER actor_search_update AFTER UPDATE OF id, name, commune ON actor BEGIN
            INSERT OR IGNORE INTO search_pending(id) VALUES ((3 << 40) + old.id), ((3 << 40) + new.id);
        END;
        CREATE TRIGGER actor_search_delete AFTER DELETE ON actor BEGIN
            INSERT OR IGNORE INTO search_pending(id) VALUES ((3 << 40) + old.id);
        END;
        CREATE TRIGGER project_search_insert AFTER INSERT ON project BEGIN
            INSERT OR IGNORE INTO search_pending(id) VALUES ((2 << 40) + new.id);
        END;
        CREATE TRIGGER project_search_update AFTER UPDATE OF id, title ON project BEGIN
            INSERT OR IGNORE INTO search_pending(id) VALUES ((2 << 40) + old.id), ((2 << 40) + new.id);
        END;
        CREATE TRIGGER project_search_delete AFTER DELETE ON project BEGIN
            INSERT OR IGNORE INTO search_pending(id) VALUES ((2 << 40) + old.id);
        END;

        INSERT INTO search_pending(id) SELECT (3 << 40) + id FROM actor;
        INSERT INTO search_pending(id) SELECT (2 << 40) + id FROM project;
    )");
}

// Inserts no longer go through triggers: a trigger per inserted row cost a tenth to a quarter of a
// 100k-row import. New rows have rowids above every indexed one (SQLite gives max(rowid) + 1), so
// SearchIndex::sync() indexes each kind above its highest indexed rowid, read from the index
// itself. A top row deleted and its rowid given again is still right: the deletion is pending and
// processed first, which lowers that mark. Updates and deletions keep their triggers. The one
// writer of explicit ids, the JSON restore, empties the tables first, which marks every old row.
void Migrations::v6SearchInsertsByRowid(const Database &db)
{
    db.exec(R"(
        DROP TRIGGER actor_search_insert;
        DROP TRIGGER project_search_insert;
    )");
}
