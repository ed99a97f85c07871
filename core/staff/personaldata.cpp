// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldata.h"

#include "base/logging.h"
#include "base/paristime.h"
#include "registration/registrar.h"
#include "registration/registrationrules.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <sqlite3.h>

using namespace Lianes;
using namespace Qt::StringLiterals;

QJsonObject PersonalData::find(const Database &db, const QString &email, const QDateTime &now)
{
    QJsonArray registrations;
    auto q = db.prepare("SELECT r.id, e.title, e.starts_at, r.status, r.first_name, r.last_name, r.email, r.structure, "
                        "r.actor_type, r.postcode, r.commune, r.age_bracket, r.parent_agreement, r.newsletter, "
                        "r.consent_version, r.consent_at, r.created_at, r.checked_in_at, r.cancelled_at "
                        "FROM registration r JOIN event e ON e.id = r.event WHERE r.email_key = ? ORDER BY r.id");
    q.bind(1, RegistrationRules::emailKey(email));
    static const char *const fields[] = {"id", "event", "event_start", "status", "first_name", "last_name", "email",
                                         "structure", "actor_type", "postcode", "commune", "age_bracket",
                                         "parent_agreement", "newsletter", "consent_version", "consent_at",
                                         "created_at", "checked_in_at", "cancelled_at"};
    while (q.step()) {
        QJsonObject row;
        for (int c = 0; c < q.columnCount(); ++c) {
            row.insert(QLatin1StringView(fields[c]), QJsonValue::fromVariant(q.value(c)));
        }
        registrations.append(row);
    }
    return QJsonObject{{u"email"_s, RegistrationRules::emailKey(email)},
                       {u"generated_at"_s, ParisTime::toUtcIso(now)},
                       {u"registrations"_s, registrations}};
}

PersonalData::Erasure PersonalData::erase(const Database &db, const QString &email, const QDateTime &now)
{
    Erasure result;
    {
        // One transaction: the places given back and the rows deleted, together or not at all.
        Transaction tx(db, Transaction::Immediate);
        // A confirmed place in a coming event is cancelled first, so the first person waiting gets it.
        auto active = db.prepare("SELECT r.id FROM registration r JOIN event e ON e.id = r.event "
                                 "WHERE r.email_key = ? AND r.status <> 'cancelled' AND e.starts_at > ?");
        active.bind(1, RegistrationRules::emailKey(email)).bind(2, ParisTime::toUtcIso(now));
        QList<qint64> ids;
        while (active.step()) {
            ids << active.integer(0);
        }
        for (const qint64 id : std::as_const(ids)) {
            Registrar::cancelLocked(db, id, now);
        }
        auto q = db.prepare("DELETE FROM registration WHERE email_key = ?");
        q.bind(1, RegistrationRules::emailKey(email)).exec();
        result.erased = db.changes();
        tx.commit();
    }
    result.wiped = wipeWal(db);
    result.copies = copiesHolding(db, email);
    qCInfo(LOG_STORAGE) << "personal data erased:" << result.erased << "rows; WAL wiped:" << result.wiped
                        << "; copies elsewhere:" << result.copies.size();
    return result;
}

bool PersonalData::wipeWal(const Database &db)
{
    // secure_delete zeroes the freed pages; the checkpoint moves them into the main file and the
    // truncation empties the WAL. A reader of an older state keeps the old frames alive: the
    // checkpoint then reports busy (column 0), after the busy timeout.
    try {
        auto q = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        return q.step() && q.integer(0) == 0;
    } catch (const SqlError &e) {
        qCWarning(LOG_STORAGE) << "checkpoint after erasure failed:" << e.message();
        return false;
    }
}

namespace {

bool holds(const QString &path, const QString &key, const QString &email)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return true; // cannot tell: listed
    }
    if (file.peek(16) == QByteArray("SQLite format 3\0", 16)) {
        file.close();
        sqlite3 *raw = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(raw);
            return true;
        }
        sqlite3_busy_timeout(raw, 1000);
        bool found = true;
        try {
            Statement q(raw, "SELECT 1 FROM registration WHERE email_key = ? OR email = ? LIMIT 1");
            q.bind(1, key).bind(2, email.trimmed());
            found = q.step();
        } catch (const SqlError &) {
            found = true; // damaged or foreign: cannot tell
        }
        sqlite3_close_v2(raw);
        return found;
    }
    // Exports (CSV, JSON, iCalendar, the person's own export): the address as text, any case.
    // Read in slices with an overlap, so that a large file costs little memory.
    const QString needle = email.trimmed().toCaseFolded();
    const qsizetype overlap = needle.toUtf8().size() * 4;
    QString carry;
    while (!file.atEnd()) {
        const QString text = carry + QString::fromUtf8(file.read(1 << 20)).toCaseFolded();
        if (text.contains(needle)) {
            return true;
        }
        carry = text.right(overlap);
    }
    return false;
}

} // namespace

