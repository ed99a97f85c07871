// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpullreader.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonPullReader)
};
constexpr qsizetype Chunk = 64 * 1024;
constexpr qsizetype MaxNumber = 64;
} // namespace

JsonPullReader::JsonPullReader(QIODevice *device, qsizetype maxString)
    : m_device(device)
    , m_maxString(maxString)
{
}

int JsonPullReader::peekByte()
{
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_device->read(Chunk);
        m_pos = 0;
        if (m_buffer.isEmpty()) {
            return -1;
        }
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int JsonPullReader::getByte()
{
    const int c = peekByte();
    if (c >= 0) {
        ++m_pos;
        ++m_offset;
    }
    return c;
}

void JsonPullReader::skipSpace()
{
    for (int c = peekByte(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peekByte()) {
        getByte();
    }
}

JsonPullReader::Token JsonPullReader::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = Tr::tr("JSON mal formé à l'octet %1 : %2").arg(m_offset).arg(message);
    }
    return Invalid;
}

bool JsonPullReader::readString()
{
    QByteArray utf8;
    for (;;) {
        const int c = getByte();
        if (c < 0) {
            fail(Tr::tr("texte non terminé"));
            return false;
        }
        if (c == '"') {
            break;
        }
        if (c < 0x20) {
            fail(Tr::tr("caractère de contrôle dans un texte"));
            return false;
        }
        if (c != '\\') {
            utf8.append(char(c));
        } else {
            const int e = getByte();
            switch (e) {
            case '"': utf8.append('"'); break;
            case '\\': utf8.append('\\'); break;
            case '/': utf8.append('/'); break;
            case 'b': utf8.append('\b'); break;
            case 'f': utf8.append('\f'); break;
            case 'n': utf8.append('\n'); break;
            case 'r': utf8.append('\r'); break;
            case 't': utf8.append('\t'); break;
            case 'u': {
                const auto hex4 = [this]() -> int {
                    int v = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int h = getByte();
                        const int d = h >= '0' && h <= '9' ? h - '0'
                            : h >= 'a' && h <= 'f'         ? h - 'a' + 10
                            : h >= 'A' && h <= 'F'         ? h - 'A' + 10
                                                           : -1;
                        if (d < 0) {
                            return -1;
                        }
                        v = v * 16 + d;
                    }
                    return v;
                };
                int code = hex4();
                if (code < 0) {
                    fail(Tr::tr("échappement \\u invalide"));
                    return false;
                }
                if (code >= 0xD800 && code <= 0xDBFF && peekByte() == '\\') {
                    getByte();
                    if (getByte() != 'u') {
                        fail(Tr::tr("échappement \\u invalide"));
                        return false;
                    }
                    const int low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF) {
                        fail(Tr::tr("échappement \\u invalide"));
                        return false;
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xD800 && code <= 0xDFFF) {
                    code = 0xFFFD; // a lone surrogate
                }
                const char32_t one = char32_t(code);
                utf8.append(QString::fromUcs4(&one, 1).toUtf8());
                break;
            }
            default:
                fail(Tr::tr("échappement inconnu"));
                return false;
            }
        }
        if (utf8.size() > m_maxString) {
            fail(Tr::tr("texte de plus de %1 Mo").arg(m_maxString >> 20));
            return false;
        }
    }
    m_string = QString::fromUtf8(utf8);
    return true;
}

bool JsonPullReader::readNumber(int first)
{
    QByteArray text(1, char(first));
    for (int c = peekByte(); (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
         c = peekByte()) {
        text.append(char(getByte()));
        if (text.size() > MaxNumber) {
            fail(Tr::tr("nombre trop long"));
            return false;
        }
    }
    bool ok = false;
    const bool integral = !text.contains('.') && !text.contains('e') && !text.contains('E');
    m_integer = integral ? text.toLongLong(&ok) : 0;
    m_isInteger = integral && ok;
    m_number = m_isInteger ? double(m_integer) : text.toDouble(&ok);
    if (!ok) {
        fail(Tr::tr("nombre illisible"));
        return false;
    }
    return true;
}

bool JsonPullReader::readWord(const char *rest)
{
    for (const char *p = rest; *p; ++p) {
        if (getByte() != *p) {
            fail(Tr::tr("mot inconnu"));
            return false;
        }
    }
    return true;
}

JsonPullReader::Token JsonPullReader::next()
{
    if (hasError()) {
        return Invalid;
    }
    skipSpace();
    // After a value or a key: a separator, or the end of the container.
    if (m_afterValue) {
        if (m_stack.isEmpty()) {
            return peekByte() < 0 ? End : fail(Tr::tr("données après la fin"));
        }
        const char top = m_stack.back();
        const int c = getByte();
        if ((c == '}' && top == '{') || (c == ']' && top == '[')) {
            m_stack.chop(1);
            m_expectKey = false;
            return c == '}' ? EndObject : EndArray; // m_afterValue stays true
        }
        if (c != ',') {
            return fail(Tr::tr("« , » attendue"));
        }
        m_afterValue = false;
        m_expectKey = top == '{';
        skipSpace();
    }
    if (m_expectKey) {
        if (getByte() != '"') {
            return fail(Tr::tr("nom de champ attendu"));
        }
        if (!readString()) {
            return Invalid;
        }
        skipSpace();
        if (getByte() != ':') {
            return fail(Tr::tr("« : » attendu"));
        }
        m_expectKey = false;
        return String;
    }
    const int c = getByte();
    m_afterValue = true;
    switch (c) {
    case '{':
    case '[':
        if (m_stack.size() >= MaxDepth) {
            return fail(Tr::tr("imbrication trop profonde"));
        }
        m_stack.append(char(c));
        skipSpace();
        if ((c == '{' && peekByte() == '}') || (c == '[' && peekByte() == ']')) {
            // empty container: its close comes as the next token
            return c == '{' ? BeginObject : BeginArray;
        }
        m_afterValue = false;
        m_expectKey = c == '{';
        return c == '{' ? BeginObject : BeginArray;
    case '"':
        return readString() ? String : Invalid;
    case 't':
        return readWord("rue") ? True : Invalid;
    case 'f':
        return readWord("alse") ? False : Invalid;
    case 'n':
        return readWord("ull") ? Null : Invalid;
    case -1:
        return fail(Tr::tr("fin inattendue"));
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            return readNumber(c) ? Number : Invalid;
        }
        return fail(Tr::tr("valeur attendue"));
    }
}

bool JsonPullReader::skipValue(Token first)
{
    if (first != BeginObject && first != BeginArray) {
        return first != Invalid;
    }
    int depth = 1;
    while (depth > 0) {
        const Token t = next();
        if (t == BeginObject || t == BeginArray) {
            ++depth;
        } else if (t == EndObject || t == EndArray) {
            --depth;
        } else if (t == Invalid || t == End) {
            fail(Tr::tr("fin inattendue"));
            return false;
        }
    }
    return true;
}
