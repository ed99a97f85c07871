// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registrationrules.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Lianes {

class Database;

/** What became of a registration attempt, with a French message ready to show. */
struct RegistrationOutcome {
    enum Status {
        Confirmed, ///< a place is kept
        Waiting, ///< on the waiting list, at waitingPosition
        AlreadyRegistered, ///< this email already holds a place or a position (existingStatus)
        Refused, ///< event closed, past, unknown
        Invalid, ///< a field is wrong: see validation
    };
    Status status = Refused;
    qint64 registrationId = 0;
    int waitingPosition = 0; ///< 1-based, when waiting
    Status existingStatus = Confirmed; ///< for AlreadyRegistered: Confirmed or Waiting
    QString message;
    Validation validation;
};

/** Places of one event. */
struct RegistrationCounts {
    int confirmed = 0;
    int waiting = 0;
    int cancelled = 0;
    int present = 0;
    std::optional<int> capacity; ///< none: no limit
    /** Places left; nullopt when there is no limit. */
    [[nodiscard]] std::optional<int> remaining() const
    {
        return capacity ? std::optional(std::max(0, *capacity - confirmed)) : std::nullopt;
    }
};

/** The registration rules on the database. Each call is one BEGIN IMMEDIATE transaction committed with
 *  synchronous=FULL, so that two processes on the same file never oversell, the waiting list keeps its
 *  order, and what a visitor was told survives a power cut. */
class Registrar
{
public:
    explicit Registrar(const Database &db);

    /** Registers one person for @p eventId at @p now: confirmed, waiting, or refused with a reason. */
    [[nodiscard]] RegistrationOutcome registerPerson(qint64 eventId, const RegistrationRequest &request,
                                                     const QDateTime &now) const;
    /** Why @p eventId takes no registration at @p now (empty when it does). */
    [[nodiscard]] QString closedReason(qint64 eventId, const QDateTime &now) const;

    struct Cancellation {
        bool cancelled = false; ///< false when already cancelled or unknown
        qint64 promotedId = 0; ///< the waiting registration that got the place, if any
    };
    /** Cancels a registration; a freed place goes to the first person waiting, once. */
    Cancellation cancel(qint64 registrationId, const QDateTime &now) const;
    /** cancel() inside the caller's write transaction (an erasure: the cancellations and the
     *  deletion commit together or not at all). */
    static Cancellation cancelLocked(const Database &db, qint64 registrationId, const QDateTime &now);
    /** Marks a confirmed registration present (or not); false when it is not confirmed. */
    bool setPresent(qint64 registrationId, bool present, const QDateTime &now) const;
    /** Gives free places to the waiting list, in order (after a capacity rise); returns how many moved up. */
    int fillFromWaitingList(qint64 eventId) const;

    /** fillFromWaitingList() inside the caller's transaction (an import that changed a capacity). */
    static int promoteWaitingLocked(const Database &db, qint64 eventId);

    [[nodiscard]] RegistrationCounts counts(qint64 eventId) const;
    /** 1-based position of a waiting registration; 0 when not waiting. */
    [[nodiscard]] int waitingPosition(qint64 registrationId) const;

private:
    const Database &m_db;
};

} // namespace Lianes
