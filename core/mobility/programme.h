// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lianes {

/** A range of whole numbers where either bound may be unknown (std::nullopt: "à vérifier"). */
struct Bounds {
    std::optional<int> min;
    std::optional<int> max;
    [[nodiscard]] bool unknown() const { return !min && !max; }
};

/** One youth mobility programme of the catalogue, as published by the programme itself.
 *  An empty optional or list that is std::nullopt is a fact nobody could confirm. */
struct Programme {
    QString id;
    QString name;
    QString summary;
    std::optional<QStringList> kinds; ///< volontariat, echange, etudes, stage, travail, projet_solidaire
    std::optional<QStringList> zones; ///< france, europe, hors_europe
    QString destinations;             ///< empty: à vérifier
    Bounds age;                       ///< years, inclusive; max unknown with min known: no upper limit
    Bounds duration;                  ///< in durationUnit
    QString durationUnit;             ///< jours, semaines, mois
    std::optional<QStringList> situations; ///< lyceen, etudiant, apprenti, emploi, recherche_emploi, autre
    std::optional<QStringList> format;     ///< seul, groupe
    QString cost;
    QString organiser;
    QStringList accompaniedBy; ///< actor external ids
    QString howToApply;
    QString sourceUrl;
    QDate checkedOn;

    /** Days per unit of duration, for comparisons (a month counts 30 days). */
    [[nodiscard]] int daysPerUnit() const;
    [[nodiscard]] std::optional<int> minDays() const;
    [[nodiscard]] std::optional<int> maxDays() const;
};

/** The codes the catalogue and the finder share, and their French labels. */
namespace MobilityVocabulary {
[[nodiscard]] const QStringList &kinds();
[[nodiscard]] const QStringList &zones();
[[nodiscard]] const QStringList &situations();
[[nodiscard]] const QStringList &formats();
[[nodiscard]] const QStringList &durationUnits();
[[nodiscard]] QString kindLabel(const QString &code);      ///< "volontariat" → "Volontariat"
[[nodiscard]] QString zoneLabel(const QString &code);      ///< "hors_europe" → "Hors d'Europe"
[[nodiscard]] QString zonePhrase(const QString &code);     ///< "hors_europe" → "hors d'Europe"
[[nodiscard]] QString quantity(int value, const QString &unit); ///< "6 mois", "1 jour"
[[nodiscard]] QString situationLabel(const QString &code); ///< "etudiant" → "Étudiant·e"
[[nodiscard]] QString situationPlural(const QString &code); ///< "etudiant" → "étudiant·es"
/** "6 à 12 mois", "au moins 15 jours", "jusqu'à 12 mois", or empty when both bounds are unknown. */
[[nodiscard]] QString durationText(const Bounds &duration, const QString &unit);
/** "16–25 ans", "dès 18 ans", "jusqu'à 25 ans", or empty when unknown. */
[[nodiscard]] QString ageText(const Bounds &age);
}

} // namespace Lianes
