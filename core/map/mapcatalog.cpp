// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcatalog.h"

#include "base/textfold.h"
#include "base/vocabulary.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <numbers>

using namespace Lianes;
using namespace Qt::StringLiterals;

std::uint32_t MapCatalog::themeMask(const QStringList &codes)
{
    static const QList<Theme> themes = Vocabulary::themes();
    std::uint32_t mask = 0;
    for (const QString &code : codes) {
        for (qsizetype i = 0; i < themes.size(); ++i) {
            if (themes.at(i).code == code) {
                mask |= 1U << i;
            }
        }
    }
    return mask;
}

void MapCatalog::load(const Database &db)
{
    const QList<ActorType> types = Vocabulary::actorTypes();
    const QList<Departement> departements = Vocabulary::departements();
    QHash<QString, int> typeIndex;
    for (qsizetype i = 0; i < types.size(); ++i) {
        typeIndex.insert(types.at(i).code, int(i));
    }
    QHash<QString, int> depIndex;
    for (qsizetype i = 0; i < departements.size(); ++i) {
        depIndex.insert(departements.at(i).code, int(i));
    }
    QHash<qint64, QStringList> actorThemes;
    auto themes = db.prepare("SELECT actor, theme FROM actor_theme");
    while (themes.step()) {
        actorThemes[themes.integer(0)].append(themes.text(1));
    }

    m_actors.clear();
    auto q = db.prepare("SELECT a.id, a.name, a.type, a.member, a.departement, c.name, a.lat, a.lon "
                        "FROM actor a LEFT JOIN commune c ON c.insee = a.commune ORDER BY a.id");
    while (q.step()) {
        ActorRecord a;
        a.id = q.integer(0);
        a.name = q.text(1);
        a.type = q.text(2);
        a.typeIndex = typeIndex.value(a.type, -1);
        a.family = int(Vocabulary::actorFamily(a.type));
        a.member = q.integer(3) != 0;
        a.departementIndex = depIndex.value(q.text(4), -1);
        a.communeName = q.text(5);
        if (!q.isNull(6) && !q.isNull(7)) {
            a.lat = q.real(6);
            a.lon = q.real(7);
        }
        a.themes = themeMask(actorThemes.value(a.id));
        m_actors.append(a);
    }

    m_countries.clear();
    auto c = db.prepare("SELECT iso2, name_fr, name_en, lat, lon FROM country");
    while (c.step()) {
        m_countries.insert(c.text(0), {c.text(0), c.text(1), c.text(2), c.real(3), c.real(4)});
    }

    m_projects.clear();
    QHash<qint64, QStringList> projectThemes;
    auto pt = db.prepare("SELECT project, theme FROM project_theme");
    while (pt.step()) {
        projectThemes[pt.integer(0)].append(pt.text(1));
    }
    QHash<qint64, QStringList> countries;
    auto pc = db.prepare("SELECT project, country FROM project_country ORDER BY project, country");
    while (pc.step()) {
        countries[pc.integer(0)].append(pc.text(1));
    }
    auto p = db.prepare("SELECT id, title, kind, year_start, year_end FROM project ORDER BY id");
    while (p.step()) {
        ProjectRecord r;
        r.id = p.integer(0);
        r.title = p.text(1);
        r.kind = p.text(2);
        r.themes = themeMask(projectThemes.value(r.id));
        r.countries = countries.value(r.id);
        if (!p.isNull(3)) {
            r.yearStart = int(p.integer(3));
        }
        if (!p.isNull(4)) {
            r.yearEnd = int(p.integer(4));
        }
        m_projects.append(r);
    }
    m_projectIndex.clear();
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        m_projectIndex.insert(m_projects.at(i).id, int(i));
    }
    auto pa = db.prepare("SELECT project, actor, role FROM project_actor ORDER BY project, role DESC, actor");
    while (pa.step()) {
        const int row = m_projectIndex.value(pa.integer(0), -1);
        if (row >= 0) {
            auto &list = pa.text(2) == "lead"_L1 ? m_projects[row].leads : m_projects[row].partners;
            list.append(pa.integer(1));
        }
    }
    index();
}

const CountryRecord *MapCatalog::country(const QString &iso2) const
{
    const auto it = m_countries.constFind(iso2);
    return it == m_countries.cend() ? nullptr : &*it;
}

QString MapCatalog::countryName(const QString &iso2) const
{
    const CountryRecord *c = country(iso2);
    if (!c) {
        return iso2;
    }
    return QLocale().language() == QLocale::French ? c->nameFr : c->nameEn;
}

void MapCatalog::setActors(QList<ActorRecord> actors)
{
    m_actors = std::move(actors);
    index();
}

void MapCatalog::index()
{
    m_actorIndex.clear();
    m_actorIndex.reserve(m_actors.size());
    for (qsizetype i = 0; i < m_actors.size(); ++i) {
        if (m_actors[i].sortKey.isEmpty()) {
            m_actors[i].sortKey = TextFold::fold(m_actors[i].name);
        }
        m_actors[i].projectThemes = 0;
        m_actors[i].projectCount = 0;
        m_actorIndex.insert(m_actors.at(i).id, int(i));
    }
    m_projectsOfActor.clear();
    for (qsizetype p = 0; p < m_projects.size(); ++p) {
        const ProjectRecord &project = m_projects.at(p);
        for (const auto &ids : {project.leads, project.partners}) {
            for (qint64 id : ids) {
                m_projectsOfActor[id].append(int(p));
                if (const int a = actorIndex(id); a >= 0) {
                    m_actors[a].projectThemes |= project.themes;
                    ++m_actors[a].projectCount;
                }
            }
        }
    }
}

double Lianes::distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double EarthRadius = 6371008.8;
    constexpr double Rad = std::numbers::pi / 180;
    const double dLat = (lat2 - lat1) * Rad;
    const double dLon = (lon2 - lon1) * Rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * Rad) * std::cos(lat2 * Rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

QString Lianes::distanceLabel(double metres)
{
    const QLocale locale;
    if (metres < 1000) {
        return QCoreApplication::translate("Map", "%1 m").arg(locale.toString(int(std::round(metres / 10) * 10)));
    }
    if (metres < 10000) {
        return QCoreApplication::translate("Map", "%1 km").arg(locale.toString(metres / 1000, 'f', 1));
    }
    return QCoreApplication::translate("Map", "%1 km").arg(locale.toString(int(std::round(metres / 1000))));
}
