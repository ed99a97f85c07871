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
/** What an erasure did, and where the person may still be. */
struct Erasure {
    int erased = 0; ///< registrations deleted
    /** The WAL checkpoint completed: no copy of the erased bytes is left in the database's files.
     *  False while another connection reads an older state; it is tried again (wipeWal). */
    bool wiped = false;
    /** Files beside the database or written by this device (backups, exports, restore points,
     *  set-aside files) that still hold the person, or cannot be read to tell. */
    QStringList copies;
};

/** Erases every row about @p email in one transaction, then checkpoints and truncates the WAL so
 *  the bytes are gone from disk (the database runs with secure_delete), and looks for the person
 *  in the files the device wrote. Places held in coming events are cancelled first, which
 *  promotes the waiting list. */
Erasure erase(const Database &db, const QString &email, const QDateTime &now);
/** Moves the WAL into the database file and empties it (waiting for readers up to the busy
 *  timeout): true when done, so no erased byte is left in the WAL. */
bool wipeWal(const Database &db);
/** The files in @p candidates (and those beside the database: restore points, set-aside files)
 *  that hold @p email: a SQLite file with a registration of that key, another file whose text
 *  holds the address; a file that cannot be read is listed too. */
[[nodiscard]] QStringList copiesHolding(const Database &db, const QString &email);
/** Erases @p email from a backup file (a copy of a device's database): rows deleted, free pages
 *  overwritten and dropped (VACUUM). Returns rows erased, or -1 with @p error. */
int eraseFromBackup(const QString &path, const QString &email, QString *error);
/** Blanks the personal fields of registrations whose event ended more than @p months ago
 *  (counts and statuses kept). Returns the registrations purged. */
int purgeExpired(const Database &db, const QDateTime &now, int months);
}

} // namespace Lianes
