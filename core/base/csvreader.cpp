// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QIODevice>

using namespace Lianes;

CsvReader::CsvReader(QByteArray data, char separator)
    : m_buffer(std::move(data))
    , m_separator(separator)
{
}

CsvReader::CsvReader(Chunks chunks, char separator)
    : m_chunks(std::move(chunks))
    , m_separator(separator)
{
}

CsvReader::CsvReader(QIODevice *device, char separator, qsizetype bufferSize)
    : CsvReader([device, bufferSize] { return device->read(std::max<qsizetype>(1, bufferSize)); }, separator)
{
}

bool CsvReader::refill()
{
    if (!m_chunks) {
        return false;
    }
    m_buffer = m_chunks();
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_chunks = {};
        return false;
    }
    return true;
}

void CsvReader::skipBom()
{
    m_started = true;
    // A source cut anywhere may give the BOM's three bytes in more than one piece.
    while (m_chunks && m_buffer.size() < 3) {
        const QByteArray next = m_chunks();
        if (next.isEmpty()) {
            m_chunks = {};
        }
        m_buffer.append(next);
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
    }
}

void CsvReader::keep(const char *bytes, qsizetype size)
{
    if (m_maxFieldBytes > 0) {
        size = std::min(size, m_maxFieldBytes - m_field.size());
    }
    m_field.append(bytes, size);
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

QByteArrayView CsvReader::readPlain()
{
    while (more()) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        const qsizetype start = m_pos;
        qsizetype pos = start;
        while (pos < size && data[pos] != m_separator && data[pos] != '\n' && data[pos] != '\r') {
            ++pos;
        }
        m_pos = pos;
        if (pos < size && m_field.isEmpty()) {
            // The usual case: the whole field in the buffer, converted from there without a copy.
            const qsizetype length = pos - start;
            return {data + start, m_maxFieldBytes > 0 ? std::min(length, m_maxFieldBytes) : length};
        }
        keep(data + start, pos - start);
        if (pos < size) {
            break;
        }
    }
    return m_field;
}

bool CsvReader::readQuoted()
{
    while (more()) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        const qsizetype start = m_pos;
        qsizetype pos = start;
        while (pos < size && data[pos] != '"' && data[pos] != '\n' && data[pos] != '\r') {
            ++pos;
        }
        keep(data + start, pos - start);
        m_pos = pos;
        if (pos == size) {
            continue;
        }
        const char c = data[m_pos++];
        if (c == '"') {
            if (!more() || m_buffer.at(m_pos) != '"') {
                return true;
            }
            keep("\"", 1);
            ++m_pos;
            continue;
        }
        // A line break inside the field: kept, and counted once for CRLF.
        keep(&c, 1);
        if (c == '\n' || !more() || m_buffer.at(m_pos) != '\n') {
            ++m_line;
        }
    }
    return false;
}

std::optional<QStringList> CsvReader::readRow()
{
    if (!m_started) {
        skipBom();
    }
    if (!more()) {
        return std::nullopt;
    }
    m_recordLine = m_line;
    m_status = Status::Ok;
    m_fieldCount = 0;
    QStringList fields;
    while (true) {
        // One field per iteration; there is always a byte to read here.
        m_field.truncate(0);
        if (m_buffer.at(m_pos) == '"') {
            ++m_pos;
            if (!readQuoted()) {
                endField(fields, m_field);
                m_status = Status::UnterminatedQuote;
                return fields;
            }
            // Text after the closing quote (not RFC 4180, but Excel keeps it): part of the field.
        }
        endField(fields, readPlain());
        if (!more()) {
            break;
        }
        const char end = m_buffer.at(m_pos++);
        if (end == m_separator) {
            if (!more()) {
                endField(fields, {}); // "a,b," at the very end: a last empty field
                break;
            }
            continue;
        }
        // End of record: LF, CRLF or a lone CR (old Mac Excel).
        if (end == '\r' && more() && m_buffer.at(m_pos) == '\n') {
            ++m_pos;
        }
        ++m_line;
        break;
    }
    return fields;
}
