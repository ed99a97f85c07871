// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QObject;
class QTranslator;

namespace Lianes {

/** The interface language of the app and of lianes-admin: French (the source) or English. */
namespace Language {
/** Makes dates, numbers and sorting follow @p language ("fr" or "en") whatever the system locale,
 *  and installs its translation (French: only the plural forms). The translator, owned by
 *  @p parent, or nullptr when there is none. */
QTranslator *install(const QString &language, QObject *parent);
}

} // namespace Lianes
