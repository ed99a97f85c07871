// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace Lianes {

/** What happened when a database file was opened; shown to the user when it is not plain "Opened". */
struct OpenReport {
    enum Status {
        Opened, ///< existing file, migrated if needed
        Created, ///< no file: a new one was made
        Recovered, ///< the file was corrupt: set aside (setAsidePath) and a new one made
        NewerSchema, ///< made by a newer app: refused, file untouched
        Failed, ///< could not open or create (permissions, disk, ...)
        Unavailable, ///< exists, but cannot be read now (busy, locked, read-only, full, I/O): untouched
        Corrupt, ///< damaged, and the caller asked never to replace it (openExisting): untouched
    };
    /** How much of the file is checked at open. */
    enum Check {
        QuickCheck, ///< every page and b-tree (PRAGMA quick_check): the ordinary start
        FullCheck, ///< and every index against its table (integrity_check): after an unclean stop
    };
    Status status = Failed;
    int error = 0; ///< SQLite's result code behind Unavailable
    QString message; ///< French, for the user; empty when Opened/Created
    QString setAsidePath;
    /** Indexes found out of step with their tables by a full check and rebuilt from them (REINDEX):
     *  the rows were whole, nothing was lost; message says so. */
    QStringList rebuiltIndexes;
    int fromVersion = 0;
    int toVersion = 0;
};

/** Settings that never leave the device: exports, backups and a future sync leave out every setting
 *  whose key matches this GLOB pattern (the staff PIN's hash and its lock counters: one million
 *  6-digit PINs cost about 14 core-hours to try against a hash that left). */
inline constexpr char DeviceOnlySettings[] = "staff.pin*";

/** The app's SQLite database: one file per device, WAL, foreign keys on, versioned schema. */
class Database
{
public:
    /** Schema version this build writes; one migration per version in migrations.cpp. */
    static constexpr int SchemaVersion = 8;

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /** Opens (creating or migrating) the file at @p path. A file SQLite reports as damaged
     *  (SQLITE_CORRUPT, SQLITE_NOTADB, quick_check) is set aside and a new one made (Recovered);
     *  a lock held longer than the busy timeout, a read-only file, a full disk or an I/O error
     *  stop with status Unavailable and the file untouched.
     *  @p targetVersion stops the migrations early (tests of each migration). With FullCheck, an
     *  index out of step with its table (a flipped bit that would miscount places) is rebuilt from
     *  the table; the file is set aside only if that does not make it whole.  */
    [[nodiscard]] static std::unique_ptr<Database> open(const QString &path, OpenReport *report = nullptr,
                                                        int targetVersion = SchemaVersion,
                                                        OpenReport::Check check = OpenReport::QuickCheck);
    /** Opens an existing file for a command that reads it (backup, exports): never creates,
     *  never sets aside; a damaged or unavailable file is refused (status Corrupt, Unavailable). */
    [[nodiscard]] static std::unique_ptr<Database> openExisting(const QString &path, OpenReport *report = nullptr);
    /** Why a file that is not damaged cannot be opened or written now (@p code: SQLite's result
     *  code: busy, locked, read-only, full, I/O), in French, naming the cause. */
    [[nodiscard]] static QString unavailableMessage(const QString &path, int code);
    /** Opens a second connection to an already migrated file (other threads, benchmarks). */
    [[nodiscard]] static std::unique_ptr<Database> connect(const QString &path);

    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] Statement prepare(const char *sql) const { return Statement(m_db, sql); }
    void exec(const char *sql) const;
    [[nodiscard]] int userVersion() const;
    [[nodiscard]] qint64 lastInsertId() const;
    /** Rows inserted, changed or deleted on this connection since it opened (sqlite3_total_changes64). */
    [[nodiscard]] qint64 totalChanges() const;
    [[nodiscard]] int changes() const;
    /** Result of PRAGMA quick_check ("ok" when healthy). */
    [[nodiscard]] QString quickCheck() const;
    /** Result of PRAGMA integrity_check ("ok" when healthy): quick_check, and every index
     *  compared with its table (a flipped bit in an index that counts places). */
    [[nodiscard]] QString integrityCheck() const;
    /** integrity_check, and the indexes it finds out of step with their tables rebuilt from them;
     *  "ok" when the file is whole after that. @p rebuilt: the indexes rebuilt. */
    QString checkAndRepair(QStringList *rebuilt = nullptr) const;

    /** Notes that this device wrote @p path (kind "sauvegarde" or "export"), a file that may hold
     *  personal data: an erasure looks there. Never fails the write it follows. */
    void noteWrittenFile(const QString &path, const QString &kind) const noexcept;
    /** The files noted by noteWrittenFile that still exist, newest first. */
    [[nodiscard]] QStringList writtenFiles() const;

    [[nodiscard]] QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value) const;

private:
    enum OpenMode { CreateOrRecover, ExistingOnly };
    static std::unique_ptr<Database> openWith(const QString &path, OpenReport *report, int targetVersion, OpenMode mode,
                                              OpenReport::Check check);
    Database(sqlite3 *db, QString path);
    void configure() const;
    void migrate(int from, int to) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
};

/** RAII transaction: rolled back unless commit() is called. Immediate takes the write lock up front. */
class Transaction
{
public:
    enum Mode { Deferred, Immediate };
    explicit Transaction(const Database &db, Mode mode = Immediate);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    void commit();

private:
    const Database &m_db;
    bool m_open = true;
};

namespace Migrations {
/** Runs migration @p version (from version-1 to version) on @p db, inside the caller's transaction. */
void apply(const Database &db, int version);
/** Version 5: the youth mobility toolkit (migrations_mobility.cpp). */
void mobility(const Database &db);
}

} // namespace Lianes
