// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lianes {

/** Text folding shared by search, geocoding and duplicate detection. */
namespace TextFold {
/** Lower case, no diacritics, ligatures expanded (œ→oe, æ→ae, ß→ss), punctuation and
 *  apostrophes/hyphens turned into single spaces, trimmed: "Château-Thierry" → "chateau thierry". */
[[nodiscard]] QString fold(QStringView text);
/** The folded words of @p text. */
[[nodiscard]] QStringList words(QStringView text);
/** fold() plus French place-name abbreviations expanded: "st" → "saint", "ste" → "sainte". */
[[nodiscard]] QString placeKey(QStringView text);
}

} // namespace Lianes
