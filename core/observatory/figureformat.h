// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lianes {

/** How a figure is written for people: counts, hours, euros, in the UI language's conventions. */
namespace FigureFormat {
enum class Kind { Count, Hours, Euros };
/** "46 786", "14,5 h", "46 786 €" (French), "46,786" (English). */
[[nodiscard]] QString format(double value, Kind kind);
/** Same without the unit ("14,5"), for table cells under a titled column. */
[[nodiscard]] QString number(double value, Kind kind);
}

} // namespace Lianes
