// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations_agenda.h"

#include "database.h"

void Lianes::Migrations::agenda(const Database &db)
{
    db.exec(R"(
        -- The exact consent text a visitor ticked, once per version: registration.consent_version points here,
        -- so the network can show what each person agreed to.
        CREATE TABLE consent_text (
            version TEXT PRIMARY KEY,
            text TEXT NOT NULL CHECK (length(text) > 0),
            first_used_at TEXT NOT NULL
        ) STRICT;

        -- Events imported from an iCalendar file: the UID of the VEVENT (a recurring one gives several rows,
        -- each with uid = series UID + its occurrence), so a new import replaces the whole series.
        ALTER TABLE event ADD COLUMN series_uid TEXT;
        ALTER TABLE event ADD COLUMN updated_at TEXT;
        CREATE INDEX event_series_idx ON event(series_uid) WHERE series_uid IS NOT NULL;
    )");
}
