// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryfigures.h"

#include "base/vocabulary.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

// Projects of the period (?1 = last year, ?2 = first year), as a common table expression.
constexpr auto PeriodProjects = "WITH p AS (SELECT id, kind, amount_eur FROM project "
                                "WHERE (year_start IS NULL OR year_start <= ?1) "
                                "AND (coalesce(year_end, year_start) IS NULL OR coalesce(year_end, year_start) >= ?2)) ";

Statement projectQuery(const Database &db, const Period &period, const char *select)
{
    const QByteArray sql = QByteArray(PeriodProjects) + select;
    Statement q = db.prepare(sql.constData());
    q.bind(1, qint64(period.lastYear())).bind(2, qint64(period.firstYear()));
    return q;
}

bool english()
{
    return QLocale().language() == QLocale::English;
}

// Rows of partner countries from a (iso2, name_fr, name_en, count) query, largest first.
FigureRows countryRows(Statement &q)
{
    FigureRows rows;
    while (q.step()) {
        rows.append({q.text(0), english() ? q.text(2) : q.text(1), {}, {double(q.integer(3))}});
    }
    Figures::sortByValue(rows);
    return rows;
}

void actorFigures(const Database &db, DirectoryFigures &f)
{
    QHash<QString, std::pair<int, int>> byType; // type → (actors, members)
    auto types = db.prepare("SELECT type, count(*), sum(member) FROM actor GROUP BY type");
    while (types.step()) {
        byType.insert(types.text(0), {int(types.integer(1)), int(types.integer(2))});
    }
    QList<std::pair<double, double>> families(4, {0, 0});
    for (const auto &t : Vocabulary::actorTypes()) {
        const auto [actors, members] = byType.value(t.code);
        f.actorsByType.append({t.code, t.label, {}, {double(actors), double(members)}});
        auto &family = families[int(t.family)];
        family.first += actors;
        family.second += members;
        f.actors += actors;
        f.members += members;
    }
    Figures::sortByValue(f.actorsByType);
    for (int i = 0; i < families.size(); ++i) {
        f.actorsByFamily.append({QString::number(i), Vocabulary::familyLabel(ActorFamily(i)), {},
                                 {families[i].first, families[i].second}});
    }

    QHash<QString, std::pair<int, int>> byDep;
    auto deps = db.prepare("SELECT departement, count(*), sum(member) FROM actor "
                           "WHERE departement IS NOT NULL GROUP BY departement");
    while (deps.step()) {
        byDep.insert(deps.text(0), {int(deps.integer(1)), int(deps.integer(2))});
    }
    int located = 0;
    for (const auto &d : Vocabulary::departements()) {
        const auto [actors, members] = byDep.value(d.code);
        f.actorsByDepartement.append({d.code, d.name, {}, {double(actors), double(members)}});
        located += actors;
    }
    f.actorsWithoutDepartement = f.actors - located;

    auto countries = db.prepare("SELECT ac.country, c.name_fr, c.name_en, count(*) FROM actor_country ac "
                                "JOIN country c ON c.iso2 = ac.country GROUP BY ac.country ORDER BY ac.country");
    f.actorsByCountry = countryRows(countries);
    auto noCountry = db.prepare("SELECT count(*) FROM actor a WHERE NOT EXISTS "
                                "(SELECT 1 FROM actor_country ac WHERE ac.actor = a.id)");
    noCountry.step();
    f.actorsWithoutCountry = int(noCountry.integer(0));
}

void projectFigures(const Database &db, const Period &period, DirectoryFigures &f)
{
    auto count = projectQuery(db, period, "SELECT count(*) FROM p");
    count.step();
    f.projects = int(count.integer(0));

    QHash<QString, int> byTheme;
    auto themes = projectQuery(db, period, "SELECT pt.theme, count(*) FROM p "
                                           "JOIN project_theme pt ON pt.project = p.id GROUP BY pt.theme");
    while (themes.step()) {
        byTheme.insert(themes.text(0), int(themes.integer(1)));
    }
    for (const auto &t : Vocabulary::themes()) {
        f.projectsByTheme.append({t.code, t.label, {}, {double(byTheme.value(t.code))}});
    }
    Figures::sortByValue(f.projectsByTheme);

    auto countries = projectQuery(db, period,
                                  "SELECT pc.country, c.name_fr, c.name_en, count(*) FROM p "
                                  "JOIN project_country pc ON pc.project = p.id "
                                  "JOIN country c ON c.iso2 = pc.country GROUP BY pc.country ORDER BY pc.country");
    f.projectsByCountry = countryRows(countries);
    auto noCountry = projectQuery(db, period, "SELECT count(*) FROM p WHERE NOT EXISTS "
                                              "(SELECT 1 FROM project_country pc WHERE pc.project = p.id)");
    noCountry.step();
    f.projectsWithoutCountry = int(noCountry.integer(0));

    QHash<QString, int> byDep;
    auto deps = projectQuery(db, period,
                             "SELECT a.departement, count(DISTINCT p.id) FROM p "
                             "JOIN project_actor pa ON pa.project = p.id JOIN actor a ON a.id = pa.actor "
                             "WHERE a.departement IS NOT NULL GROUP BY a.departement");
    while (deps.step()) {
        byDep.insert(deps.text(0), int(deps.integer(1)));
    }
    for (const auto &d : Vocabulary::departements()) {
        f.projectsByDepartement.append({d.code, d.name, {}, {double(byDep.value(d.code))}});
    }
    auto apart = projectQuery(db, period,
                              "SELECT count(*) FROM p WHERE NOT EXISTS (SELECT 1 FROM project_actor pa "
                              "JOIN actor a ON a.id = pa.actor WHERE pa.project = p.id AND a.departement IS NOT NULL)");
    apart.step();
    f.projectsWithoutDepartement = int(apart.integer(0));

    auto kinds = projectQuery(db, period, "SELECT kind, count(*), total(amount_eur) FROM p GROUP BY kind");
    while (kinds.step()) {
        const QString kind = kinds.text(0);
        f.projectsByKind.append({kind, DirectoryFigures::projectKindLabel(kind), {},
                                 {double(kinds.integer(1)), kinds.real(2)}});
    }
    Figures::sortByValue(f.projectsByKind);
}

} // namespace

DirectoryFigures DirectoryFigures::compute(const Database &db, const Period &period)
{
    DirectoryFigures f;
    actorFigures(db, f);
    projectFigures(db, period, f);
    return f;
}

QString DirectoryFigures::projectKindLabel(const QString &kind)
{
    if (kind == "projet_mutualise"_L1) {
        return QCoreApplication::translate("DirectoryFigures", "Projets mutualisés");
    }
    if (kind == "recital"_L1) {
        return QCoreApplication::translate("DirectoryFigures", "Lauréats RECITAL");
    }
    if (kind == "tandem"_L1) {
        return QCoreApplication::translate("DirectoryFigures", "Tandems Solidaires");
    }
    if (kind.isEmpty()) {
        return QCoreApplication::translate("DirectoryFigures", "Autres projets");
    }
    return kind;
}
