// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lianes {
class Database;
namespace Migrations {
/** Version 3: the search index (FTS5) over actors, projects and communes, and its triggers. */
void v3Search(const Database &db);
/** The FTS5 table `search`, with the communes indexed (actors and projects: SearchIndex::sync()). */
void createSearchTable(const Database &db);
/** Version 6: rows added are indexed by rowid, without a trigger per inserted row. */
void v6SearchInsertsByRowid(const Database &db);
}
} // namespace Lianes
