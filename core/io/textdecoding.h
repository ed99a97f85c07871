// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lianes {

/** Character encodings met in files from French offices. */
enum class TextEncoding {
    Utf8,
    Utf8Bom,
    Windows1252, ///< Excel's "CSV (séparateur : point-virgule)" on Windows
    Utf16, ///< Excel's "Texte Unicode" (with its byte order mark)
};

/** Text in UTF-8 whatever the file's encoding, and what the encoding was. */
struct DecodedText {
    QByteArray utf8;
    TextEncoding encoding = TextEncoding::Utf8;
};

/** Detects the encoding and separator of text files and brings them to UTF-8. */
namespace TextDecoding {
/** UTF-8 (BOM or not; the BOM is removed), UTF-16 with BOM, otherwise Windows-1252 (also after a
 *  UTF-8 BOM when what follows is not UTF-8). */
[[nodiscard]] DecodedText toUtf8(const QByteArray &data);
/** Windows-1252 (Latin-1 plus the 0x80–0x9F block: €, œ, typographic quotes...) to UTF-8. */
[[nodiscard]] QByteArray windows1252ToUtf8(QByteArrayView data);
/** The field separator of a CSV text: the most frequent of ';', ',', tab outside quotes on its
 *  first non-empty line (';' on a tie, as French Excel writes). */
[[nodiscard]] char detectSeparator(QByteArrayView utf8);
/** The encoding's name in French, for reports. */
[[nodiscard]] QString encodingName(TextEncoding encoding);
/** Non-empty (French) when @p data is plainly not text: a spreadsheet, an archive, binary data. */
[[nodiscard]] QString notTextReason(QByteArrayView data);
}

} // namespace Lianes
