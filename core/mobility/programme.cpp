// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "programme.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MobilityVocabulary)
};

QString unitText(const QString &unit, int value)
{
    if (unit == "jours"_L1) {
        return value > 1 ? Tr::tr("jours") : Tr::tr("jour");
    }
    if (unit == "semaines"_L1) {
        return value > 1 ? Tr::tr("semaines") : Tr::tr("semaine");
    }
    // Invariable in French, not in English: the disambiguation gives the translation both forms.
    return value > 1 ? Tr::tr("mois", "pluriel") : Tr::tr("mois", "singulier");
}
} // namespace

int Programme::daysPerUnit() const
{
    if (durationUnit == "jours"_L1) {
        return 1;
    }
    if (durationUnit == "semaines"_L1) {
        return 7;
    }
    return 30;
}

std::optional<int> Programme::minDays() const
{
    return duration.min ? std::optional<int>(*duration.min * daysPerUnit()) : std::nullopt;
}

std::optional<int> Programme::maxDays() const
{
    return duration.max ? std::optional<int>(*duration.max * daysPerUnit()) : std::nullopt;
}

const QStringList &MobilityVocabulary::kinds()
{
    static const QStringList codes{u"volontariat"_s, u"echange"_s, u"etudes"_s,
                                   u"stage"_s,       u"travail"_s, u"projet_solidaire"_s};
    return codes;
}

const QStringList &MobilityVocabulary::zones()
{
    static const QStringList codes{u"france"_s, u"europe"_s, u"hors_europe"_s};
    return codes;
}

const QStringList &MobilityVocabulary::situations()
{
    static const QStringList codes{u"lyceen"_s, u"etudiant"_s, u"apprenti"_s,
                                   u"emploi"_s, u"recherche_emploi"_s, u"autre"_s};
    return codes;
}

const QStringList &MobilityVocabulary::formats()
{
    static const QStringList codes{u"seul"_s, u"groupe"_s};
    return codes;
}

const QStringList &MobilityVocabulary::durationUnits()
{
    static const QStringList codes{u"jours"_s, u"semaines"_s, u"mois"_s};
    return codes;
}

QString MobilityVocabulary::kindLabel(const QString &code)
{
    if (code == "volontariat"_L1) return Tr::tr("Volontariat");
    if (code == "echange"_L1) return Tr::tr("Échange");
    if (code == "etudes"_L1) return Tr::tr("Études");
    if (code == "stage"_L1) return Tr::tr("Stage");
    if (code == "travail"_L1) return Tr::tr("Travail");
    if (code == "projet_solidaire"_L1) return Tr::tr("Projet solidaire");
    return code;
}

QString MobilityVocabulary::zoneLabel(const QString &code)
{
    if (code == "france"_L1) return Tr::tr("En France");
    if (code == "europe"_L1) return Tr::tr("En Europe");
    if (code == "hors_europe"_L1) return Tr::tr("Hors d'Europe");
    return code;
}

QString MobilityVocabulary::zonePhrase(const QString &code)
{
    if (code == "france"_L1) return Tr::tr("en France");
    if (code == "europe"_L1) return Tr::tr("en Europe");
    if (code == "hors_europe"_L1) return Tr::tr("hors d'Europe");
    return code;
}

QString MobilityVocabulary::quantity(int value, const QString &unit)
{
    return Tr::tr("%1 %2").arg(value).arg(unitText(unit, value));
}

QString MobilityVocabulary::situationLabel(const QString &code)
{
    if (code == "lyceen"_L1) return Tr::tr("Lycéen·ne");
    if (code == "etudiant"_L1) return Tr::tr("Étudiant·e");
    if (code == "apprenti"_L1) return Tr::tr("Apprenti·e");
    if (code == "emploi"_L1) return Tr::tr("En emploi");
    if (code == "recherche_emploi"_L1) return Tr::tr("En recherche d'emploi");
    if (code == "autre"_L1) return Tr::tr("Autre");
    return code;
}

QString MobilityVocabulary::situationPlural(const QString &code)
{
    if (code == "lyceen"_L1) return Tr::tr("lycéen·nes");
    if (code == "etudiant"_L1) return Tr::tr("étudiant·es");
    if (code == "apprenti"_L1) return Tr::tr("apprenti·es");
    if (code == "emploi"_L1) return Tr::tr("personnes en emploi");
    if (code == "recherche_emploi"_L1) return Tr::tr("personnes en recherche d'emploi");
    return Tr::tr("autres profils");
}

QString MobilityVocabulary::durationText(const Bounds &d, const QString &unit)
{
    if (d.min && d.max) {
        if (*d.min == *d.max) {
            return Tr::tr("%1 %2").arg(*d.min).arg(unitText(unit, *d.min));
        }
        return Tr::tr("%1 à %2 %3").arg(*d.min).arg(*d.max).arg(unitText(unit, *d.max));
    }
    if (d.min) {
        return Tr::tr("au moins %1 %2").arg(*d.min).arg(unitText(unit, *d.min));
    }
    if (d.max) {
        return Tr::tr("au plus %1 %2").arg(*d.max).arg(unitText(unit, *d.max));
    }
    return {};
}

QString MobilityVocabulary::ageText(const Bounds &a)
{
    if (a.min && a.max) {
        return Tr::tr("%1–%2 ans").arg(*a.min).arg(*a.max);
    }
    if (a.min) {
        return Tr::tr("dès %1 ans").arg(*a.min);
    }
    if (a.max) {
        return Tr::tr("jusqu'à %1 ans").arg(*a.max);
    }
    return {};
}
