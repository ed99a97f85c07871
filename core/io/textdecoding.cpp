// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

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
    if (data.startsWith("\xEF\xBB\xBF")) {
        const QByteArrayView rest = QByteArrayView(data).mid(3);
        // A BOM before bytes that are not UTF-8: a tool wrote the BOM, Excel the rest.
        return rest.isValidUtf8() ? DecodedText{rest.toByteArray(), TextEncoding::Utf8Bom}
                                  : DecodedText{windows1252ToUtf8(rest), TextEncoding::Windows1252};
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        const auto encoding = data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE;
        QStringDecoder decoder(encoding);
        const QString text = decoder(QByteArrayView(data).mid(2));
        return {text.toUtf8(), TextEncoding::Utf16};
    }
    if (data.isValidUtf8()) {
        return {data, TextEncoding::Utf8};
    }
    return {windows1252ToUtf8(data), TextEncoding::Windows1252};
}

char TextDecoding::detectSeparator(QByteArrayView utf8)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool seenText = false;
    for (const char c : utf8) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (c == '\n' || c == '\r') {
                if (seenText) {
                    break;
                }
                continue;
            }
            seenText = true;
            semicolons += c == ';';
            commas += c == ',';
            tabs += c == '\t';
        }
    }
    if (tabs > semicolons && tabs > commas) {
        return '\t';
    }
    return commas > semicolons ? ',' : ';';
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
        return Tr::tr("Ce fichier contient des données binaires : ce n'est pas un fichier texte (CSV ou JSON).");
    }
    return {};
}
