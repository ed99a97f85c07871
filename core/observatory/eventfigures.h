// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurerow.h"
#include "period.h"

namespace Lianes {

class Database;

/** The agenda's side of a period: the trainings held (events of kind « formation » whose attendance was
 *  recorded) and the registrations of each event. */
struct EventFigures {
    int trainings = 0;
    double trainingHours = 0;
    int trainingParticipants = 0;
    /** Each training held, by date; detail: date and place; measures {participants, hours}. */
    FigureRows trainingList;

    int confirmed = 0;
    int waiting = 0;
    int cancelled = 0;
    int checkedIn = 0;
    /** Events of the period with at least one registration, by date;
     *  measures {confirmed, waiting list, cancelled, checked in}. */
    FigureRows registrationsByEvent;

    [[nodiscard]] static EventFigures compute(const Database &db, const Period &period);
};

} // namespace Lianes
