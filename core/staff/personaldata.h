// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Lianes {

class Database;

/** A person's rights over their data (RGPD): see, export, erase; and the retention purge. */
namespace PersonalData {
/** Everything stored about the person with @p email (trimmed, case-insensitive), as JSON:
 *  {"email", "generated_at", "registrations": [...]}. */
[[nodiscard]] QJsonObject find(const Database &db, const QString &email, const QDateTime &now);
/** Erases every row about @p email in one transaction, then checkpoints and truncates the WAL so
 *  the bytes are gone from disk (the database runs with secure_delete). Places held in coming
 *  events are cancelled first, which promotes the waiting list. Returns rows erased. */
int erase(const Database &db, const QString &email, const QDateTime &now);
/** Blanks the personal fields of registrations whose event ended more than @p months ago
 *  (counts and statuses kept). Returns the registrations purged. */
int purgeExpired(const Database &db, const QDateTime &now, int months);
}

} // namespace Lianes
