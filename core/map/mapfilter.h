// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapcatalog.h"

#include <cstdint>

namespace Lianes {

/** What the visitor chose to see: types, themes, départements (each group: none ticked means
 *  all), members only, and actors or projects. */
struct MapFilter {
    enum Show { Actors, Projects };
    enum Group { TypeGroup, ThemeGroup, DepartementGroup, MemberGroup, ShowGroup };

    std::uint32_t types = 0; ///< bit i: Vocabulary::actorTypes()[i]
    std::uint32_t themes = 0; ///< bit i: Vocabulary::themes()[i]
    std::uint32_t departements = 0; ///< bit i: Vocabulary::departements()[i]
    bool membersOnly = false;
    Show show = Actors;

    [[nodiscard]] bool isEmpty() const
    {
        return types == 0 && themes == 0 && departements == 0 && !membersOnly && show == Actors;
    }
    /** Does @p actor pass every group (except @p ignored, for facet counts)? In project mode an
     *  actor passes when it carries a project, and the themes are its projects' themes. */
    [[nodiscard]] bool passes(const ActorRecord &actor, int ignored = -1) const;
    /** Does @p project pass the theme group (the groups about actors do not apply to it)? */
    [[nodiscard]] bool passes(const ProjectRecord &project) const;

    friend bool operator==(const MapFilter &, const MapFilter &) = default;
};

} // namespace Lianes
