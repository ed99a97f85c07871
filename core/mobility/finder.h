// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programme.h"

#include <QList>
#include <QString>

namespace Lianes {

class ProgrammeCatalogue;

/** The answers to "Trouver ma mobilité" (six questions). Codes as in MobilityVocabulary. */
struct FinderProfile {
    int age = 0;
    QString situation; ///< lyceen, etudiant, apprenti, emploi, recherche_emploi, autre
    QString kind;      ///< volontariat, echange, etudes, stage, travail, projet_solidaire
    QString zone;      ///< europe, hors_europe, peu_importe
    QString duration;  ///< court (< 1 mois), moyen (1–6 mois), long (6–12 mois), tres_long (> 1 an)
    QString format;    ///< seul, groupe, peu_importe
};

/** One line of "why it fits or not". Unknown: the catalogue has no confirmed fact ("à vérifier"). */
struct FinderReason {
    enum Status { Pass, Fail, Unknown };
    Status status = Unknown;
    QString text; ///< without the mark: "16–25 ans : vous avez 19 ans"
    /** With its mark: "✓ 16–25 ans : vous avez 19 ans", "✗ dure au moins 6 mois", "? âge : à vérifier". */
    [[nodiscard]] QString line() const;
};

/** How one programme fits one profile, criterion by criterion. */
struct FinderMatch {
    QString programmeId;
    int index = 0; ///< position in the catalogue (ties keep the catalogue's order)
    QList<FinderReason> reasons;
    int passes = 0;
    int fails = 0;
    int unknowns = 0;
};

/** Ranked programmes: those with no failed criterion, and apart the near misses (one failed criterion,
 *  or more "à vérifier" than fits). */
struct FinderResult {
    QList<FinderMatch> matches;
    QList<FinderMatch> nearMisses;
};

/** Evaluates the catalogue's rules (age, situation, what, where, how long, alone or in a group)
 *  against the answers. The thresholds are data; this is the only place they are interpreted. */
namespace Finder {
/** Range in days of each answer to "combien de temps ?". */
[[nodiscard]] Bounds durationWish(const QString &code);
[[nodiscard]] FinderReason age(const Programme &p, int age);
[[nodiscard]] FinderReason situation(const Programme &p, const QString &situation);
[[nodiscard]] FinderReason kind(const Programme &p, const QString &kind);
[[nodiscard]] FinderReason zone(const Programme &p, const QString &zone);
[[nodiscard]] FinderReason duration(const Programme &p, const QString &wish);
[[nodiscard]] FinderReason format(const Programme &p, const QString &format);
[[nodiscard]] FinderMatch evaluate(const Programme &p, const FinderProfile &profile);
/** Matches first by fewest "à vérifier", then most fits, then catalogue order; near misses apart. */
[[nodiscard]] FinderResult rank(const ProgrammeCatalogue &catalogue, const FinderProfile &profile);
}

} // namespace Lianes
