// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/gazetteer.h"
#include "importfields.h"

#include <QHash>

namespace Lianes {

/** Where an imported row is: its commune (when one is named), its département, or why not. */
struct ImportPlace {
    std::optional<Commune> commune;
    QString departement; ///< empty when the row names no place
    QString error; ///< French; empty when the place is known
    ImportField errorField = ImportField::Commune;
};

/** Geocodes import rows through the gazetteer, remembering each answer: a file names the same few
 *  hundred communes over and over. "Lille Cedex", "Lille (59)" and Excel's "2100" are understood;
 *  unknown and ambiguous communes come back with a reason. */
class ImportGeocoder
{
public:
    explicit ImportGeocoder(const Database &db);

    /** @p postcode and @p departement already normalised (ImportValues); any of the four may be empty. */
    [[nodiscard]] ImportPlace locate(const QString &commune, const QString &postcode, const QString &departement,
                                     const QString &insee);

private:
    [[nodiscard]] ImportPlace byInsee(const QString &insee);
    [[nodiscard]] ImportPlace byName(const QString &commune, const QString &postcode, const QString &departement);
    [[nodiscard]] ImportPlace byPostcode(const QString &postcode, const QString &departement);

    Gazetteer m_gazetteer;
    QHash<QString, ImportPlace> m_cache;
};

} // namespace Lianes
