// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapfilter.h"

using namespace Lianes;

bool MapFilter::passes(const ActorRecord &actor, int ignored) const
{
    if (show == Projects && actor.projectCount == 0 && ignored != ShowGroup) {
        return false;
    }
    if (types != 0 && ignored != TypeGroup && (actor.typeIndex < 0 || !(types & (1U << actor.typeIndex)))) {
        return false;
    }
    const std::uint32_t actorThemes = show == Projects ? actor.projectThemes : actor.themes;
    if (themes != 0 && ignored != ThemeGroup && !(themes & actorThemes)) {
        return false;
    }
    if (departements != 0 && ignored != DepartementGroup
        && (actor.departementIndex < 0 || !(departements & (1U << actor.departementIndex)))) {
        return false;
    }
    if (membersOnly && ignored != MemberGroup && !actor.member) {
        return false;
    }
    return true;
}

bool MapFilter::passes(const ProjectRecord &project) const
{
    return themes == 0 || (themes & project.themes);
}
