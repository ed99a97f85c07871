// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Lianes {

/** RFC 4180 reader over UTF-8 text: quoted fields with separators, quotes and line breaks, CRLF or LF,
 *  a leading BOM skipped. Reads one record at a time, so memory does not grow with the file. */
class CsvReader
{
public:
    explicit CsvReader(QByteArray data, char separator = ',');
    /** The next record, or nullopt at the end. */
    [[nodiscard]] std::optional<QStringList> readRow();
    /** 1-based line number where the last record returned started. */
    [[nodiscard]] int line() const { return m_recordLine; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    char m_separator;
    int m_line = 1;
    int m_recordLine = 0;
};

} // namespace Lianes
