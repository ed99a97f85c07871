// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurerow.h"
#include "period.h"

namespace Lianes {

class Database;

/** The meetings log of a period (the report's annex): how many, how many people, how long, when,
 *  where, by whom, and the most attended. Days and months are Paris days and months. */
struct MeetingFigures {
    int count = 0;
    int participants = 0;
    double hours = 0;
    int online = 0;
    /** Every month of the period (of the logged months when the period is open), zeros kept;
     *  measures {meetings, participants, hours}. */
    FigureRows byMonth;
    /** "En ligne", the commune, or the place as written; largest first; {meetings, participants, hours}. */
    FigureRows byPlace;
    /** Staff member as logged ("Non attribué" when empty); largest first; {meetings, participants, hours}. */
    FigureRows byStaff;
    /** The @p top best attended, most participants first then earliest; detail: date and place;
     *  measures {participants, hours}. */
    FigureRows mostAttended;

    [[nodiscard]] static MeetingFigures compute(const Database &db, const Period &period, int top = 8);
};

} // namespace Lianes
