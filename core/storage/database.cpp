// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "base/logging.h"
#include "sqlfunctions.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>

#include <sqlite3.h>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

sqlite3 *openRaw(const QString &path, int flags, int *rc)
{
    sqlite3 *db = nullptr;
    *rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (*rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    return db;
}

/** How long opening waits for another connection's lock before it gives up (and says so). */
constexpr int BusyTimeoutMs = 5000;

struct Probe {
    bool readable = false;
    int version = 0;
    QString check;
    int error = SQLITE_OK; ///< SQLite's result code when the file could not be read
};

/** What SQLite itself calls a damaged file: only then may a file be set aside. A lock, a full
 *  disk, a read-only file or an I/O error says nothing of the file's content. */
bool isCorruption(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

} // namespace

QString Database::unavailableMessage(const QString &path, int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QObject::tr("La base de données %1 est occupée par un autre programme (une autre instance de "
                           "Lianes ou lianes-admin) depuis plus de %2 secondes. Elle n'a pas été modifiée : "
                           "attendez la fin de l'autre programme, puis relancez.")
            .arg(path)
            .arg(BusyTimeoutMs / 1000);
    case SQLITE_FULL:
        return QObject::tr("Le disque de la base de données %1 est plein. Elle n'a pas été modifiée : libérez de "
                           "la place, puis relancez.")
            .arg(path);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return QObject::tr("La base de données %1 ne peut pas être ouverte : droits du fichier ou de son dossier, "
                           "ou disque en lecture seule. Elle n'a pas été modifiée.")
            .arg(path);
    case SQLITE_IOERR:
        return QObject::tr("Erreur de lecture ou d'écriture sur le disque de la base de données %1 (%2). Elle n'a "
                           "pas été modifiée : vérifiez le disque, puis relancez.")
            .arg(path, QString::fromUtf8(sqlite3_errstr(code)));
    default:
        return QObject::tr("La base de données %1 n'a pas pu être lue (%2). Elle n'a pas été modifiée.")
            .arg(path, QString::fromUtf8(sqlite3_errstr(code)));
    }
}

