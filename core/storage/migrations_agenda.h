// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lianes {
class Database;
namespace Migrations {
/** Agenda and registration: consent texts as shown, and the iCalendar series an imported event belongs to. */
void agenda(const Database &db);
}
}
