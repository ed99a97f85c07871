// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendaevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Lianes {

/** Writes events as iCalendar (RFC 5545) with libical: VCALENDAR, a VTIMEZONE for Europe/Paris cut to the
 *  events' span, one VEVENT each with local times (TZID=Europe/Paris), escaped text, folded lines, CRLF. */
namespace ICalWriter {
inline constexpr auto ProductId = "-//Lianes coopération//Lianes//FR";
inline constexpr auto TimeZoneId = "Europe/Paris";
/** Longest description put in a QR code: the code must stay readable on a kiosk screen. */
inline constexpr int QrDescriptionLength = 140;

/** A full calendar (an .ics file) of @p events; @p stamp is DTSTAMP (when the file is made). */
[[nodiscard]] QByteArray calendar(const QList<AgendaEvent> &events, const QDateTime &stamp);
/** The text of the confirmation QR code: one event, its description shortened, without the app's own
 *  X- properties, so a phone adds it to its calendar offline. */
[[nodiscard]] QByteArray qrCalendar(const AgendaEvent &event, const QDateTime &stamp);
}

} // namespace Lianes