namespace {

// Reads the schema version and runs quick_check (or integrity_check) on a read-only connection,
// so that a file we end up refusing is left exactly as it was.
Probe probe(const QString &path, OpenReport::Check level = OpenReport::QuickCheck)
{
    Probe result;
    int rc = 0;
    sqlite3 *db = openRaw(path, SQLITE_OPEN_READONLY, &rc);
    if (!db) {
        result.error = rc;
        return result;
    }
    // Another process (lianes-admin, a second instance) may hold a lock for a moment.
    sqlite3_busy_timeout(db, BusyTimeoutMs);
    try {
        {
            Statement version(db, "PRAGMA user_version");
            version.step();
            result.version = int(version.integer(0));
        }
        // Every page and b-tree of the file, the search index's tables included; but not FTS5's
        // own cross-check of its index against its rows (re-tokenising every row: 11 ms of the
        // 13 this check takes on the demo data), a check of derived data, not of the file: no
        // module is known to this connection, so quick_check passes over the virtual table.
        // A damaged search index is rebuilt where it is read (SearchIndex::search).
        sqlite3_drop_modules(db, nullptr);
        Statement check(db, level == OpenReport::FullCheck ? "PRAGMA integrity_check" : "PRAGMA quick_check");
        QStringList lines;
        while (check.step()) {
            lines << check.text(0);
        }
        result.check = lines.join(u'\n');
        result.readable = true;
    } catch (const SqlError &e) {
        result.check = e.message();
        result.error = e.code();
    }
    sqlite3_close_v2(db);
    return result;
}

/** The indexes named by a check whose every line says an index is out of step with its table
 *  (entries missing, extra or duplicated): the rows are whole and the index can be rebuilt from
 *  them. Empty when any line speaks of something else (a page, a table, a b-tree). */
QStringList indexesOutOfStep(const QString &check)
{
    static const QRegularExpression line(
        uR"(^(?:row \d+ missing from index|wrong # of entries in index|non-unique entry in index) (\S+)$)"_s);
    QStringList names;
    for (const QString &l : check.split(u'\n', Qt::SkipEmptyParts)) {
        const auto m = line.match(l);
        if (!m.hasMatch()) {
            return {};
        }
        if (!names.contains(m.captured(1))) {
            names.append(m.captured(1));
        }
    }
    return names;
}

QString setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss");
    QString target = path + u".corrompu-" + stamp;
    for (int i = 2; QFile::exists(target); ++i) {
        target = path + u".corrompu-" + stamp + u'-' + QString::number(i);
    }
    if (!QFile::rename(path, target)) {
        return {};
    }
    for (const auto *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1StringView(suffix);
        if (QFile::exists(side)) {
            QFile::rename(side, target + QLatin1StringView(suffix));
        }
    }
    return target;
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::open(const QString &path, OpenReport *report, int targetVersion,
                                         OpenReport::Check check)
{
    return openWith(path, report, targetVersion, CreateOrRecover, check);
}

std::unique_ptr<Database> Database::openExisting(const QString &path, OpenReport *report)
{
    return openWith(path, report, SchemaVersion, ExistingOnly, OpenReport::QuickCheck);
}

std::unique_ptr<Database> Database::openWith(const QString &path, OpenReport *report, int targetVersion,
                                             OpenMode mode, OpenReport::Check check)
{
    OpenReport local;
    OpenReport &r = report ? *report : local;
    r = {};
    r.toVersion = SchemaVersion;

    const QFileInfo info(path);
    if (mode == ExistingOnly && !(info.exists() && info.size() > 0)) {
        r.message = QObject::tr("Aucune base de données en %1.").arg(path);
        return nullptr;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        r.message = QObject::tr("Impossible de créer le dossier des données %1.").arg(info.absolutePath());
        return nullptr;
    }

    bool exists = info.exists() && info.size() > 0;
    QStringList indexesToRebuild;
    if (exists) {
        const Probe p = probe(path, check);
        if (p.readable && p.check == u"ok" && p.version > SchemaVersion) {
            r.status = OpenReport::NewerSchema;
            r.fromVersion = p.version;
            r.message = QObject::tr("La base de données %1 vient d'une version plus récente de Lianes "
                                    "(schéma %2, cette version connaît le schéma %3). Elle n'a pas été "
                                    "modifiée : mettez l'application à jour pour l'ouvrir.")
                            .arg(path)
                            .arg(p.version)
                            .arg(SchemaVersion);
            qCWarning(LOG_STORAGE) << "refusing newer schema" << p.version << "in" << path;
            return nullptr;
        }
        // quick_check's own report of damage, or SQLite's code for it; anything else (busy,
        // locked, read-only, full, I/O) stops here with the file untouched.
        // Indexes out of step with whole rows are rebuilt below, once the file is open for writing.
        indexesToRebuild = mode == CreateOrRecover && p.readable ? indexesOutOfStep(p.check) : QStringList();
        const bool corrupt = ((p.readable && p.check != u"ok") || isCorruption(p.error)) && indexesToRebuild.isEmpty();
        if (!corrupt && !p.readable) {
            r.status = OpenReport::Unavailable;
            r.error = p.error;
            r.message = unavailableMessage(path, p.error);
            qCWarning(LOG_STORAGE) << "database unavailable:" << sqlite3_errstr(p.error) << path;
            return nullptr;
        }
        if (corrupt && mode == ExistingOnly) {
            r.status = OpenReport::Corrupt;
            r.message = QObject::tr("La base de données %1 est endommagée (%2). Rien n'a été écrit ni remplacé : "
                                    "restaurez une sauvegarde, ou lancez l'application, qui la met de côté.")
                            .arg(path, p.check.left(200));
            return nullptr;
        }
        if (corrupt) {
            const QString aside = setAside(path);
            if (aside.isEmpty()) {
                r.message = QObject::tr("La base de données %1 est endommagée et n'a pas pu être mise de côté.")
                                .arg(path);
                return nullptr;
            }
            qCWarning(LOG_STORAGE) << "corrupt database set aside:" << aside << p.check.left(200);
            r.status = OpenReport::Recovered;
            r.setAsidePath = aside;
            r.message = QObject::tr("La base de données était endommagée. Elle a été mise de côté sous %1 "
                                    "(rien n'a été effacé) et une base neuve a été créée.")
                            .arg(aside);
            exists = false;
        } else {
            r.fromVersion = p.version;
        }
    }

    int rc = 0;
    sqlite3 *raw = openRaw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, &rc);
    if (!raw) {
        r.message = QObject::tr("Impossible d'ouvrir la base de données %1 : %2")
                        .arg(path, QString::fromUtf8(sqlite3_errstr(rc)));
        return nullptr;
    }
    if (mode == CreateOrRecover && sqlite3_db_readonly(raw, "main") == 1) {
        // SQLite opens a file it may not write read-only without a word: every write would fail.
        sqlite3_close_v2(raw);
        r.status = OpenReport::Unavailable;
        r.error = SQLITE_READONLY;
        r.message = unavailableMessage(path, SQLITE_READONLY);
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(raw, path));
    try {
        db->configure();
    } catch (const SqlError &e) {
        r.status = OpenReport::Unavailable;
        r.error = e.code();
        r.message = unavailableMessage(path, e.code());
        qCWarning(LOG_STORAGE) << "database unavailable at configuration:" << e.message();
        return nullptr;
    }
    if (!indexesToRebuild.isEmpty()) {
        const QString after = db->checkAndRepair(&r.rebuiltIndexes);
        if (after != u"ok") {
            // Rebuilding did not make the file whole: it is damaged beyond its indexes.
            qCWarning(LOG_STORAGE) << "index rebuild did not repair" << path << after.left(200);
            db.reset();
            const QString aside = setAside(path);
            if (aside.isEmpty()) {
                r.message = QObject::tr("La base de données %1 est endommagée et n'a pas pu être mise de côté.")
                                .arg(path);
                return nullptr;
            }
            auto fresh = openWith(path, report, targetVersion, mode, OpenReport::QuickCheck);
            if (fresh) {
                r.status = OpenReport::Recovered;
                r.setAsidePath = aside;
                r.message = QObject::tr("La base de données était endommagée. Elle a été mise de côté sous %1 "
                                        "(rien n'a été effacé) et une base neuve a été créée.")
                                .arg(aside);
            }
            return fresh;
        }
        qCWarning(LOG_STORAGE) << "indexes out of step with their tables rebuilt:" << r.rebuiltIndexes;
        r.message = QObject::tr("Des index de la base de données étaient désaccordés de leurs tables (%1) : ils ont "
                                "été reconstruits à partir des données, rien n'a été perdu.")
                        .arg(r.rebuiltIndexes.join(u", "));
    }
    try {
        db->migrate(db->userVersion(), std::min(targetVersion, SchemaVersion));
    } catch (const SqlError &e) {
        r.error = e.code();
        r.message = isCorruption(e.code())
            ? QObject::tr("La mise à jour de la base de données %1 a échoué : %2").arg(path, e.message())
            : unavailableMessage(path, e.code());
        qCWarning(LOG_STORAGE) << "migration failed:" << e.message();
        return nullptr;
    }
    if (r.status != OpenReport::Recovered) {
        r.status = exists ? OpenReport::Opened : OpenReport::Created;
    }
    return db;
}

