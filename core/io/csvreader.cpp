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

void CsvReader::endField(QStringList &fields, QByteArrayView field)
{
    ++m_fieldCount;
    if (m_maxColumns > 0 && fields.size() >= m_maxColumns) {
        m_status = Status::TooManyColumns;
        return;
    }
    fields.append(QString::fromUtf8(field));
}

std::optional<QStringList> CsvReader::readRow()
{
    const qsizetype size = m_data.size();
    if (m_pos >= size) {
        return std::nullopt;
    }
    const char *data = m_data.constData();
    m_recordLine = m_line;
    m_status = Status::Ok;
    m_fieldCount = 0;
    QStringList fields;
    QByteArray quoted; // only used by quoted fields, which need unescaping
    while (true) {
        // One field per iteration. Unquoted fields are slices of the input, copied once.
        if (m_pos < size && data[m_pos] == '"') {
            quoted.clear();
            ++m_pos;
            bool closed = false;
            while (m_pos < size) {
                const char c = data[m_pos++];
                if (c == '"') {
                    if (m_pos < size && data[m_pos] == '"') {
                        quoted.append('"');
                        ++m_pos;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && (m_pos >= size || data[m_pos] != '\n'))) {
                    ++m_line;
                }
                quoted.append(c);
            }
            if (!closed) {
                endField(fields, quoted);
                m_status = Status::UnterminatedQuote;
                return fields;
            }
            // Text after the closing quote (not RFC 4180, but Excel keeps it): part of the field.
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != m_separator && data[m_pos] != '\n' && data[m_pos] != '\r') {
                ++m_pos;
            }
            quoted.append(QByteArrayView(data + start, m_pos - start));
            endField(fields, quoted);
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != m_separator && data[m_pos] != '\n' && data[m_pos] != '\r') {
                ++m_pos;
            }
            endField(fields, QByteArrayView(data + start, m_pos - start));
        }
        if (m_pos >= size) {
            break;
        }
        const char end = data[m_pos++];
        if (end == m_separator) {
            if (m_pos >= size) {
                endField(fields, {}); // "a,b," at the very end: a last empty field
                break;
            }
            continue;
        }
        // End of record: LF, CRLF or a lone CR (old Mac Excel).
        if (end == '\r' && m_pos < size && data[m_pos] == '\n') {
            ++m_pos;
        }
        ++m_line;
        break;
    }
    return fields;
}
