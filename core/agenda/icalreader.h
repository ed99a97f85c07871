// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendaimport.h"

namespace Lianes {

/** Reads an iCalendar file with libical: every VEVENT (SUMMARY, DESCRIPTION, DTSTART, DTEND or DURATION,
 *  LOCATION, URL, UID, and the app's own X-LIANES-* properties), time zones as the file or the system
 *  defines them, recurring events expanded (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides). */
namespace ICalReader {
/** Occurrences of a recurring event are kept from a year before @p now to two years after. */
inline constexpr int PastDays = 365;
inline constexpr int FutureDays = 2 * 365;
/** At most this many occurrences per series (a daily event without end would otherwise be endless). */
inline constexpr int MaxOccurrences = 500;

[[nodiscard]] QList<ImportedEvent> parse(const Database &db, const QByteArray &data, const QDateTime &now,
                                         const QString &sourceName, AgendaImportReport &report);
}

} // namespace Lianes