std::unique_ptr<Database> Database::connect(const QString &path)
{
    int rc = 0;
    sqlite3 *raw = openRaw(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, &rc);
    if (!raw) {
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(raw, path));
    db->configure();
    if (db->userVersion() != SchemaVersion) {
        return nullptr;
    }
    return db;
}

void Database::configure() const
{
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    exec("PRAGMA journal_mode=WAL");
    // NORMAL is durable across application crashes in WAL mode; a power cut may lose the last
    // commits but never corrupts the file.
    exec("PRAGMA synchronous=NORMAL");
    exec("PRAGMA foreign_keys=ON");
    exec("PRAGMA trusted_schema=OFF");
    // Deleted personal data is overwritten, not just unlinked.
    exec("PRAGMA secure_delete=ON");
    SqlFunctions::install(m_db);
}

void Database::migrate(int from, int to) const
{
    for (int version = from + 1; version <= to; ++version) {
        Transaction tx(*this, Transaction::Immediate);
        // Re-read under the write lock: another process may have migrated meanwhile.
        if (userVersion() >= version) {
            continue;
        }
        qCInfo(LOG_STORAGE) << "migrating schema to version" << version;
        Migrations::apply(*this, version);
        exec(QByteArray("PRAGMA user_version=" + QByteArray::number(version)).constData());
        tx.commit();
    }
}

