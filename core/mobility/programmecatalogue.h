// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programme.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lianes {

class Database;

/** A reason a catalogue file was refused: where (line, or JSON path) and why, in French. */
struct CatalogueError {
    QString path; ///< JSON path ("programmes[2].age.min"), empty for a syntax error
    int line = 0; ///< 1-based line of a syntax error, 0 otherwise
    QString reason;
    /** "ligne 4 : virgule manquante" or "programmes[2].age.min : doit être un entier positif ou null". */
    [[nodiscard]] QString message() const;
};

/** The programme catalogue: parsed and validated from the JSON data file (schema:
 *  resources/mobility/programmes.schema.json), stored in the database when staff import one. */
class ProgrammeCatalogue
{
public:
    /** Parses and validates @p json. On any error, the result holds no programme and the errors. */
    [[nodiscard]] static ProgrammeCatalogue parse(const QByteArray &json);
    /** The catalogue bundled with the app (resources/mobility/programmes.json). */
    [[nodiscard]] static ProgrammeCatalogue bundled();
    /** The catalogue imported on this device, or the bundled one when none was. */
    [[nodiscard]] static ProgrammeCatalogue load(const Database &db);
    /** Validates @p json and, when valid, replaces the stored catalogue in one transaction.
     *  Returns the errors (empty on success); a refused file leaves the stored catalogue untouched. */
    [[nodiscard]] static QList<CatalogueError> import(const Database &db, const QByteArray &json);
    /** Forgets an imported catalogue: the bundled one is used again. */
    static void resetToBundled(const Database &db);

    [[nodiscard]] bool isValid() const { return m_errors.isEmpty() && !m_programmes.isEmpty(); }
    [[nodiscard]] const QList<CatalogueError> &errors() const { return m_errors; }
    [[nodiscard]] const QList<Programme> &programmes() const { return m_programmes; }
    [[nodiscard]] const Programme *find(const QString &id) const;
    /** Keys of the map's actors who accompany young people on mobility ("Qui peut m'aider ?"). */
    [[nodiscard]] const QStringList &networkActors() const { return m_networkActors; }
    [[nodiscard]] QString updated() const { return m_updated; }
    /** True when the catalogue comes from a staff import rather than the app's own file. */
    [[nodiscard]] bool imported() const { return m_imported; }

private:
    QList<Programme> m_programmes;
    QList<CatalogueError> m_errors;
    QStringList m_networkActors;
    QString m_updated;
    bool m_imported = false;
};

} // namespace Lianes
