// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrar.h"

#include "base/logging.h"
#include "base/paristime.h"
#include "consent.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Registrar)
};

QString dayAndTime(const QDateTime &utc)
{
    // The QLocale pattern is a translation: "à" and the French "14h00" are not English.
    return QLocale().toString(ParisTime::toParis(utc), Tr::tr("dddd d MMMM yyyy 'à' HH'h'mm", "format de date"));
}

/** Registrations must survive a power cut: FULL syncs the WAL at each commit, where the connection's
 *  NORMAL may lose the last commits on power loss. Set before BEGIN, restored after the transaction. */
class SynchronousFull
{
public:
    explicit SynchronousFull(const Database &db)
        : m_db(db)
    {
        m_db.exec("PRAGMA synchronous=FULL");
    }
    ~SynchronousFull()
    {
        try {
            m_db.exec("PRAGMA synchronous=NORMAL");
        } catch (const SqlError &) {
            // The connection is going away; nothing to restore.
        }
    }
    SynchronousFull(const SynchronousFull &) = delete;
    SynchronousFull &operator=(const SynchronousFull &) = delete;

private:
    const Database &m_db;
};

struct EventWindow {
    bool found = false;
    QDateTime start;
    QDateTime opens;
    QDateTime closes;
    std::optional<int> capacity;
};

EventWindow eventWindow(const Database &db, qint64 eventId)
{
    auto q = db.prepare("SELECT starts_at, registration_opens, registration_closes, capacity FROM event WHERE id = ?");
    q.bind(1, eventId);
    EventWindow w;
    if (q.step()) {
        w.found = true;
        w.start = ParisTime::fromUtcIso(q.text(0));
        if (!q.isNull(1)) {
            w.opens = ParisTime::fromUtcIso(q.text(1));
        }
        if (!q.isNull(2)) {
            w.closes = ParisTime::fromUtcIso(q.text(2));
        }
        if (!q.isNull(3)) {
            w.capacity = int(q.integer(3));
        }
    }
    return w;
}

QString closedReasonOf(const EventWindow &w, const QDateTime &now)
{
    if (!w.found) {
        return Tr::tr("Cet événement n'existe plus dans l'agenda.");
    }
    if (now >= w.start) {
        return Tr::tr("Cet événement a déjà commencé ou est passé : les inscriptions sont fermées.");
    }
    if (w.opens.isValid() && now < w.opens) {
        return Tr::tr("Les inscriptions ouvriront le %1.").arg(dayAndTime(w.opens));
    }
    if (w.closes.isValid() && now >= w.closes) {
        return Tr::tr("Les inscriptions sont closes depuis le %1.").arg(dayAndTime(w.closes));
    }
    return {};
}

int countWithStatus(const Database &db, qint64 eventId, const char *status)
{
    auto q = db.prepare("SELECT count(*) FROM registration WHERE event = ? AND status = ?");
    q.bind(1, eventId).bind(2, QString::fromLatin1(status));
    q.step();
    return int(q.integer(0));
}

int positionOf(const Database &db, qint64 eventId, qint64 registrationId)
{
    auto q = db.prepare("SELECT count(*) FROM registration WHERE event = ? AND status = 'waiting' AND id <= ?");
    q.bind(1, eventId).bind(2, registrationId);
    q.step();
    return int(q.integer(0));
}

// Free places go to the waiting list in order of registration (id), inside the caller's transaction.
int promoteWaiting(const Database &db, qint64 eventId, const std::optional<int> &capacity)
{
    const int confirmed = countWithStatus(db, eventId, "confirmed");
    const int free = capacity ? *capacity - confirmed : std::numeric_limits<int>::max();
    if (free <= 0) {
        return 0;
    }
    auto q = db.prepare("UPDATE registration SET status = 'confirmed' WHERE id IN ("
                        "SELECT id FROM registration WHERE event = ? AND status = 'waiting' ORDER BY id LIMIT ?)");
    q.bind(1, eventId).bind(2, qint64(free)).exec();
    return db.changes();
}

} // namespace

