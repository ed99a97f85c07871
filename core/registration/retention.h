// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Lianes {

class Database;

/** Keeps the promise of the consent text: Consent::RetentionMonths after an event, the names, emails,
 *  structures and places of its registrations are erased. What remains (status, presence, actor type, age
 *  bracket) counts people without naming them, for the network's figures. */
namespace Retention {
/** Erases what is due at @p now, in one transaction; returns how many registrations were purged. */
int purge(const Database &db, const QDateTime &now);
}

} // namespace Lianes
