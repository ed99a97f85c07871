// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Lianes {

class Database;

/** `lianes-admin`: imports, exports, restores and backups of a device's database, for scripts.
 *  Reports go to stdout, errors to stderr; the exit code says what happened (see README). */
class Admin
{
    Q_DECLARE_TR_FUNCTIONS(Admin)

public:
    /** Exit codes, after sysexits.h where one fits. */
    enum ExitCode {
        Ok = 0,
        NothingToDo = 1, ///< import: every row already as in the database
        RowsRejected = 2, ///< import: rows rejected
        Usage = 64,
        BadFile = 65, ///< the input file cannot be imported or restored
        NoInput = 66, ///< the input file (or the database) does not exist
        CannotWrite = 73,
        DatabaseError = 74,
    };

    Admin();
    ~Admin();

    /** Runs the command in @p arguments (argv, program name first). */
    int run(const QStringList &arguments);

private:
    int import(const QStringList &args);
    int exportJson(const QString &file);
    int restoreJson(const QString &file);
    int exportCsv(const QString &entity, const QString &file);
    int backup(const QString &file);
    int check();
    int importAgenda(const QString &file);
    int eraseFromBackup(const QString &file, const QString &email);
    /** Opens the device's database; @p create allows a new one. Prints why not. */
    /** Ok, or the exit code: NoInput (no database), DatabaseError (damaged, busy, full...). */
    int openDatabase(bool create);
    int write(const QString &file, const QByteArray &data);

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    bool m_dryRun = false;
    bool m_skipRejected = false;
    bool m_json = false;
    bool m_allowPartial = false;
    QString m_entity;
    QStringList m_maps;
};

} // namespace Lianes
