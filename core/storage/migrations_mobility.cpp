// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Schema for the youth mobility toolkit: the catalogue's order, the Coop Lab projects kept on a phone.
#include "database.h"

namespace Lianes::Migrations {

/** Version 3: programme order; Coop Lab projects and their ticked items (never written on a kiosk). */
void mobility(const Database &db)
{
    db.exec(R"(
        ALTER TABLE programme ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE mobility_project (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            created_at TEXT NOT NULL,           -- UTC, ISO 8601
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE mobility_project_item (
            project INTEGER NOT NULL REFERENCES mobility_project(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            done_at TEXT NOT NULL,
            PRIMARY KEY (project, item)
        ) STRICT, WITHOUT ROWID;
    )");
}

} // namespace Lianes::Migrations
