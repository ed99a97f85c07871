// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Lianes {

/** The network lives in Europe/Paris: local times in data files and on screen, UTC in the database. */
namespace ParisTime {
[[nodiscard]] const QTimeZone &zone();
/** "2020-01-07T16:00" read as Paris local time. */
[[nodiscard]] QDateTime fromLocalIso(const QString &text);
[[nodiscard]] QDateTime toParis(const QDateTime &dt);
/** UTC ISO 8601 with a Z, the database's format. */
[[nodiscard]] QString toUtcIso(const QDateTime &dt);
[[nodiscard]] QDateTime fromUtcIso(const QString &text);
}

} // namespace Lianes
