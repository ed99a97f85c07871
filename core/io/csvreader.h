// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Lianes {

/** RFC 4180 reader over UTF-8 text: quoted fields with separators, quotes and line breaks, CRLF, LF
 *  or CR alone, a leading BOM skipped. Reads one record at a time, so memory does not grow with the
 *  file; a column limit keeps one pathological line from growing it either. */
class CsvReader
{
public:
    /** What was wrong with the record last returned. */
    enum class Status {
        Ok,
        TooManyColumns, ///< more fields than maxColumns: the extra ones were dropped
        UnterminatedQuote, ///< a quoted field ran to the end of the input
    };

    explicit CsvReader(QByteArray data, char separator = ',');
    /** Caps the fields kept per record (0: no cap). */
    void setMaxColumns(int maxColumns) { m_maxColumns = maxColumns; }
    /** The next record, or nullopt at the end. */
    [[nodiscard]] std::optional<QStringList> readRow();
    /** 1-based line number where the last record returned started. */
    [[nodiscard]] int line() const { return m_recordLine; }
    [[nodiscard]] Status status() const { return m_status; }
    /** Number of fields the last record had, including dropped ones. */
    [[nodiscard]] int fieldCount() const { return m_fieldCount; }

private:
    void endField(QStringList &fields, QByteArrayView field);

    QByteArray m_data;
    qsizetype m_pos = 0;
    char m_separator;
    int m_line = 1;
    int m_recordLine = 0;
    int m_maxColumns = 0;
    int m_fieldCount = 0;
    Status m_status = Status::Ok;
};

} // namespace Lianes
