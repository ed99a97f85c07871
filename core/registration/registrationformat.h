// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registrar.h"

#include <QString>

namespace Lianes {

/** An event's places and registrations as people read them. */
namespace RegistrationFormat {
/** "12 places restantes sur 40", "Complet : liste d'attente", "Dernière place", "Places illimitées". */
[[nodiscard]] QString places(const RegistrationCounts &counts);
/** Staff: "8 inscrit·es · 2 en attente · 3 présent·es". */
[[nodiscard]] QString staffCounts(const RegistrationCounts &counts);
}

} // namespace Lianes
