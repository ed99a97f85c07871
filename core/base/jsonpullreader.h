// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Lianes {

/** Reads JSON from a device one token at a time, in a small buffer: a file of any size is read in
 *  bounded memory (QJsonDocument holds the whole tree: a 400 MB export took 2.5 GB). Limits: one
 *  string at most maxString bytes, nesting at most MaxDepth. Errors stop the reader (error()). */
class JsonPullReader
{
public:
    enum Token { Invalid, BeginObject, EndObject, BeginArray, EndArray, String, Number, True, False, Null, End };
    static constexpr int MaxDepth = 64;

    explicit JsonPullReader(QIODevice *device, qsizetype maxString = qsizetype(16) << 20);

    /** The next token (object keys come as String; ':' and ',' are checked and skipped). */
    Token next();
    /** Text of the last String token, decoded. */
    [[nodiscard]] QString string() const { return m_string; }
    /** The last Number token: integral when it has no fraction or exponent and fits in 64 bits. */
    [[nodiscard]] bool isInteger() const { return m_isInteger; }
    [[nodiscard]] qint64 integer() const { return m_integer; }
    [[nodiscard]] double number() const { return m_number; }
    /** Skips the value whose first token was @p first (an object or array whole). */
    bool skipValue(Token first);
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    /** Bytes read so far. */
    [[nodiscard]] qint64 offset() const { return m_offset; }

private:
    int peekByte();
    int getByte();
    void skipSpace();
    bool readString();
    bool readNumber(int first);
    bool readWord(const char *rest);
    Token fail(const QString &message);

    QIODevice *m_device;
    qsizetype m_maxString;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    QString m_string;
    bool m_isInteger = false;
    qint64 m_integer = 0;
    double m_number = 0;
    QString m_error;
    /// The open containers, innermost last: '{' or '['.
    QByteArray m_stack;
    bool m_expectKey = false; ///< inside an object, before a key
    bool m_afterValue = false; ///< a value (or key) was just read: ',' ':' or a close may come
};

} // namespace Lianes
