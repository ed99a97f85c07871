// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlite.h"

#include <QList>
#include <QString>

#include <optional>

namespace Lianes {

class Database;

/** A commune of the five départements (INSEE COG 2026). */
struct Commune {
    QString insee;
    QString name;
    QString departement;
    QString postalCode;
    double lat = 0;
    double lon = 0;
    qint64 population = 0;
};

/** Finds communes by name and/or postcode in the bundled gazetteer (commune table). */
class Gazetteer
{
public:
    explicit Gazetteer(const Database &db);

    /** Outcome of a lookup: one commune, none, or several (same name in two départements). */
    struct Result {
        enum Status { Found, NotFound, Ambiguous };
        Status status = NotFound;
        std::optional<Commune> commune;
        QList<Commune> candidates;
    };

    [[nodiscard]] std::optional<Commune> byInsee(const QString &insee) const;
    /** Accent/case-insensitive, "St"/"Ste" expanded; @p postcode or @p departement disambiguate. */
    [[nodiscard]] Result resolve(const QString &name, const QString &postcode = {},
                                 const QString &departement = {}) const;

private:
    const Database &m_db;
    // Prepared once: imports resolve thousands of communes in a row.
    mutable std::optional<Statement> m_byName;
    mutable std::optional<Statement> m_byPostcode;
};

} // namespace Lianes
