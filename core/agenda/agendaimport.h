// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendaevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lianes {

class Database;

/** A problem found in an import file, at a line (1-based; 0 for the whole file). */
struct ImportIssue {
    int line = 0;
    QString message; ///< French
    [[nodiscard]] QString toString() const;
};

/** An event read from a file, before it is written. */
struct ImportedEvent {
    AgendaEvent event;
    int line = 0;
};

/** What an import read (parse step) and then did (apply step). */
struct AgendaImportReport {
    QList<ImportIssue> errors; ///< any error: nothing was changed
    QList<ImportIssue> warnings; ///< imported anyway
    int added = 0;
    int updated = 0;
    int removed = 0; ///< occurrences gone from a re-imported series
    int kept = 0; ///< gone from the file but kept: people are registered
    QStringList cancelledSeries; ///< series the file marks cancelled (STATUS:CANCELLED): removed like gone ones
    int databaseError = 0; ///< SQLite's code when the database, not the file, failed (busy, full...)
    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    /** Every line of the report, errors first, in French. */
    [[nodiscard]] QStringList lines() const;
};

/** Imports the network's agenda (iCalendar .ics or CSV) in one transaction: all of it, or nothing when any
 *  line is wrong. Events are matched by UID: a new import replaces, never duplicates. */
namespace AgendaImport {
/** By the file's content: iCalendar when it starts with BEGIN:VCALENDAR, CSV otherwise. */
/** @p dryRun: everything is done and counted in the transaction, which is then rolled back. */
AgendaImportReport importData(const Database &db, const QByteArray &data, const QDateTime &now, const QString &sourceName,
                              bool dryRun = false);
/** A file larger than ICalReader::MaxBytes is refused before it is read. */
AgendaImportReport importFile(const Database &db, const QString &path, const QDateTime &now, bool dryRun = false);
/** CSV, `;` or `,`: columns by header name (uid, titre, debut, fin or duree, type, en_ligne, lien, lieu,
 *  commune, organisateur, public, places, festisol, description, ouverture_inscriptions, cloture_inscriptions). */
[[nodiscard]] QList<ImportedEvent> parseCsv(const Database &db, const QByteArray &data, const QString &sourceName,
                                            AgendaImportReport &report);
/** Writes parsed events (nothing when report has errors); series by seriesUid (or uid) are replaced. */
void apply(const Database &db, const QList<ImportedEvent> &events, const QDateTime &now, AgendaImportReport &report,
           bool dryRun = false);
/** The commune named in a free-text location ("MRES, 23 rue Gosselet, 59000 Lille"), if the gazetteer knows it. */
[[nodiscard]] std::optional<QString> communeOf(const Database &db, const QString &location);
}

} // namespace Lianes
