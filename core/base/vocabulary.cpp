// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>

using namespace Lianes;
using namespace Qt::StringLiterals;

QList<ActorType> Vocabulary::actorTypes()
{
    using F = ActorFamily;
    return {
        {u"association_etudiante"_s, QCoreApplication::translate("Vocabulary", "Association étudiante"), F::Associations},
        {u"association_nationale"_s, QCoreApplication::translate("Vocabulary", "Association nationale"), F::Associations},
        {u"association_locale"_s, QCoreApplication::translate("Vocabulary", "Association locale"), F::Associations},
        {u"etablissement_scolaire"_s,
         QCoreApplication::translate("Vocabulary", "Établissement scolaire et centre de formation"), F::Education},
        {u"collectif"_s, QCoreApplication::translate("Vocabulary", "Collectif d'associations"), F::Associations},
        {u"collectivite"_s, QCoreApplication::translate("Vocabulary", "Collectivité territoriale"), F::Collectivites},
        {u"consultant"_s, QCoreApplication::translate("Vocabulary", "Consultant, expert, bureau d'études"), F::Economie},
        {u"enseignement_superieur"_s, QCoreApplication::translate("Vocabulary", "Enseignement supérieur, recherche"),
         F::Education},
        {u"entreprise"_s,
         QCoreApplication::translate("Vocabulary", "Entreprise, groupement d'entreprises, coopérative"), F::Economie},
        {u"fondation"_s, QCoreApplication::translate("Vocabulary", "Fondation"), F::Economie},
        {u"jumelage"_s, QCoreApplication::translate("Vocabulary", "Jumelage"), F::Collectivites},
        {u"ong"_s, QCoreApplication::translate("Vocabulary", "ONG"), F::Associations},
        {u"osim"_s, QCoreApplication::translate("Vocabulary", "OSIM (issue des migrations)"), F::Associations},
        {u"structure_jeunesse"_s, QCoreApplication::translate("Vocabulary", "Structure jeunesse"), F::Education},
    };
}

QList<Theme> Vocabulary::themes()
{
    return {
        {u"action_sociale_migrations"_s, QCoreApplication::translate("Vocabulary", "Action sociale et migrations")},
        {u"agriculture_alimentation"_s,
         QCoreApplication::translate("Vocabulary", "Agriculture et souveraineté alimentaire")},
        {u"appui_acteurs_francais"_s, QCoreApplication::translate("Vocabulary", "Appui aux acteurs français")},
        {u"energie_climat"_s, QCoreApplication::translate("Vocabulary", "Énergie et changement climatique")},
        {u"croissance_emploi"_s, QCoreApplication::translate("Vocabulary", "Croissance économique et emploi")},
        {u"culture_patrimoine"_s, QCoreApplication::translate("Vocabulary", "Culture et patrimoine")},
        {u"droits_humains"_s, QCoreApplication::translate("Vocabulary", "Droits humains et justice")},
        {u"eau_assainissement"_s, QCoreApplication::translate("Vocabulary", "Eau et assainissement")},
        {u"education_jeunesse"_s, QCoreApplication::translate("Vocabulary", "Éducation et jeunesse")},
        {u"sante_urgence"_s, QCoreApplication::translate("Vocabulary", "Santé et urgence")},
        {u"ecsi"_s, QCoreApplication::translate("Vocabulary", "ECSI")},
        {u"villes_durables"_s, QCoreApplication::translate("Vocabulary", "Villes durables")},
    };
}

QList<Departement> Vocabulary::departements()
{
    return {
        {u"02"_s, u"Aisne"_s, u"Laon"_s},
        {u"59"_s, u"Nord"_s, u"Lille"_s},
        {u"60"_s, u"Oise"_s, u"Beauvais"_s},
        {u"62"_s, u"Pas-de-Calais"_s, u"Arras"_s},
        {u"80"_s, u"Somme"_s, u"Amiens"_s},
    };
}

QString Vocabulary::actorTypeLabel(const QString &code)
{
    for (const auto &t : actorTypes()) {
        if (t.code == code) {
            return t.label;
        }
    }
    return code;
}

ActorFamily Vocabulary::actorFamily(const QString &code)
{
    // Asked for every actor the map loads: a table made once (families do not depend on the
    // language, unlike actorTypes()'s labels).
    static const QHash<QString, ActorFamily> families = [] {
        QHash<QString, ActorFamily> table;
        for (const auto &t : actorTypes()) {
            table.insert(t.code, t.family);
        }
        return table;
    }();
    return families.value(code, ActorFamily::Associations);
}

QString Vocabulary::familyLabel(ActorFamily family)
{
    switch (family) {
    case ActorFamily::Associations:
        return QCoreApplication::translate("Vocabulary", "Associations, ONG, collectifs");
    case ActorFamily::Collectivites:
        return QCoreApplication::translate("Vocabulary", "Collectivités et jumelages");
    case ActorFamily::Education:
        return QCoreApplication::translate("Vocabulary", "Éducation et jeunesse");
    case ActorFamily::Economie:
        return QCoreApplication::translate("Vocabulary", "Entreprises, experts, fondations");
    }
    return {};
}

QString Vocabulary::themeLabel(const QString &code)
{
    for (const auto &t : themes()) {
        if (t.code == code) {
            return t.label;
        }
    }
    return code;
}

QString Vocabulary::departementName(const QString &code)
{
    for (const auto &d : departements()) {
        if (d.code == code) {
            return d.name;
        }
    }
    return {};
}

bool Vocabulary::isActorType(const QString &code)
{
    const auto types = actorTypes();
    return std::any_of(types.begin(), types.end(), [&](const ActorType &t) { return t.code == code; });
}

bool Vocabulary::isTheme(const QString &code)
{
    const auto all = themes();
    return std::any_of(all.begin(), all.end(), [&](const Theme &t) { return t.code == code; });
}
