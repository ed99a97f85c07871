// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "actorimport.h"
#include "base/logging.h"
#include "projectimport.h"
#include "storage/database.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

Importer::Importer(const Database &db)
    : m_db(db)
{
}

ImportReport Importer::preview(const QByteArray &data, const QString &fileName, const ImportOptions &options) const
{
    return runData(data, fileName, options, true);
}

ImportReport Importer::apply(const QByteArray &data, const QString &fileName, const ImportOptions &options) const
{
    return runData(data, fileName, options, false);
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options, bool dryRun) const
{
    QFile file(path);
    QString error;
    if (!ImportSources::openFile(file, options.limits, &error)) {
        ImportReport report;
        report.fileName = QFileInfo(path).fileName();
        report.dryRun = dryRun;
        report.error = error;
        return report;
    }
    return run(&file, path, options, dryRun);
}

ImportReport Importer::runData(const QByteArray &data, const QString &fileName, const ImportOptions &options,
                               bool dryRun) const
{
    QBuffer buffer;
    buffer.setData(data); // shared, not copied
    buffer.open(QIODevice::ReadOnly);
    return run(&buffer, fileName, options, dryRun);
}

bool Importer::prepareMapping(ImportSection &section, const ImportOptions &options, ImportReport &report) const
{
    for (qsizetype i = 0; i < section.columns.size() && !section.fixedMapping; ++i) {
        const QString &header = section.columns[i];
        if (const auto it = options.mapping.constFind(header); it != options.mapping.cend()) {
            section.mapping[i] = *it;
        } else if (header.isEmpty()) {
            section.mapping[i] = ImportField::Ignored;
        }
        if (section.mapping[i] == ImportField::Unknown) {
            report.unknownColumns.append(header);
        }
    }
    if (report.columns.isEmpty() && !section.fixedMapping) {
        report.columns = section.columns;
        report.mapping = section.mapping;
    }
    const ImportField required = section.entity == ImportEntity::Actors ? ImportField::Name : ImportField::Title;
    if (!section.mapping.contains(required)) {
        report.error = tr("colonne obligatoire absente : %1 (%2). Les en-têtes reconnus sont par exemple « Nom », "
                          "« Raison sociale », « Titre », « Intitulé » ; sinon associez une colonne à ce champ.")
                           .arg(ImportFields::label(required), ImportFields::entityLabel(section.entity));
        return false;
    }
    for (qsizetype i = 0; i < section.mapping.size(); ++i) {
        const ImportField field = section.mapping[i];
        const qsizetype other = section.mapping.indexOf(field, i + 1);
        if (field != ImportField::Unknown && field != ImportField::Ignored && other > 0) {
            report.error = tr("les colonnes « %1 » et « %2 » désignent toutes deux le champ « %3 » : "
                              "ignorez l'une des deux.")
                               .arg(section.columns[i], section.columns[other], ImportFields::label(field));
            return false;
        }
    }
    return true;
}

ImportReport Importer::run(QIODevice *device, const QString &fileName, const ImportOptions &options,
                           bool dryRun) const
{
    // Rows are checked completely before anything is written, so the database refuses a row only in
    // cases the checks do not foresee. A row it refuses halfway would be half-written; that matters
    // only when the other rows are committed (skipRejected): then the import runs again with a
    // savepoint around each row, which is safe but about twice as slow (the file is read again).
    ImportReport report = runOnce(device, fileName, options, dryRun, false);
    if (report.refusedByDatabase && options.skipRejected && !dryRun) {
        report = runOnce(device, fileName, options, dryRun, true);
    }
    return report;
}

ImportReport Importer::runOnce(QIODevice *device, const QString &fileName, const ImportOptions &options,
                               bool dryRun, bool savepoints) const
{
    ImportReport report;
    report.fileName = QFileInfo(fileName).fileName();
    report.dryRun = dryRun;
    report.skipRejected = options.skipRejected;
    ImportSource source = ImportSources::open(device, fileName, options.limits, options.entity);
    report.format = source.format;
    report.encoding = source.encoding;
    report.separator = source.separator;
    if (!source.error.isEmpty()) {
        report.error = source.error;
        return report;
    }
    for (auto &section : source.sections) {
        report.entities.append(section.entity);
        if (!prepareMapping(section, options, report)) {
            return report;
        }
    }
    try {
        Transaction tx(m_db);
        ImportContext context(m_db);
        context.sourceLabel = options.sourceLabel.isEmpty() ? tr("Import « %1 »").arg(report.fileName)
                                                            : options.sourceLabel;
        for (const auto &section : std::as_const(source.sections)) {
            if (!runSection(context, section, options, report, savepoints)) {
                return report; // rolled back
            }
        }
        const ImportCounts total = report.total();
        const bool unsafe = report.refusedByDatabase && !savepoints;
        if (!dryRun && !unsafe && total.added + total.updated > 0 && (total.rejected == 0 || options.skipRejected)) {
            tx.commit();
            report.applied = true;
        }
    } catch (const SqlError &e) {
        report.databaseError = e.message();
        qCWarning(LOG_DATA) << "import rolled back, database error:" << e.message();
    }
    const ImportCounts total = report.total();
    qCInfo(LOG_DATA) << "import" << (dryRun ? "preview:" : report.applied ? "applied:" : "not applied:")
                     << total.added << "added," << total.updated << "updated," << total.unchanged << "unchanged,"
                     << total.rejected << "rejected";
    return report;
}

