// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "agenda/agendalog.h"
#include "consent.h"
#include "domain/paristime.h"
#include "storage/database.h"

using namespace Lianes;

int Retention::purge(const Database &db, const QDateTime &now)
{
    const QString limit = ParisTime::toUtcIso(now.addMonths(-Consent::RetentionMonths));
    Transaction tx(db, Transaction::Immediate);
    auto q = db.prepare(
        "UPDATE registration SET first_name = NULL, last_name = NULL, email = NULL, email_key = NULL, "
        "structure = NULL, postcode = NULL, commune = NULL, purged_at = ? "
        "WHERE purged_at IS NULL AND event IN (SELECT id FROM event "
        "WHERE strftime('%Y-%m-%dT%H:%M:%SZ', starts_at, '+' || duration_min || ' minutes') < ?)");
    q.bind(1, ParisTime::toUtcIso(now)).bind(2, limit).exec();
    const int purged = db.changes();
    tx.commit();
    if (purged > 0) {
        qCInfo(LOG_AGENDA) << purged << "registrations past their retention period erased";
    }
    return purged;
}