void Database::exec(const char *sql) const
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw SqlError(sqlite3_extended_errcode(m_db), message);
    }
}

int Database::userVersion() const
{
    auto q = prepare("PRAGMA user_version");
    q.step();
    return int(q.integer(0));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::quickCheck() const
{
    auto q = prepare("PRAGMA quick_check");
    QStringList lines;
    while (q.step()) {
        lines << q.text(0);
    }
    return lines.join(u'\n');
}

QString Database::integrityCheck() const
{
    auto q = prepare("PRAGMA integrity_check");
    QStringList lines;
    while (q.step()) {
        lines << q.text(0);
    }
    return lines.join(u'\n');
}

QString Database::checkAndRepair(QStringList *rebuilt) const
{
    // On a connection of its own that knows no virtual table module, as at open: FTS5's check of
    // its derived index is the search index's business (SearchIndex::checkFile).
    const auto checkFile = [this] {
        const Probe p = probe(m_path, OpenReport::FullCheck);
        return p.readable ? p.check : QString::fromUtf8(sqlite3_errstr(p.error));
    };
    const QString check = checkFile();
    const QStringList names = indexesOutOfStep(check);
    if (check == u"ok" || names.isEmpty()) {
        return check;
    }
    try {
        Transaction tx(*this, Transaction::Immediate);
        auto isIndex = prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?");
        for (const QString &name : names) {
            isIndex.bind(1, name);
            if (!isIndex.step()) {
                return check;
            }
            isIndex.reset();
            QString quoted = name;
            quoted.replace(u'"', u"\"\""_s);
            exec((u"REINDEX \""_s + quoted + u'"').toUtf8().constData());
        }
        tx.commit();
    } catch (const SqlError &e) {
        // e.g. a unique index over rows that are not unique: the data itself is wrong.
        return check + u'\n' + e.message();
    }
    if (rebuilt) {
        *rebuilt = names;
    }
    return checkFile();
}

void Database::noteWrittenFile(const QString &path, const QString &kind) const noexcept
{
    try {
        auto q = prepare("INSERT INTO written_file(path, kind, written_at) VALUES(?, ?, ?) "
                         "ON CONFLICT(path) DO UPDATE SET kind = excluded.kind, written_at = excluded.written_at");
        q.bind(1, QFileInfo(path).absoluteFilePath())
            .bind(2, kind)
            .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .exec();
    } catch (const SqlError &e) {
        qCWarning(LOG_STORAGE) << "could not note a written file:" << e.message();
    }
}

QStringList Database::writtenFiles() const
{
    QStringList files;
    auto q = prepare("SELECT path FROM written_file ORDER BY written_at DESC, path");
    while (q.step()) {
        if (QFileInfo::exists(q.text(0))) {
            files.append(q.text(0));
        }
    }
    return files;
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    auto q = prepare("SELECT value FROM setting WHERE key = ?");
    q.bind(1, key);
    return q.step() ? q.text(0) : fallback;
}

void Database::setSetting(const QString &key, const QString &value) const
{
    auto q = prepare("INSERT INTO setting(key, value) VALUES(?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value).exec();
}

Transaction::Transaction(const Database &db, Mode mode)
    : m_db(db)
{
    m_db.exec(mode == Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqlError &) {
            // Already rolled back by SQLite (e.g. after SQLITE_FULL); nothing left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}
