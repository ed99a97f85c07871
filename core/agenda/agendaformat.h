// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lianes {

/** Dates, times and places of the agenda as people read them (Paris time, the UI language). */
namespace AgendaFormat {
/** "jeudi 3 décembre" (with the year when not the year of @p now). */
[[nodiscard]] QString day(const QDateTime &start, const QDateTime &now);
/** "13h30 – 16h30", or "15 déc. → 17 déc." for an event over several days. */
[[nodiscard]] QString timeRange(const QDateTime &start, int durationMin);
/** Section of the list: "Cette semaine", "Semaine prochaine", "Semaine du 14 décembre"; for past events
 *  the month, "Novembre 2020". */
[[nodiscard]] QString section(const QDateTime &start, const QDateTime &now);
}

} // namespace Lianes
