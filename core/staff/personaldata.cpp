// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldata.h"

#include "base/logging.h"
#include "base/paristime.h"
#include "registration/registrar.h"
#include "registration/registrationrules.h"
#include "storage/database.h"

#include <QJsonArray>

using namespace Lianes;
using namespace Qt::StringLiterals;

QJsonObject PersonalData::find(const Database &db, const QString &email, const QDateTime &now)
{
    QJsonArray registrations;
    auto q = db.prepare("SELECT r.id, e.title, e.starts_at, r.status, r.first_name, r.last_name, r.email, r.structure, "
                        "r.actor_type, r.postcode, r.commune, r.age_bracket, r.parent_agreement, r.newsletter, "
                        "r.consent_version, r.consent_at, r.created_at, r.checked_in_at, r.cancelled_at "
                        "FROM registration r JOIN event e ON e.id = r.event WHERE r.email_key = ? ORDER BY r.id");
    q.bind(1, RegistrationRules::emailKey(email));
    static const char *const fields[] = {"id", "event", "event_start", "status", "first_name", "last_name", "email",
                                         "structure", "actor_type", "postcode", "commune", "age_bracket",
                                         "parent_agreement", "newsletter", "consent_version", "consent_at",
                                         "created_at", "checked_in_at", "cancelled_at"};
    while (q.step()) {
        QJsonObject row;
        for (int c = 0; c < q.columnCount(); ++c) {
            row.insert(QLatin1StringView(fields[c]), QJsonValue::fromVariant(q.value(c)));
        }
        registrations.append(row);
    }
    return QJsonObject{{u"email"_s, RegistrationRules::emailKey(email)},
                       {u"generated_at"_s, ParisTime::toUtcIso(now)},
                       {u"registrations"_s, registrations}};
}

int PersonalData::erase(const Database &db, const QString &email, const QDateTime &now)
{
    // A confirmed place in a coming event is cancelled first, so the first person waiting gets it.
    {
        auto active = db.prepare("SELECT r.id FROM registration r JOIN event e ON e.id = r.event "
                                 "WHERE r.email_key = ? AND r.status <> 'cancelled' AND e.starts_at > ?");
        active.bind(1, RegistrationRules::emailKey(email)).bind(2, ParisTime::toUtcIso(now));
        QList<qint64> ids;
        while (active.step()) {
            ids << active.integer(0);
        }
        const Registrar registrar(db);
        for (const qint64 id : std::as_const(ids)) {
            registrar.cancel(id, now);
        }
    }
    int erased = 0;
    {
        Transaction tx(db);
        auto q = db.prepare("DELETE FROM registration WHERE email_key = ?");
        q.bind(1, RegistrationRules::emailKey(email)).exec();
        erased = db.changes();
        tx.commit();
    }
    // secure_delete zeroes the freed pages; the checkpoint moves them into the main file and the
    // truncation empties the WAL, so no copy of the erased bytes is left on disk.
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    qCInfo(LOG_STORAGE) << "personal data erased:" << erased << "rows";
    return erased;
}

int PersonalData::purgeExpired(const Database &db, const QDateTime &now, int months)
{
    const QString cutoff = ParisTime::toUtcIso(now.addMonths(-std::max(1, months)));
    Transaction tx(db);
    // An event "ended" at starts_at + duration; compare in UTC ISO text, the database's format.
    auto q = db.prepare(
        "UPDATE registration SET first_name = NULL, last_name = NULL, email = NULL, email_key = NULL, "
        "structure = NULL, postcode = NULL, commune = NULL, purged_at = ? "
        "WHERE purged_at IS NULL AND event IN (SELECT id FROM event WHERE "
        "strftime('%Y-%m-%dT%H:%M:%SZ', starts_at, '+' || duration_min || ' minutes') < ?)");
    q.bind(1, ParisTime::toUtcIso(now)).bind(2, cutoff).exec();
    const int purged = db.changes();
    tx.commit();
    if (purged > 0) {
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        qCInfo(LOG_STORAGE) << "retention purge:" << purged << "registrations anonymised";
    }
    return purged;
}
