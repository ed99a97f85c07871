// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "importsource.h"

#include <QCoreApplication>
#include <QHash>

class QIODevice;

namespace Lianes {

class Database;
struct ImportContext;

/** How to import a file. */
struct ImportOptions {
    std::optional<ImportEntity> entity; ///< empty: detected from the headers
    QHash<QString, ImportField> mapping; ///< a header as in the file → the field it holds
    bool skipRejected = false; ///< apply the other rows when some are rejected
    ImportLimits limits;
    QString sourceLabel; ///< stored in `source` of the rows added; default "Import « FILE »"
};

/** Imports actors and projects from CSV or the app's JSON export. A preview runs the whole import
 *  in a transaction and rolls it back, so it says exactly what applying would do; applying runs it
 *  again in one transaction and commits only when no row is rejected (or skipRejected is set).
 *  Rows are read one at a time, and a file a piece at a time: memory holds the indexes of names and
 *  identifiers, and the report (bytes given in memory are read from there, through the same reader). */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(const Database &db);

    [[nodiscard]] ImportReport preview(const QByteArray &data, const QString &fileName,
                                       const ImportOptions &options = {}) const;
    [[nodiscard]] ImportReport apply(const QByteArray &data, const QString &fileName,
                                     const ImportOptions &options = {}) const;
    /** Reads @p path (within the size limit) and previews or applies it. */
    [[nodiscard]] ImportReport importFile(const QString &path, const ImportOptions &options, bool dryRun) const;

private:
    [[nodiscard]] ImportReport runData(const QByteArray &data, const QString &fileName, const ImportOptions &options,
                                       bool dryRun) const;
    /** Imports what @p device holds (open, seekable: see ImportSources::open()). */
    [[nodiscard]] ImportReport run(QIODevice *device, const QString &fileName, const ImportOptions &options,
                                   bool dryRun) const;
    [[nodiscard]] bool prepareMapping(ImportSection &section, const ImportOptions &options,
                                      ImportReport &report) const;
    /** Runs every row of @p section; false when the import must stop (report.error set).
     *  @p savepoints puts each row in its own savepoint (see run()). */
    bool runSection(ImportContext &context, const ImportSection &section, const ImportOptions &options,
                    ImportReport &report, bool savepoints) const;
    [[nodiscard]] ImportReport runOnce(QIODevice *device, const QString &fileName, const ImportOptions &options,
                                       bool dryRun, bool savepoints) const;

    const Database &m_db;
};

} // namespace Lianes
