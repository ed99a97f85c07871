// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "base/logging.h"
#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of the backup messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

QString sqliteMessage(sqlite3 *db, int rc)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
}

// Runs the backup into the already opened @p dest; empty on success, else SQLite's message.
QString copy(sqlite3 *source, sqlite3 *dest)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup) {
        return sqliteMessage(dest, SQLITE_ERROR);
    }
    // All pages in one step: the source is read in a single read transaction, so the copy is the
    // state of one instant; writers on other connections go on meanwhile (WAL).
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
            break;
        }
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
}

// What never leaves the device is taken out of the copy, its bytes overwritten (secure_delete).
QString removeDeviceOnly(sqlite3 *dest)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_exec(dest, "PRAGMA secure_delete=ON", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(dest, "DELETE FROM setting WHERE key GLOB ?", -1, &stmt, nullptr) != SQLITE_OK) {
        return sqliteMessage(dest, SQLITE_ERROR);
    }
    sqlite3_bind_text(stmt, 1, DeviceOnlySettings, -1, SQLITE_STATIC);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? QString() : sqliteMessage(dest, rc);
}

QString check(sqlite3 *dest)
{
    // A single file for the USB stick: no -wal beside it.
    if (sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return sqliteMessage(dest, SQLITE_ERROR);
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(dest, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK) {
        return sqliteMessage(dest, SQLITE_ERROR);
    }
    QString result;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return result == u"ok" ? QString() : result;
}

} // namespace

BackupResult Backup::copyTo(const Database &db, const QString &target)
{
    BackupResult result;
    const QString partial = target + u".partiel"_s;
    QFile::remove(partial);
    sqlite3 *dest = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc != SQLITE_OK) {
        error = sqliteMessage(dest, rc);
    } else {
        error = copy(db.handle(), dest);
        if (error.isEmpty()) {
            error = removeDeviceOnly(dest);
        }
        if (error.isEmpty()) {
            error = check(dest);
        }
    }
    sqlite3_close_v2(dest);
    if (!error.isEmpty()) {
        QFile::remove(partial);
        result.error = Tr::tr("La sauvegarde vers %1 a échoué : %2").arg(target, error);
        qCWarning(LOG_STORAGE) << "backup failed:" << error;
        return result;
    }
    // The previous backup stays until the new one is written and checked; then one rename
    // replaces it (atomic on POSIX: the target is the old file or the new one, never neither).
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        result.error = Tr::tr("La sauvegarde n'a pas pu être enregistrée sous %1.").arg(target);
        return result;
    }
    result.ok = true;
    result.bytes = QFileInfo(target).size();
    db.noteWrittenFile(target, u"sauvegarde"_s);
    qCInfo(LOG_STORAGE) << "backup written," << result.bytes << "bytes";
    return result;
}

QString Backup::fileName(const QDateTime &stamp)
{
    return u"lianes-sauvegarde-%1.db"_s.arg(stamp.toString(u"yyyy-MM-dd-HHmm"_s));
}
