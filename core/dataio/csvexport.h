// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Lianes {

class Database;

/** CSV exports of the app's entities, one file per entity, with the headers the import reads back. */
namespace CsvExport {
/** "acteurs", "projets", "evenements", "reunions". */
[[nodiscard]] QStringList entities();
/** The CSV of @p entity, or nullopt for an unknown one. */
[[nodiscard]] std::optional<QByteArray> exportEntity(const Database &db, const QString &entity);
}

} // namespace Lianes