bool Importer::runSection(ImportContext &context, const ImportSection &section, const ImportOptions &options,
                          ImportReport &report, bool savepoints) const
{
    std::unique_ptr<EntityImport> entity;
    if (section.entity == ImportEntity::Actors) {
        entity = std::make_unique<ActorImport>(context);
    } else {
        entity = std::make_unique<ProjectImport>(context);
    }
    ImportCounts &counts = section.entity == ImportEntity::Actors ? report.actors : report.projects;
    auto savepoint = m_db.prepare("SAVEPOINT import_row");
    auto release = m_db.prepare("RELEASE import_row");
    auto rollback = m_db.prepare("ROLLBACK TO import_row");
    const ImportLimits &limits = options.limits;
    const ImportField labelField = section.entity == ImportEntity::Actors ? ImportField::Name : ImportField::Title;
    const auto columnCount = section.columns.size();
    int rowCount = 0;
    int listedRejected = 0;
    int listedChanges = 0;
    bool warnedUntitled = false;
    QString readError;
    while (const auto record = section.next(&readError)) {
        if (++rowCount > limits.maxRows) {
            report.error = tr("le fichier a plus de %1 lignes de données : découpez-le en plusieurs fichiers.")
                               .arg(limits.maxRows);
            return false;
        }
        const ImportRow row(section, *record);
        ImportRowResult result;
        try {
            const auto cells = record->cells.size();
            if (record->fieldCount > limits.maxColumns) {
                throw RowError{ImportField::Unknown, tr("la ligne a %1 colonnes ; %2 au plus sont acceptées")
                                                         .arg(record->fieldCount)
                                                         .arg(limits.maxColumns)};
            }
            if (cells < columnCount || (cells > columnCount && !std::all_of(record->cells.cbegin() + columnCount,
                                                                            record->cells.cend(), isBlank))) {
                throw RowError{ImportField::Unknown, tr("la ligne a %1 colonnes mais l'en-tête en a %2 (séparateur "
                                                        "en trop, guillemet manquant ou ligne coupée ?)")
                                                         .arg(cells)
                                                         .arg(columnCount)};
            }
            for (qsizetype i = 0; i < columnCount; ++i) {
                if (record->cells[i].size() > limits.maxFieldLength) {
                    throw RowError{ImportField::Unknown,
                                   tr("plus de %1 caractères dans une cellule").arg(limits.maxFieldLength),
                                   section.columns[i]};
                }
                if (!warnedUntitled && section.columns[i].isEmpty() && !isBlank(record->cells[i])) {
                    warnedUntitled = true;
                    report.warnings.append(tr("la colonne %1 n'a pas de titre : ses valeurs ne sont pas importées")
                                               .arg(i + 1));
                }
            }
            if (!savepoints) {
                result = entity->process(row, record->line);
            } else {
                savepoint.exec();
                try {
                    result = entity->process(row, record->line);
                    release.exec();
                } catch (...) {
                    rollback.exec();
                    release.exec();
                    throw;
                }
            }
        } catch (const RowError &e) {
            result.line = record->line;
            result.entity = section.entity;
            result.status = ImportRowStatus::Rejected;
            result.label = row.value(labelField).left(120);
            result.column = e.column.isEmpty() && e.field != ImportField::Unknown ? row.header(e.field) : e.column;
            result.detail = e.reason;
        } catch (const SqlError &e) {
            if ((e.code() & 0xff) != SQLITE_CONSTRAINT) {
                throw;
            }
            report.refusedByDatabase = true;
            result.line = record->line;
            result.entity = section.entity;
            result.status = ImportRowStatus::Rejected;
            result.label = row.value(labelField).left(120);
            result.detail = tr("refusée par la base de données (%1)").arg(e.message());
        }
        counts.count(result.status);
        if (result.status == ImportRowStatus::Rejected) {
            if (listedRejected++ < ImportReport::MaxListedRows) {
                report.rows.append(result);
            } else {
                ++report.unlistedRows;
            }
        } else if (result.status != ImportRowStatus::Unchanged && listedChanges++ < ImportReport::MaxListedRows / 2) {
            report.rows.append(result);
        }
    }
    if (!readError.isEmpty()) {
        report.error = readError;
        return false;
    }
    return true;
}
