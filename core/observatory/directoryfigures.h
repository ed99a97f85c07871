// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurerow.h"
#include "period.h"

namespace Lianes {

class Database;

/** The observatory's directory and panorama: actors (as they stand: the directory has no dates) and the
 *  projects of a period, counted by type, family, département, theme, partner country and kind. */
struct DirectoryFigures {
    int actors = 0;
    int members = 0;
    int actorsWithoutDepartement = 0; ///< not in any of the five départements' rows
    FigureRows actorsByType; ///< the 14 types, zeros kept, largest first; measures {actors, members}
    FigureRows actorsByFamily; ///< the 4 colour families; measures {actors, members}
    FigureRows actorsByDepartement; ///< the 5 départements in code order, zeros kept; {actors, members}
    FigureRows actorsByCountry; ///< partner countries named by actors, largest first
    int actorsWithoutCountry = 0;

    /** Projects of the period: those whose years (year_start to year_end, or year_start alone)
     *  meet the period's years; a project with no year at all counts in every period. */
    int projects = 0;
    int projectsWithoutDepartement = 0; ///< no lead or partner actor in a département
    FigureRows projectsByTheme; ///< the 12 themes, zeros kept, largest first
    FigureRows projectsByCountry; ///< partner countries, largest first
    int projectsWithoutCountry = 0;
    FigureRows projectsByDepartement; ///< projects with a lead or partner actor there; 5 rows, code order
    FigureRows projectsByKind; ///< mutualisés, RECITAL, Tandems, others; measures {projects, amount in €}

    [[nodiscard]] static DirectoryFigures compute(const Database &db, const Period &period);
    /** Translated name of a project kind ("recital" → "Lauréats RECITAL"). */
    [[nodiscard]] static QString projectKindLabel(const QString &kind);
};

} // namespace Lianes
