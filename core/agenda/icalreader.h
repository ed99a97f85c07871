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

// Limits of what a file may ask (a hostile one ran 242 s and took 1.6 GB on the UI thread):
/** Largest file read: a year of a network's agenda is well under 1 MB. */
inline constexpr qint64 MaxBytes = qint64(8) << 20;
/** VEVENTs in one file. */
inline constexpr int MaxEvents = 5000;
/** Steps of every recurrence rule of a file together (occurrences before the window count too). */
inline constexpr int MaxRecurrenceSteps = 200000;
/** Longest event (DTEND - DTSTART or DURATION). */
inline constexpr qint64 MaxDurationSeconds = qint64(366) * 24 * 3600;
/** Years a date may fall in. */
inline constexpr int MinYear = 1900;
inline constexpr int MaxYear = 2200;
/** A VTIMEZONE of the file is used only when it is like real ones: yearly rules, a few observances,
 *  a few RDATEs; else it is dropped and the system's zone of that name used (libical expanded a
 *  FREQ=SECONDLY rule from 1601 for 90 s and 324 MB). */
inline constexpr int MaxTimezoneObservances = 64;
inline constexpr int MaxTimezoneRdates = 400;

[[nodiscard]] QList<ImportedEvent> parse(const Database &db, const QByteArray &data, const QDateTime &now,
                                         const QString &sourceName, AgendaImportReport &report);
}

} // namespace Lianes
