// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <memory>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

// Windows-1252 code points of bytes 0x80–0x9F; the five undefined bytes map to the C1 controls, as
// the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/// Translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
};

QString binaryReason()
{
    return Tr::tr("Ce fichier contient des données binaires : ce n'est pas un fichier texte (CSV ou JSON).");
}

/// Bytes at the end of @p data that begin a UTF-8 sequence the end cuts: they are checked with what
/// follows. A sequence that could never be complete is left in, for the check to refuse it.
qsizetype cutSequence(QByteArrayView data)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, data.size()); ++back) {
        const auto b = static_cast<unsigned char>(data[data.size() - back]);
        if ((b & 0xC0) != 0x80) {
            const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }
    }
    return 0;
}

/// Counts ';', ',' and tabs outside quotes on the first non-empty line, fed piece by piece.
struct SeparatorCount {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool seenText = false;

    /// False once the line has ended.
    bool feed(QByteArrayView utf8)
    {
        for (const char c : utf8) {
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (c == '\n' || c == '\r') {
                    if (seenText) {
                        return false;
                    }
                    continue;
                }
                seenText = true;
                semicolons += c == ';';
                commas += c == ',';
                tabs += c == '\t';
            }
        }
        return true;
    }
    [[nodiscard]] char separator() const
    {
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
};

} // namespace

QByteArray TextDecoding::windows1252ToUtf8(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 8);
    for (const char byte : data) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x80) {
            out.append(byte);
            continue;
        }
        const char16_t u = b < 0xA0 ? Cp1252High[b - 0x80] : char16_t(b);
        if (u < 0x800) {
            out.append(char(0xC0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3F)));
        } else {
            out.append(char(0xE0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3F)));
            out.append(char(0x80 | (u & 0x3F)));
        }
    }
    return out;
}

DecodedText TextDecoding::toUtf8(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    const TextScan found = scan(&buffer);
    if (found.encoding == TextEncoding::Utf8) {
        return {data, found.encoding};
    }
    buffer.seek(0);
    const auto chunks = utf8Chunks(&buffer, found);
    QByteArray utf8;
    for (QByteArray piece = chunks(); !piece.isEmpty(); piece = chunks()) {
        utf8.append(piece);
    }
    return {utf8, found.encoding};
}

TextScan TextDecoding::scan(QIODevice *device, qsizetype chunkSize)
{
    TextScan result;
    chunkSize = std::max<qsizetype>(1, chunkSize);
    QByteArray chunk = device->read(std::max<qsizetype>(8, chunkSize)); // the BOMs and magic numbers whole
    result.notText = notTextReason(chunk);
    if (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16;
        result.bomSize = 2;
        result.firstChar = chunk[0];
        return result;
    }
    const bool bom = chunk.startsWith("\xEF\xBB\xBF");
    qsizetype skip = bom ? 3 : 0;
    bool valid = true;
    QByteArray cut; // the start of a character cut by the end of the previous piece
    for (bool first = true; !chunk.isEmpty(); first = false, chunk = device->read(chunkSize)) {
        for (qsizetype i = 0; i < chunk.size() && !result.firstChar; ++i) {
            if (const char c = chunk[i]; c != ' ' && (c < '\t' || c > '\r')) { // QByteArray::trimmed()'s spaces
                result.firstChar = chunk[i];
            }
        }
        if (!first && result.notText.isEmpty() && chunk.contains('\0')) {
            result.notText = binaryReason();
        }
        if (!valid) {
            continue; // still read for the NUL bytes
        }
        QByteArrayView piece = QByteArrayView(chunk).sliced(std::min(skip, chunk.size()));
        skip -= std::min(skip, chunk.size());
        QByteArray joined;
        if (!cut.isEmpty()) {
            joined = cut + piece;
            piece = joined;
        }
        const qsizetype cutSize = cutSequence(piece);
        valid = piece.first(piece.size() - cutSize).isValidUtf8();
        cut = piece.last(cutSize).toByteArray();
    }
    valid = valid && cut.isEmpty(); // a file that ends inside a character is not UTF-8
    // A BOM before bytes that are not UTF-8: a tool wrote the BOM, Excel the rest.
    result.encoding = valid ? (bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8) : TextEncoding::Windows1252;
    result.bomSize = bom ? 3 : 0;
    return result;
}

std::function<QByteArray()> TextDecoding::utf8Chunks(QIODevice *device, const TextScan &scan, qsizetype chunkSize)
{
    chunkSize = std::max<qsizetype>(1, chunkSize);
    const bool littleEndian = device->peek(2) == "\xFF\xFE";
    device->skip(scan.bomSize);
    switch (scan.encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return [device, chunkSize] { return device->read(chunkSize); };
    case TextEncoding::Windows1252:
        // One byte per character: each piece converts on its own.
        return [device, chunkSize] { return windows1252ToUtf8(device->read(chunkSize)); };
    case TextEncoding::Utf16:
        break;
    }
    // The decoder keeps a byte cut between pieces; a high surrogate that ends a piece waits for its
    // low half, so that the pair becomes one UTF-8 character.
    auto decoder = std::make_shared<QStringDecoder>(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    auto held = std::make_shared<QString>();
    return [device, chunkSize, decoder, held] {
        while (true) {
            const QByteArray raw = device->read(chunkSize);
            QString text = *held + decoder->decode(raw);
            held->clear();
            if (!raw.isEmpty() && !text.isEmpty() && text.back().isHighSurrogate()) {
                held->append(text.back());
                text.chop(1);
            }
            if (!text.isEmpty() || raw.isEmpty()) {
                return text.toUtf8();
            }
        }
    };
}

char TextDecoding::detectSeparator(QByteArrayView utf8)
{
    SeparatorCount count;
    count.feed(utf8);
    return count.separator();
}

char TextDecoding::detectSeparator(const std::function<QByteArray()> &chunks)
{
    SeparatorCount count;
    for (QByteArray piece = chunks(); !piece.isEmpty() && count.feed(piece); piece = chunks()) { }
    return count.separator();
}

QString TextDecoding::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return Tr::tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return Tr::tr("UTF-8 avec BOM");
    case TextEncoding::Windows1252:
        return Tr::tr("Windows-1252 (Excel)");
    case TextEncoding::Utf16:
        return Tr::tr("UTF-16 (texte Unicode)");
    }
    return {};
}

QString TextDecoding::notTextReason(QByteArrayView data)
{
    if (data.startsWith("PK\x03\x04")) {
        return Tr::tr("Ce fichier est un classeur (Excel .xlsx ou LibreOffice .ods), pas un fichier CSV : "
                  "ouvrez-le et enregistrez-le au format « CSV (séparateur : point-virgule) ».");
    }
    if (data.startsWith("\xD0\xCF\x11\xE0")) {
        return Tr::tr("Ce fichier est un ancien classeur Excel (.xls), pas un fichier CSV : ouvrez-le et "
                  "enregistrez-le au format « CSV (séparateur : point-virgule) ».");
    }
    if (data.startsWith("%PDF")) {
        return Tr::tr("Ce fichier est un PDF, pas un fichier CSV.");
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        return {};
    }
    if (data.contains('\0')) {
        return binaryReason();
    }
    return {};
}
