// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace Lianes {

/** RFC 4180 reader over UTF-8 text: quoted fields with separators, quotes and line breaks, CRLF, LF
 *  or CR alone, a leading BOM skipped. Reads one record at a time from text in memory or from a
 *  source of pieces (a file read 64 KiB at a time), so memory does not grow with the file; a column
 *  limit and a field size limit keep one pathological line from growing it either. */
class CsvReader
{
public:
    /** What was wrong with the record last returned. */
    enum class Status {
        Ok,
        TooManyColumns, ///< more fields than maxColumns: the extra ones were dropped
        UnterminatedQuote, ///< a quoted field ran to the end of the input
    };
    /** The next piece of UTF-8 text (any size, cut anywhere, even inside a character); empty only at
     *  the end. */
    using Chunks = std::function<QByteArray()>;
    static constexpr qsizetype BufferSize = 64 * 1024;

    /** Reads @p data, held whole. */
    explicit CsvReader(QByteArray data, char separator = ',');
    /** Reads the UTF-8 text of @p chunks, one piece at a time. */
    explicit CsvReader(Chunks chunks, char separator = ',');
    /** Reads the UTF-8 text of @p device (open, not owned) @p bufferSize bytes at a time. */
    explicit CsvReader(QIODevice *device, char separator = ',', qsizetype bufferSize = BufferSize);

    /** Caps the fields kept per record (0: no cap). */
    void setMaxColumns(int maxColumns) { m_maxColumns = maxColumns; }
    /** Keeps at most @p bytes of each field (0: no cap); the rest of the field is read and dropped. */
    void setMaxFieldBytes(qsizetype bytes) { m_maxFieldBytes = bytes; }
    /** The next record, or nullopt at the end. */
    [[nodiscard]] std::optional<QStringList> readRow();
    /** 1-based line number where the last record returned started. */
    [[nodiscard]] int line() const { return m_recordLine; }
    [[nodiscard]] Status status() const { return m_status; }
    /** Number of fields the last record had, including dropped ones. */
    [[nodiscard]] int fieldCount() const { return m_fieldCount; }

private:
    /** True when a byte is left at m_pos, reading the next piece when the buffer is used up. */
    bool more() { return m_pos < m_buffer.size() || refill(); }
    bool refill();
    void skipBom();
    /** The rest of a field up to a separator or a line break (left unread), after what m_field
     *  holds: a slice of the buffer when the field lies in it whole, else m_field. */
    QByteArrayView readPlain();
    /** Keeps in m_field the text of a quoted field after its opening quote; false: never closed. */
    bool readQuoted();
    void keep(const char *bytes, qsizetype size);
    void endField(QStringList &fields, QByteArrayView field);

    Chunks m_chunks; ///< empty for text held whole, and once the source is used up
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_field;
    char m_separator;
    bool m_started = false;
    int m_line = 1;
    int m_recordLine = 0;
    int m_maxColumns = 0;
    qsizetype m_maxFieldBytes = 0;
    int m_fieldCount = 0;
    Status m_status = Status::Ok;
};

} // namespace Lianes
