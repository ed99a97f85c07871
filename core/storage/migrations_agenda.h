// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lianes {
class Database;
namespace Migrations {
/** Agenda and registration: consent texts as shown, and the iCalendar series an imported event belongs to. */
void agenda(const Database &db);
/** The capacity of an event in the schema itself: a confirmed registration beyond it is refused by
 *  a trigger, whatever writes it (the registrar, a restore, an import, a future sync). */
void capacityGuard(const Database &db);
/** The files this device wrote that may hold personal data (backups, exports, restore points):
 *  an erasure says which of them still hold the person. Device-local, never exported. */
void writtenFiles(const Database &db);
}
}
