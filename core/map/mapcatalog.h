// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace Lianes {

class Database;

/** An actor as the map needs it: what filters test, where it is, what it is called. */
struct ActorRecord {
    qint64 id = 0;
    QString name;
    QString sortKey; ///< folded name, for sorting by name quickly
    QString type;
    int typeIndex = -1; ///< in Vocabulary::actorTypes()
    int family = 0; ///< ActorFamily
    bool member = false;
    int departementIndex = -1; ///< in Vocabulary::departements(), -1 when unknown
    QString communeName;
    std::optional<double> lat;
    std::optional<double> lon;
    std::uint32_t themes = 0; ///< bit i: Vocabulary::themes()[i]
    std::uint32_t projectThemes = 0; ///< themes of the projects it leads or joins
    int projectCount = 0;
    [[nodiscard]] bool located() const { return lat.has_value(); }
};

/** A project with its themes, countries and actors. */
struct ProjectRecord {
    qint64 id = 0;
    QString title;
    QString kind;
    std::uint32_t themes = 0;
    QStringList countries; ///< ISO 3166 alpha-2
    std::optional<int> yearStart;
    std::optional<int> yearEnd;
    QList<qint64> leads;
    QList<qint64> partners;
};

/** A country of the world view. */
struct CountryRecord {
    QString iso2;
    QString nameFr;
    QString nameEn;
    double lat = 0;
    double lon = 0;
};

/** Everything the map shows, read from the database in a few queries and kept in memory, so
 *  that filtering and clustering tens of thousands of actors never waits on SQL. */
class MapCatalog
{
public:
    /** Reads actors and projects from @p db (replacing what was loaded). */
    void load(const Database &db);
    /** Replaces the actors (benchmarks and tests build synthetic sets). */
    void setActors(QList<ActorRecord> actors);

    [[nodiscard]] const QList<ActorRecord> &actors() const { return m_actors; }
    [[nodiscard]] const QList<ProjectRecord> &projects() const { return m_projects; }
    [[nodiscard]] const CountryRecord *country(const QString &iso2) const;
    /** The country's name in the UI language (the ISO code when unknown). */
    [[nodiscard]] QString countryName(const QString &iso2) const;
    /** Index in actors() of the actor @p id, or -1. */
    [[nodiscard]] int actorIndex(qint64 id) const { return m_actorIndex.value(id, -1); }
    [[nodiscard]] int projectIndex(qint64 id) const { return m_projectIndex.value(id, -1); }
    /** Projects the actor leads or joins, as indices in projects(). */
    [[nodiscard]] QList<int> projectsOf(qint64 actorId) const { return m_projectsOfActor.value(actorId); }

    /** Bit mask of theme codes (unknown codes ignored). */
    [[nodiscard]] static std::uint32_t themeMask(const QStringList &codes);

private:
    void index();

    QList<ActorRecord> m_actors;
    QList<ProjectRecord> m_projects;
    QHash<QString, CountryRecord> m_countries;
    QHash<qint64, int> m_actorIndex;
    QHash<qint64, int> m_projectIndex;
    QHash<qint64, QList<int>> m_projectsOfActor;
};

/** Great-circle distance in metres. */
[[nodiscard]] double distanceMetres(double lat1, double lon1, double lat2, double lon2);
/** "350 m", "2,3 km", "48 km" in the UI language. */
[[nodiscard]] QString distanceLabel(double metres);

} // namespace Lianes
