// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfigures.h"

#include "base/paristime.h"
#include "storage/database.h"

using namespace Lianes;

KeyFigures KeyFigures::compute(const Database &db, const QDateTime &now)
{
    KeyFigures f;
    auto q = db.prepare(
        "SELECT (SELECT count(*) FROM actor), (SELECT count(*) FROM actor WHERE member = 1), "
        "(SELECT count(*) FROM project), "
        "(SELECT count(DISTINCT departement) FROM actor WHERE departement IS NOT NULL), "
        "(SELECT count(*) FROM (SELECT country FROM project_country UNION SELECT country FROM actor_country)), "
        "(SELECT count(*) FROM event WHERE starts_at >= ?)");
    q.bind(1, ParisTime::toUtcIso(now));
    if (q.step()) {
        f.actors = int(q.integer(0));
        f.members = int(q.integer(1));
        f.projects = int(q.integer(2));
        f.departementsCovered = int(q.integer(3));
        f.countries = int(q.integer(4));
        f.upcomingEvents = int(q.integer(5));
    }
    return f;
}
