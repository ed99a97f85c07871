// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

using namespace Lianes;

CsvReader::CsvReader(QByteArray data, char separator)
    : m_data(std::move(data))
    , m_separator(separator)
{
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
    }
}

std::optional<QStringList> CsvReader::readRow()
{
    const qsizetype size = m_data.size();
    if (m_pos >= size) {
        return std::nullopt;
    }
    m_recordLine = m_line;
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    bool inQuotes = false;
    while (m_pos < size) {
        const char c = m_data.at(m_pos++);
        if (inQuotes) {
            if (c == '"') {
                if (m_pos < size && m_data.at(m_pos) == '"') {
                    field.append('"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n') {
                    ++m_line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !quoted) {
            inQuotes = quoted = true;
        } else if (c == m_separator) {
            fields.append(QString::fromUtf8(field));
            field.clear();
            quoted = false;
        } else if (c == '\r' && m_pos < size && m_data.at(m_pos) == '\n') {
            continue; // CRLF: the LF ends the record
        } else if (c == '\n') {
            ++m_line;
            break;
        } else {
            field.append(c);
        }
    }
    fields.append(QString::fromUtf8(field));
    return fields;
}
