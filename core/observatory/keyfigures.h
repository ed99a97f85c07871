// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Lianes {

class Database;

/** The few figures an attract screen shows, computed from the data as it stands at @p now. */
struct KeyFigures {
    int actors = 0;
    int members = 0;
    int projects = 0;
    int departementsCovered = 0; ///< of the five, those with at least one actor
    int countries = 0; ///< partner countries of projects or actors
    int upcomingEvents = 0; ///< events starting at or after now

    [[nodiscard]] static KeyFigures compute(const Database &db, const QDateTime &now);
};

} // namespace Lianes
