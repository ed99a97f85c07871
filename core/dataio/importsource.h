// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importfields.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

class QFile;
class QIODevice;

namespace Lianes {

/** Bounds on what an import accepts, so that no file can exhaust the device. */
struct ImportLimits {
    qint64 maxFileBytes = 50 * 1024 * 1024;
    int maxRows = 200'000;
    int maxFieldLength = 10'000;
    int maxColumns = 100;
};

/** One row of a file, as read: its cells and where it starts. */
struct ImportRecord {
    int line = 0; ///< CSV: line of the file; JSON: position in its list
    QStringList cells;
    int fieldCount = 0; ///< fields the row really had (cells holds at most maxColumns)
};

/** The rows of one entity in a file: its columns, how they map, and a reader of its rows. */
struct ImportSection {
    ImportEntity entity = ImportEntity::Actors;
    QStringList columns;
    QList<ImportField> mapping; ///< detected from the headers (CSV) or fixed (JSON)
    bool fixedMapping = false;
    /** The next row, nullopt at the end; sets *error (French) when the rest cannot be read. */
    std::function<std::optional<ImportRecord>(QString *error)> next;
};

/** A file opened for import: its format, encoding and sections, or why it cannot be read. */
struct ImportSource {
    QString format; ///< "CSV" or "JSON"
    QString encoding;
    char separator = 0;
    QString error; ///< French; non-empty: the file cannot be imported at all
    QList<ImportSection> sections;
    [[nodiscard]] bool isJson() const { return format == QLatin1StringView("JSON"); }
};

/** Opens CSV (any of the usual encodings and separators) or the app's own JSON export. */
namespace ImportSources {
/** Opens the file or bytes of @p device (open, seekable, read from its start) whose name is
 *  @p fileName. CSV is read a piece at a time as the sections' rows are asked for, so @p device must
 *  outlive the source; JSON is read whole. @p forced picks the entity of a CSV file instead of
 *  detecting it from its headers. */
[[nodiscard]] ImportSource open(QIODevice *device, const QString &fileName, const ImportLimits &limits,
                                std::optional<ImportEntity> forced = std::nullopt);
/** Opens @p file for reading when it exists within the size limit; *error (French) says why not. */
[[nodiscard]] bool openFile(QFile &file, const ImportLimits &limits, QString *error);
/** Reads @p path whole within the size limit; *error (French) says why not. */
[[nodiscard]] std::optional<QByteArray> readFile(const QString &path, const ImportLimits &limits, QString *error);
}

} // namespace Lianes
