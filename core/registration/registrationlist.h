// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lianes {

class Database;

/** One registration as staff see it. */
struct RegistrationRecord {
    qint64 id = 0;
    QString status; ///< confirmed, waiting, cancelled
    int waitingPosition = 0; ///< 1-based when waiting
    QString firstName;
    QString lastName;
    QString email;
    QString structure;
    QString actorType;
    QString postcode;
    QString communeName;
    QString ageBracket;
    bool parentAgreement = false;
    bool newsletter = false;
    QString consentVersion;
    QDateTime consentAt;
    QDateTime createdAt;
    QDateTime checkedInAt; ///< invalid: not (yet) present
    QDateTime cancelledAt;
};

/** The registrations of one event, for the staff list and its export. */
namespace RegistrationList {
/** Confirmed first, then the waiting list in order, then cancelled; each group by registration order. */
[[nodiscard]] QList<RegistrationRecord> forEvent(const Database &db, qint64 eventId);
/** The list as CSV for French Excel (CsvWriter): one line per registration, labels in French. */
[[nodiscard]] QByteArray csv(const Database &db, qint64 eventId);
/** Column titles of csv(). */
[[nodiscard]] QStringList csvColumns();
}

} // namespace Lianes
