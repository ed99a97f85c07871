// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectstore.h"

namespace Lianes {

class ProgrammeCatalogue;

/** The one-page summary of a project, to share with the person who accompanies the young person. */
namespace ProjectSummary {
/** The summary as HTML (title, date, overall progress, each step with its ticked and open items). */
[[nodiscard]] QString html(const MobilityProject &project, const ProgrammeCatalogue &catalogue, const QDateTime &now);
/** Writes the summary to @p path as a one-page A4 PDF (QPdfWriter). False when the file cannot be written. */
bool writePdf(const QString &path, const MobilityProject &project, const ProgrammeCatalogue &catalogue,
              const QDateTime &now);
}

} // namespace Lianes
