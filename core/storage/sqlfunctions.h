// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace Lianes {

/** The SQL functions the schema needs (its triggers call them), installed on every connection. */
namespace SqlFunctions {
/** Registers `lianes_search_key(text)` (TextFold::placeKey): the triggers that keep the search
 *  index in sync call it. Every connection that writes needs it. */
void install(sqlite3 *db);
}

} // namespace Lianes