Registrar::Registrar(const Database &db)
    : m_db(db)
{
}

QString Registrar::closedReason(qint64 eventId, const QDateTime &now) const
{
    return closedReasonOf(eventWindow(m_db, eventId), now);
}

RegistrationOutcome Registrar::registerPerson(qint64 eventId, const RegistrationRequest &request,
                                              const QDateTime &now) const
{
    RegistrationOutcome out;
    CleanRegistration r;
    out.validation = RegistrationRules::validate(request, &m_db, &r);
    if (!out.validation.ok()) {
        out.status = RegistrationOutcome::Invalid;
        out.message = Tr::tr("Vérifiez les champs signalés en rouge.");
        return out;
    }

    const QString nowIso = ParisTime::toUtcIso(now);
    SynchronousFull durable(m_db);
    Transaction tx(m_db, Transaction::Immediate);
    const EventWindow w = eventWindow(m_db, eventId);
    if (const QString reason = closedReasonOf(w, now); !reason.isEmpty()) {
        out.status = RegistrationOutcome::Refused;
        out.message = reason;
        return out;
    }

    auto existing = m_db.prepare("SELECT id, status FROM registration "
                                 "WHERE event = ? AND email_key = ? AND status <> 'cancelled'");
    existing.bind(1, eventId).bind(2, r.emailKey);
    if (existing.step()) {
        out.status = RegistrationOutcome::AlreadyRegistered;
        out.registrationId = existing.integer(0);
        if (existing.text(1) == "waiting"_L1) {
            out.existingStatus = RegistrationOutcome::Waiting;
            out.waitingPosition = positionOf(m_db, eventId, out.registrationId);
            out.message = Tr::tr("Vous êtes déjà inscrit·e sur la liste d'attente de cet événement, en position %1.")
                              .arg(out.waitingPosition);
        } else {
            out.existingStatus = RegistrationOutcome::Confirmed;
            out.message = Tr::tr("Vous êtes déjà inscrit·e à cet événement : votre place est confirmée.");
        }
        return out;
    }

    // Places freed by a capacity rise go to those already waiting before any newcomer.
    promoteWaiting(m_db, eventId, w.capacity);
    const bool hasPlace = !w.capacity || countWithStatus(m_db, eventId, "confirmed") < *w.capacity;
    Consent::store(m_db, nowIso);
    auto insert = m_db.prepare(
        "INSERT INTO registration(event, status, first_name, last_name, email, email_key, structure, actor_type, "
        "postcode, commune, age_bracket, parent_agreement, newsletter, consent_version, consent_at, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, eventId)
        .bind(2, hasPlace ? u"confirmed"_s : u"waiting"_s)
        .bind(3, r.firstName)
        .bind(4, r.lastName)
        .bind(5, r.email)
        .bind(6, r.emailKey)
        .bind(7, r.structure)
        .bind(8, r.actorType)
        .bind(9, r.postcode)
        .bind(10, r.commune)
        .bind(11, r.ageBracket)
        .bind(12, r.parentAgreement)
        .bind(13, r.newsletter)
        .bind(14, Consent::version())
        .bind(15, nowIso)
        .bind(16, nowIso)
        .exec();
    out.registrationId = m_db.lastInsertId();
    if (hasPlace) {
        out.status = RegistrationOutcome::Confirmed;
        out.message = Tr::tr("Votre inscription est confirmée.");
    } else {
        out.status = RegistrationOutcome::Waiting;
        out.waitingPosition = positionOf(m_db, eventId, out.registrationId);
        out.message = Tr::tr("L'événement est complet : vous êtes sur la liste d'attente, en position %1. Si une place "
                         "se libère, elle vous revient automatiquement.")
                          .arg(out.waitingPosition);
    }
    tx.commit();
    qCInfo(LOG_AGENDA) << "registration" << out.registrationId << "for event" << eventId
                       << (hasPlace ? "confirmed" : "waiting");
    return out;
}

Registrar::Cancellation Registrar::cancel(qint64 registrationId, const QDateTime &now) const
{
    SynchronousFull durable(m_db);
    Transaction tx(m_db, Transaction::Immediate);
    const Cancellation result = cancelLocked(m_db, registrationId, now);
    tx.commit();
    qCInfo(LOG_AGENDA) << "registration" << registrationId << "cancelled; promoted" << result.promotedId;
    return result;
}

Registrar::Cancellation Registrar::cancelLocked(const Database &db, qint64 registrationId, const QDateTime &now)
{
    Cancellation result;
    auto q = db.prepare("SELECT event, status FROM registration WHERE id = ?");
    q.bind(1, registrationId);
    if (!q.step() || q.text(1) == "cancelled"_L1) {
        return result; // unknown or already cancelled: nothing freed, nobody promoted twice
    }
    const qint64 eventId = q.integer(0);
    const bool heldPlace = q.text(1) == "confirmed"_L1;
    auto update = db.prepare("UPDATE registration SET status = 'cancelled', cancelled_at = ?, checked_in_at = NULL "
                               "WHERE id = ? AND status <> 'cancelled'");
    update.bind(1, ParisTime::toUtcIso(now)).bind(2, registrationId).exec();
    result.cancelled = db.changes() == 1;
    if (result.cancelled && heldPlace) {
        auto first = db.prepare("SELECT id FROM registration WHERE event = ? AND status = 'waiting' ORDER BY id LIMIT 1");
        first.bind(1, eventId);
        const qint64 firstWaiting = first.step() ? first.integer(0) : 0;
        if (promoteWaiting(db, eventId, eventWindow(db, eventId).capacity) > 0) {
            result.promotedId = firstWaiting;
        }
    }
    return result;
}

bool Registrar::setPresent(qint64 registrationId, bool present, const QDateTime &now) const
{
    SynchronousFull durable(m_db);
    Transaction tx(m_db, Transaction::Immediate);
    auto q = m_db.prepare("UPDATE registration SET checked_in_at = ? WHERE id = ? AND status = 'confirmed'");
    q.bind(1, present ? std::optional(ParisTime::toUtcIso(now)) : std::nullopt).bind(2, registrationId).exec();
    const bool changed = m_db.changes() == 1;
    tx.commit();
    return changed;
}

int Registrar::fillFromWaitingList(qint64 eventId) const
{
    SynchronousFull durable(m_db);
    Transaction tx(m_db, Transaction::Immediate);
    const int moved = promoteWaiting(m_db, eventId, eventWindow(m_db, eventId).capacity);
    tx.commit();
    return moved;
}

int Registrar::promoteWaitingLocked(const Database &db, qint64 eventId)
{
    return promoteWaiting(db, eventId, eventWindow(db, eventId).capacity);
}

RegistrationCounts Registrar::counts(qint64 eventId) const
{
    RegistrationCounts c;
    auto q = m_db.prepare("SELECT status, count(*), count(checked_in_at) FROM registration WHERE event = ? GROUP BY status");
    q.bind(1, eventId);
    while (q.step()) {
        const QString status = q.text(0);
        const int n = int(q.integer(1));
        if (status == "confirmed"_L1) {
            c.confirmed = n;
            c.present = int(q.integer(2));
        } else if (status == "waiting"_L1) {
            c.waiting = n;
        } else {
            c.cancelled = n;
        }
    }
    c.capacity = eventWindow(m_db, eventId).capacity;
    return c;
}

int Registrar::waitingPosition(qint64 registrationId) const
{
    auto q = m_db.prepare("SELECT event, status FROM registration WHERE id = ?");
    q.bind(1, registrationId);
    if (!q.step() || q.text(1) != "waiting"_L1) {
        return 0;
    }
    return positionOf(m_db, q.integer(0), registrationId);
}
