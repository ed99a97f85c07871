// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Small fixed data sets for the observatory's tests: rows written straight into a fresh database.
#pragma once

#include "base/paristime.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Lianes::Fixture {

using namespace Qt::StringLiterals;

/** A fresh, migrated database in its own temporary folder. */
struct Db {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(dir.filePath(u"lianes.db"_s));
};

inline qint64 actor(const Database &db, const QString &type, std::optional<QString> departement, bool member = false)
{
    db.prepare("INSERT INTO actor(name, type, departement, member) VALUES('Acteur', ?, ?, ?)")
        .bind(1, type)
        .bind(2, departement)
        .bind(3, member)
        .exec();
    return db.lastInsertId();
}

inline qint64 project(const Database &db, const QString &kind, std::optional<qint64> yearStart,
                      std::optional<qint64> yearEnd, std::optional<double> amount = std::nullopt)
{
    db.prepare("INSERT INTO project(title, kind, year_start, year_end, amount_eur) VALUES('Projet', ?, ?, ?, ?)")
        .bind(1, kind)
        .bind(2, yearStart)
        .bind(3, yearEnd)
        .bind(4, amount)
        .exec();
    return db.lastInsertId();
}

inline void projectLink(const Database &db, const char *sql, qint64 project, const QString &value)
{
    db.prepare(sql).bind(1, project).bind(2, value).exec();
}

/** A meeting at @p parisStart ("2020-12-31T23:30", Paris local time). */
inline qint64 meeting(const Database &db, const QString &parisStart, double hours, int participants,
                      const QString &staff = u"Clarisse"_s, const QString &place = u"Lille"_s, bool online = false,
                      const QString &subject = u"Réunion"_s)
{
    db.prepare("INSERT INTO meeting(subject, place, online, staff, starts_at, duration_hours, participants) "
               "VALUES(?, ?, ?, ?, ?, ?, ?)")
        .bind(1, subject)
        .bind(2, place)
        .bind(3, online)
        .bind(4, staff)
        .bind(5, ParisTime::toUtcIso(ParisTime::fromLocalIso(parisStart)))
        .bind(6, hours)
        .bind(7, participants)
        .exec();
    return db.lastInsertId();
}

inline qint64 event(const Database &db, const QString &kind, const QString &parisStart, int minutes,
                    std::optional<qint64> attendance, const QString &title = u"Événement"_s)
{
    static int uid = 0;
    db.prepare("INSERT INTO event(uid, title, kind, starts_at, duration_min, attendance, place) "
               "VALUES(?, ?, ?, ?, ?, ?, 'Amiens')")
        .bind(1, u"test-%1@example.org"_s.arg(++uid))
        .bind(2, title)
        .bind(3, kind)
        .bind(4, ParisTime::toUtcIso(ParisTime::fromLocalIso(parisStart)))
        .bind(5, minutes)
        .bind(6, attendance)
        .exec();
    return db.lastInsertId();
}

inline void registration(const Database &db, qint64 event, const QString &status, bool checkedIn = false)
{
    db.prepare("INSERT INTO registration(event, status, consent_version, consent_at, created_at, checked_in_at) "
               "VALUES(?, ?, 'v1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?)")
        .bind(1, event)
        .bind(2, status)
        .bind(3, checkedIn ? std::optional(u"2026-01-02T00:00:00Z"_s) : std::nullopt)
        .exec();
}

} // namespace Lianes::Fixture
