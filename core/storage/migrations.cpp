// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// One function per schema version. Each runs inside the transaction opened by Database::migrate();
// never edit a released migration: add the next one.
#include "database.h"
#include "migrations_agenda.h"
#include "migrations_search.h"

#include "base/csvreader.h"
#include "base/textfold.h"
#include "base/vocabulary.h"

#include <QFile>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw SqlError(0, u"ressource manquante : "_s + path);
    }
    return file.readAll();
}

// Version 1: reference data: vocabularies, départements, the communes gazetteer, countries, settings.
void v1(const Database &db)
{
    db.exec(R"(
        CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE actor_type (code TEXT PRIMARY KEY, position INTEGER NOT NULL) STRICT;
        CREATE TABLE theme (code TEXT PRIMARY KEY, position INTEGER NOT NULL) STRICT;
        CREATE TABLE departement (code TEXT PRIMARY KEY, name TEXT NOT NULL, prefecture TEXT NOT NULL) STRICT;
        CREATE TABLE commune (
            insee TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            departement TEXT NOT NULL REFERENCES departement(code),
            postal_code TEXT NOT NULL,
            lat REAL NOT NULL,
            lon REAL NOT NULL,
            population INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX commune_name_key ON commune(name_key);
        CREATE INDEX commune_postal ON commune(postal_code);
        CREATE TABLE country (
            iso2 TEXT PRIMARY KEY,
            iso3 TEXT NOT NULL UNIQUE,
            name_fr TEXT NOT NULL,
            name_en TEXT NOT NULL,
            lat REAL NOT NULL,
            lon REAL NOT NULL
        ) STRICT;
    )");

    int position = 0;
    auto insertType = db.prepare("INSERT INTO actor_type(code, position) VALUES(?, ?)");
    for (const auto &t : Vocabulary::actorTypes()) {
        insertType.bind(1, t.code).bind(2, position++).exec();
    }
    position = 0;
    auto insertTheme = db.prepare("INSERT INTO theme(code, position) VALUES(?, ?)");
    for (const auto &t : Vocabulary::themes()) {
        insertTheme.bind(1, t.code).bind(2, position++).exec();
    }
    auto insertDep = db.prepare("INSERT INTO departement(code, name, prefecture) VALUES(?, ?, ?)");
    for (const auto &d : Vocabulary::departements()) {
        insertDep.bind(1, d.code).bind(2, d.name).bind(3, d.prefecture).exec();
    }

    auto insertCommune = db.prepare("INSERT INTO commune(insee, name, name_key, departement, postal_code, "
                                    "lat, lon, population) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    CsvReader communes(resource(u":/lianes/geo/communes.csv"_s));
    (void)communes.readRow(); // header: insee_code,name,departement_code,postal_code,latitude,longitude,population
    while (auto row = communes.readRow()) {
        const QStringList &f = *row;
        if (f.size() != 7) {
            continue;
        }
        insertCommune.bind(1, f[0]).bind(2, f[1]).bind(3, TextFold::placeKey(f[1])).bind(4, f[2]).bind(5, f[3])
            .bind(6, f[4].toDouble()).bind(7, f[5].toDouble()).bind(8, f[6].toLongLong())
            .exec();
    }

    auto insertCountry = db.prepare("INSERT INTO country(iso2, iso3, name_fr, name_en, lat, lon) "
                                    "VALUES(?, ?, ?, ?, ?, ?)");
    CsvReader countries(resource(u":/lianes/geo/countries.csv"_s));
    (void)countries.readRow(); // header: iso2,iso3,name_fr,name_en,latitude,longitude
    while (auto row = countries.readRow()) {
        const QStringList &f = *row;
        if (f.size() != 6) {
            continue;
        }
        insertCountry.bind(1, f[0]).bind(2, f[1]).bind(3, f[2]).bind(4, f[3]).bind(5, f[4].toDouble())
            .bind(6, f[5].toDouble())
            .exec();
    }
}

// Version 2: the domain: actors, projects, events, registrations, mobility programmes, meetings.
void v2(const Database &db)
{
    db.exec(R"(
        CREATE TABLE actor (
            id INTEGER PRIMARY KEY,
            external_id TEXT UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            type TEXT NOT NULL REFERENCES actor_type(code),
            member INTEGER NOT NULL DEFAULT 0 CHECK (member IN (0, 1)),
            description TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            commune TEXT REFERENCES commune(insee),
            departement TEXT REFERENCES departement(code),
            lat REAL,
            lon REAL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            demo INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            CHECK ((lat IS NULL) = (lon IS NULL))
        ) STRICT;
        CREATE INDEX actor_type_idx ON actor(type);
        CREATE INDEX actor_departement_idx ON actor(departement);
        CREATE TABLE actor_theme (
            actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            theme TEXT NOT NULL REFERENCES theme(code),
            PRIMARY KEY (actor, theme)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE actor_country (
            actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            country TEXT NOT NULL REFERENCES country(iso2),
            PRIMARY KEY (actor, country)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE project (
            id INTEGER PRIMARY KEY,
            external_id TEXT UNIQUE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            kind TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            year_start INTEGER,
            year_end INTEGER,
            amount_eur REAL,
            audience TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            demo INTEGER NOT NULL DEFAULT 0,
            CHECK (year_end IS NULL OR year_start IS NULL OR year_end >= year_start)
        ) STRICT;
        CREATE TABLE project_theme (
            project INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            theme TEXT NOT NULL REFERENCES theme(code),
            PRIMARY KEY (project, theme)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE project_country (
            project INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            country TEXT NOT NULL REFERENCES country(iso2),
            PRIMARY KEY (project, country)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX project_country_idx ON project_country(country);
        CREATE TABLE project_actor (
            project INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
            PRIMARY KEY (project, actor)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX project_actor_actor_idx ON project_actor(actor);

        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('webinaire', 'formation', 'reunion_information', 'commission',
                                               'rencontre', 'festisol')),
            starts_at TEXT NOT NULL,            -- UTC, ISO 8601
            duration_min INTEGER NOT NULL CHECK (duration_min > 0),
            online INTEGER NOT NULL DEFAULT 0,
            url TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            commune TEXT REFERENCES commune(insee),
            organiser TEXT NOT NULL DEFAULT '',
            organiser_actor INTEGER REFERENCES actor(id) ON DELETE SET NULL,
            audience TEXT NOT NULL DEFAULT '',
            capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
            registration_opens TEXT,
            registration_closes TEXT,
            festisol INTEGER NOT NULL DEFAULT 0,
            attendance INTEGER CHECK (attendance IS NULL OR attendance >= 0), -- recorded after the event
            source TEXT NOT NULL DEFAULT '',
            demo INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX event_start_idx ON event(starts_at);

        CREATE TABLE registration (
            id INTEGER PRIMARY KEY,
            event INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
            first_name TEXT,
            last_name TEXT,
            email TEXT,
            email_key TEXT,                     -- trimmed, lower case: one registration per person and event
            structure TEXT,
            actor_type TEXT REFERENCES actor_type(code),
            postcode TEXT,
            commune TEXT REFERENCES commune(insee),
            age_bracket TEXT,
            parent_agreement INTEGER NOT NULL DEFAULT 0,
            newsletter INTEGER NOT NULL DEFAULT 0,
            consent_version TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            checked_in_at TEXT,
            cancelled_at TEXT,
            purged_at TEXT
        ) STRICT;
        CREATE UNIQUE INDEX registration_person_idx ON registration(event, email_key)
            WHERE status <> 'cancelled' AND email_key IS NOT NULL;
        CREATE INDEX registration_event_idx ON registration(event, status, id);

        CREATE TABLE programme (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            data TEXT NOT NULL CHECK (json_valid(data)),
            source_url TEXT NOT NULL DEFAULT '',
            checked_on TEXT
        ) STRICT;

        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
            place TEXT NOT NULL DEFAULT '',
            commune TEXT REFERENCES commune(insee),
            online INTEGER NOT NULL DEFAULT 0,
            staff TEXT NOT NULL DEFAULT '',
            starts_at TEXT NOT NULL,            -- UTC, ISO 8601
            duration_hours REAL NOT NULL CHECK (duration_hours >= 0),
            participants INTEGER NOT NULL CHECK (participants >= 0),
            notes TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            demo INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX meeting_start_idx ON meeting(starts_at);
        CREATE TABLE meeting_actor (
            meeting INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting, actor)
        ) STRICT, WITHOUT ROWID;
    )");
}

} // namespace

void Migrations::apply(const Database &db, int version)
{
    switch (version) {
    case 1:
        return v1(db);
    case 2:
        return v2(db);
    case 3:
        return mobility(db);
    case 4:
        return Migrations::agenda(db);
    case 5:
        return v3Search(db);
    case 6:
        return v6SearchInsertsByRowid(db);
    case 7:
        return Migrations::capacityGuard(db);
    case 8:
        return Migrations::writtenFiles(db);
    default:
        throw SqlError(0, u"migration inconnue : "_s + QString::number(version));
    }
}
