// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

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

/** What one pass over a file's bytes found. */
struct TextScan {
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomSize = 0; ///< bytes of byte order mark before the text
    char firstChar = 0; ///< the first byte that is not white space (0: none)
    QString notText; ///< French; non-empty when the file is plainly not text (see notTextReason())
};

/** Detects the encoding and separator of text files and brings them to UTF-8, whole or in pieces. */
namespace TextDecoding {
constexpr qsizetype ChunkSize = 64 * 1024;
/** UTF-8 (BOM or not; the BOM is removed), UTF-16 with BOM, otherwise Windows-1252 (also after a
 *  UTF-8 BOM when what follows is not UTF-8). */
[[nodiscard]] DecodedText toUtf8(const QByteArray &data);
/** The encoding toUtf8() would find, from @p device's current position to its end, read
 *  @p chunkSize bytes at a time (UTF-16 is known from its BOM: only the first piece is read). */
[[nodiscard]] TextScan scan(QIODevice *device, qsizetype chunkSize = ChunkSize);
/** The text of @p device, positioned where @p scan started, in UTF-8 pieces (the BOM left out) of
 *  about @p chunkSize bytes read each; an empty piece at the end. @p device must outlive them. */
[[nodiscard]] std::function<QByteArray()> utf8Chunks(QIODevice *device, const TextScan &scan,
                                                     qsizetype chunkSize = ChunkSize);
/** Windows-1252 (Latin-1 plus the 0x80–0x9F block: €, œ, typographic quotes...) to UTF-8. */
[[nodiscard]] QByteArray windows1252ToUtf8(QByteArrayView data);
/** The field separator of a CSV text: the most frequent of ';', ',', tab outside quotes on its
 *  first non-empty line (';' on a tie, as French Excel writes). */
[[nodiscard]] char detectSeparator(QByteArrayView utf8);
/** detectSeparator() over @p chunks, read only up to the end of the first non-empty line. */
[[nodiscard]] char detectSeparator(const std::function<QByteArray()> &chunks);
/** The encoding's name in French, for reports. */
[[nodiscard]] QString encodingName(TextEncoding encoding);
/** Non-empty (French) when @p data is plainly not text: a spreadsheet, an archive, binary data. */
[[nodiscard]] QString notTextReason(QByteArrayView data);
}

} // namespace Lianes
