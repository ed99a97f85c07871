// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lianes {

class Database;

/** What a backup did, or why it did nothing. */
struct BackupResult {
    bool ok = false;
    QString error; ///< French
    qint64 bytes = 0;
};

/** Consistent copies of the live database ("save to USB"). */
namespace Backup {
/** Copies @p db to @p target with SQLite's online backup API: a snapshot of one instant even while
 *  the app writes (never a file copy, which would miss the WAL or tear pages). The copy is a single
 *  self-contained file (rollback journal, not WAL), written beside the target then renamed, and
 *  checked with integrity_check before it takes the target's name. */
BackupResult copyTo(const Database &db, const QString &target);
/** A file name for a backup made at @p stamp: lianes-sauvegarde-2026-11-28-1000.db. */
[[nodiscard]] QString fileName(const QDateTime &stamp);
}

} // namespace Lianes
