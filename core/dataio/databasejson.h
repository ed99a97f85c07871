// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Lianes {

class Database;

/** What a restore did, or why it did nothing. */
struct RestoreResult {
    bool ok = false;
    QString error; ///< French
    bool badFile = false; ///< the file was refused (format, schema, content); else the database failed
    int tables = 0;
    qint64 rows = 0;
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
/** Replaces the content of every data table by the export's, in one transaction; foreign keys are
 *  checked at the end. An export from a newer schema is refused. */
RestoreResult restore(const Database &db, const QByteArray &json);
}

} // namespace Lianes
