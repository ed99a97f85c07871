// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Lianes {

class Database;

/** What a restore did, or why it did nothing. */
struct RestoreResult {
    bool ok = false;
    QString error; ///< French
    bool badFile = false; ///< the file was refused (format, schema, content); else the database failed
    int tables = 0;
    qint64 rows = 0;
    /** Data tables of the export's own schema the file does not have (a partial export). */
    QStringList missingTables;
};

/** What a restore accepts beyond a whole export. */
struct RestoreOptions {
    /** Largest file read (streamed: memory does not grow with the file). */
    qint64 maxBytes = qint64(512) << 20;
    /** An export that lacks some of its schema's tables, or holds no row at all, replaces the
     *  database anyway (the missing tables are emptied). Off: such a file is refused. */
    bool allowPartial = false;
};

/** The whole database as JSON and back: every table of the app's data (actors, projects, events,
 *  registrations, meetings, settings...), not the reference tables that every database of the same
 *  schema holds already (communes, countries, vocabularies).
 *
 *  Format: {"format": "lianes-export", "version": 1, "schema": N, "exported_at": ISO,
 *           "tables": {"actor": {"columns": [...], "rows": [[...], ...]}, ...}}
 *  Cells are JSON null, numbers, strings, or {"base64": "..."} for blobs. */
namespace DatabaseJson {
/** The tables an export holds: the database's ordinary tables minus the reference ones. */
[[nodiscard]] QStringList dataTables(const Database &db);
[[nodiscard]] QByteArray exportAll(const Database &db, const QDateTime &now);
/** Replaces the content of every data table by the export's, in one transaction. Every rule of the
 *  schema holds at the end (foreign keys, checks, one registration per person and event, no more
 *  confirmed registrations than places); email keys are computed again, never taken from the
 *  file. Refused: an export from a newer schema, one larger than options.maxBytes, and, unless
 *  @p options allow it, one that lacks tables or holds no row. */
RestoreResult restore(const Database &db, const QByteArray &json, const RestoreOptions &options = {});
/** The same, read from @p input as it comes: one row in memory at a time, whatever the file's size
 *  (up to options.maxBytes). */
RestoreResult restore(const Database &db, QIODevice &input, const RestoreOptions &options = {});
}

} // namespace Lianes
