// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lianes {

class Database;

/** The consent a visitor ticks to register: purpose, retention and rights in plain words, versioned.
 *  A new wording needs a new version, so each registration keeps the text its person agreed to. */
namespace Consent {
/** "inscription-v1-fr": the wording's version, per UI language. */
[[nodiscard]] QString version();
/** The text shown beside the box (in the UI language). */
[[nodiscard]] QString text();
/** The separate newsletter box. */
[[nodiscard]] QString newsletterText();
/** How long registrations are kept after the event, in months (also in the text). */
inline constexpr int RetentionMonths = 12;
/** Records the current text under its version if this device has not stored it yet (inside the caller's transaction). */
void store(const Database &db, const QString &atUtcIso);
}

} // namespace Lianes