QStringList PersonalData::copiesHolding(const Database &db, const QString &email)
{
    QStringList candidates = db.writtenFiles();
    const QFileInfo database(db.path());
    const QDir folder = database.absoluteDir();
    for (const QString &name : folder.entryList({database.fileName() + u".avant-restauration-*"_s,
                                                 database.fileName() + u".corrompu-*"_s},
                                                QDir::Files, QDir::Name)) {
        if (!name.endsWith(u"-wal"_s) && !name.endsWith(u"-shm"_s)) {
            candidates.append(folder.filePath(name));
        }
    }
    candidates.removeDuplicates();
    const QString key = RegistrationRules::emailKey(email);
    QStringList found;
    for (const QString &path : std::as_const(candidates)) {
        if (holds(path, key, email)) {
            found.append(path);
        }
    }
    return found;
}

int PersonalData::eraseFromBackup(const QString &path, const QString &email, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return -1;
    };
    if (!QFileInfo(path).isFile()) {
        return fail(QObject::tr("Fichier introuvable : %1").arg(path));
    }
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : "?");
        sqlite3_close_v2(raw);
        return fail(QObject::tr("%1 ne peut pas être ouvert : %2").arg(path, why));
    }
    sqlite3_busy_timeout(raw, 5000);
    int erased = -1;
    try {
        // The backup's own schema: it is not migrated, so that the app that wrote it still reads it.
        {
            Statement check(raw, "PRAGMA quick_check");
            if (!check.step() || check.text(0) != "ok"_L1) {
                sqlite3_close_v2(raw);
                return fail(QObject::tr("%1 est endommagé ou n'est pas une sauvegarde de Lianes.").arg(path));
            }
        }
        Statement(raw, "PRAGMA secure_delete=ON").step();
        Statement(raw, "PRAGMA foreign_keys=ON").step();
        Statement(raw, "BEGIN IMMEDIATE").step();
        Statement del(raw, "DELETE FROM registration WHERE email_key = ? OR email = ?");
        del.bind(1, RegistrationRules::emailKey(email)).bind(2, email.trimmed()).exec();
        erased = sqlite3_changes(raw);
        Statement(raw, "COMMIT").step();
        // The freed pages out of the file (already zeroed), and a WAL the copy may have emptied.
        Statement(raw, "VACUUM").step();
        Statement(raw, "PRAGMA wal_checkpoint(TRUNCATE)").step();
    } catch (const SqlError &e) {
        sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(raw);
        return fail(QObject::tr("L'effacement dans %1 a échoué, le fichier est inchangé : %2").arg(path, e.message()));
    }
    sqlite3_close_v2(raw);
    return erased;
}

int PersonalData::purgeExpired(const Database &db, const QDateTime &now, int months)
{
    const QString cutoff = ParisTime::toUtcIso(now.addMonths(-std::max(1, months)));
    Transaction tx(db);
    // An event "ended" at starts_at + duration; compare in UTC ISO text, the database's format.
    auto q = db.prepare(
        "UPDATE registration SET first_name = NULL, last_name = NULL, email = NULL, email_key = NULL, "
        "structure = NULL, postcode = NULL, commune = NULL, purged_at = ? "
        "WHERE purged_at IS NULL AND event IN (SELECT id FROM event WHERE "
        "strftime('%Y-%m-%dT%H:%M:%SZ', starts_at, '+' || duration_min || ' minutes') < ?)");
    q.bind(1, ParisTime::toUtcIso(now)).bind(2, cutoff).exec();
    const int purged = db.changes();
    tx.commit();
    if (purged > 0) {
        // Committed: a checkpoint that fails now (a full disk) leaves the blanked fields in the WAL
        // until the next one, and must not report the purge as failed.
        if (!wipeWal(db)) {
            qCWarning(LOG_STORAGE) << "retention purge: the WAL could not be emptied yet";
        }
        qCInfo(LOG_STORAGE) << "retention purge:" << purged << "registrations anonymised";
    }
    return purged;
}
