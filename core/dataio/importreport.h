// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importfields.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lianes {

/** What the import does with one row. */
enum class ImportRowStatus { Added, Updated, Unchanged, Rejected };

/** The status as the JSON report and the preview's QML name it: "added", "updated", "unchanged", "rejected". */
[[nodiscard]] QString importRowStatusKey(ImportRowStatus status);

/** One row of the preview: added, updated (with the fields that change) or rejected (with why). */
struct ImportRowResult {
    int line = 0;
    ImportEntity entity = ImportEntity::Actors;
    ImportRowStatus status = ImportRowStatus::Unchanged;
    QString label; ///< the actor's name or the project's title, as in the file
    QString column; ///< rejected: the column at fault, as headed in the file
    QString detail; ///< rejected: the reason (French); updated: the fields that change
};

/** Rows per outcome for one entity. */
struct ImportCounts {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    [[nodiscard]] int total() const { return added + updated + unchanged + rejected; }
    void count(ImportRowStatus status);
};

/** Everything an import found and did: the preview staff check before applying, and the report
 *  `lianes-admin import` prints. */
struct ImportReport {
    /** What happened, from the most to the least serious; also the command's exit code. */
    enum class Outcome {
        Changed = 0, ///< rows added or updated (or, in a preview, would be)
        NothingToDo = 1, ///< every row already as in the database
        Rejected = 2, ///< rows rejected: nothing written, unless asked to skip them
        BadFile = 65, ///< the file cannot be imported at all (format, limits, columns)
        Failed = 74, ///< the database refused (disk, lock, ...): nothing written
    };
    static constexpr int MaxListedRows = 1000;

    QString fileName;
    QString format;
    QString encoding;
    char separator = 0;
    QList<ImportEntity> entities;
    QStringList columns; ///< of a CSV file, as headed
    QList<ImportField> mapping; ///< field of each column
    QStringList unknownColumns;
    QStringList warnings;
    QString error; ///< the file cannot be imported (French)
    QString databaseError;
    ImportCounts actors;
    ImportCounts projects;
    /** Rejected rows, then added and updated ones, in file order, at most MaxListedRows. */
    QList<ImportRowResult> rows;
    int unlistedRows = 0;
    bool dryRun = true;
    bool skipRejected = false;
    bool applied = false; ///< something was committed
    bool refusedByDatabase = false; ///< a row passed the checks but the database refused it

    [[nodiscard]] ImportCounts total() const;
    [[nodiscard]] Outcome outcome() const;
    [[nodiscard]] int exitCode() const { return int(outcome()); }
    /** "ligne 12" (CSV) or "acteur n° 12" (JSON). */
    [[nodiscard]] QString where(const ImportRowResult &row) const;
    /** The report as `lianes-admin import` prints it, in French. */
    [[nodiscard]] QString toText() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Lianes
