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

void Lianes::Migrations::capacityGuard(const Database &db)
{
    // Counted when a registration becomes confirmed (inserted so, or moved from the waiting list or
    // another event). Lowering an event's capacity is allowed: those confirmed keep their places and
    // nobody else is confirmed until the count is under the new capacity again.
    db.exec(R"(
        CREATE TRIGGER registration_capacity_insert BEFORE INSERT ON registration
        WHEN NEW.status = 'confirmed'
            AND (SELECT capacity FROM event WHERE id = NEW.event) IS NOT NULL
            AND (SELECT count(*) FROM registration WHERE event = NEW.event AND status = 'confirmed')
                >= (SELECT capacity FROM event WHERE id = NEW.event)
        BEGIN
            SELECT RAISE(ABORT, 'plus d''inscriptions confirmées que de places pour cet événement');
        END;
        CREATE TRIGGER registration_capacity_update BEFORE UPDATE OF status, event ON registration
        WHEN NEW.status = 'confirmed' AND (OLD.status IS NOT 'confirmed' OR OLD.event IS NOT NEW.event)
            AND (SELECT capacity FROM event WHERE id = NEW.event) IS NOT NULL
            AND (SELECT count(*) FROM registration WHERE event = NEW.event AND status = 'confirmed')
                >= (SELECT capacity FROM event WHERE id = NEW.event)
        BEGIN
            SELECT RAISE(ABORT, 'plus d''inscriptions confirmées que de places pour cet événement');
        END;
    )");
}

void Lianes::Migrations::writtenFiles(const Database &db)
{
    db.exec(R"(
        CREATE TABLE written_file (
            path TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('sauvegarde', 'export')),
            written_at TEXT NOT NULL
        ) STRICT;
    )");
}
