// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooplab.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CoopLab)
};
} // namespace

QList<CoopLabStep> CoopLab::steps()
{
    return {
        {u"idee"_s, Tr::tr("L'idée et la motivation"),
         Tr::tr("Dire ce que tu veux vivre, pourquoi, et ce que ton projet apporte ici et là-bas."),
         {{u"idee.envie"_s, Tr::tr("J'ai écrit en trois phrases ce que je veux faire")},
          {u"idee.pourquoi"_s, Tr::tr("Je sais pourquoi je pars et ce que j'en attends")},
          {u"idee.qui"_s, Tr::tr("Je sais si je pars seul·e ou avec un groupe")},
          {u"idee.quand"_s, Tr::tr("J'ai une période et une durée en tête")},
          {u"idee.dispositif"_s, Tr::tr("J'ai regardé les programmes qui peuvent m'aider")}},
         {Tr::tr("Fais « Trouver ma mobilité » : il te dit quels programmes te vont et pourquoi."),
          Tr::tr("Parles-en à une structure jeunesse près de chez toi avant de tout décider.")},
         {u"service-civique-international"_s, u"corps-europeen-solidarite"_s, u"zellidja"_s}},
        {u"partenaires"_s, Tr::tr("Le partenaire à l'étranger et les partenaires d'ici"),
         Tr::tr("Construire le projet avec une structure sur place et s'appuyer sur des acteurs de la région."),
         {{u"partenaires.accueil"_s, Tr::tr("J'ai trouvé une structure qui m'accueille là-bas")},
          {u"partenaires.besoins"_s, Tr::tr("Nous avons parlé de ses besoins et de ce que je peux apporter")},
          {u"partenaires.envoi"_s, Tr::tr("Une association d'ici accepte de porter ou parrainer le projet")},
          {u"partenaires.accord"_s, Tr::tr("Nos engagements sont écrits (dates, rôles, accueil)")}},
         {Tr::tr("Un projet se construit à deux : demande d'abord ce dont ton partenaire a besoin."),
          Tr::tr("Les réseaux régionaux comme Lianes coopération peuvent parrainer un projet de groupe.")},
         {u"jsi-vvvsi"_s, u"erasmus-echanges-jeunes"_s, u"chantiers-internationaux"_s}},
        {u"budget"_s, Tr::tr("Le budget et le financement"),
         Tr::tr("Chiffrer le voyage, le séjour et le retour, et trouver qui finance quoi."),
         {{u"budget.depenses"_s, Tr::tr("J'ai listé toutes les dépenses (transport, logement, visa, santé)")},
          {u"budget.recettes"_s, Tr::tr("J'ai listé les recettes : bourses, aides, épargne")},
          {u"budget.aides"_s, Tr::tr("J'ai déposé au moins une demande d'aide")},
          {u"budget.imprevus"_s, Tr::tr("J'ai prévu une réserve pour les imprévus")}},
         {Tr::tr("Un budget sincère : la meilleure estimation possible, sans oublier de poste."),
          Tr::tr("Certaines aides couvrent au plus la moitié du budget : cherche plusieurs financeurs.")},
         {u"zellidja"_s, u"jsi-vvvsi"_s, u"cap-sur-le-monde"_s}},
        {u"depart"_s, Tr::tr("Préparer le départ : santé, assurance, interculturel"),
         Tr::tr("Partir en sécurité et prêt·e à rencontrer une autre culture."),
         {{u"depart.papiers"_s, Tr::tr("Passeport, visa et autorisations sont en règle")},
          {u"depart.sante"_s, Tr::tr("J'ai vu un médecin : vaccins et trousse de santé")},
          {u"depart.assurance"_s, Tr::tr("J'ai une assurance santé et rapatriement pour toute la durée")},
          {u"depart.ariane"_s, Tr::tr("Je me suis inscrit·e sur Ariane (ministère des Affaires étrangères)")},
          {u"depart.interculturel"_s, Tr::tr("J'ai suivi une formation ou un temps de préparation interculturelle")}},
         {Tr::tr("Les formations « Mobilité internationale » de l'agenda préparent au départ."),
          Tr::tr("Laisse à un proche tes contacts sur place et une copie de tes papiers.")},
         {u"service-civique-international"_s, u"vsi"_s}},
        {u"retour"_s, Tr::tr("Le retour : partager et transmettre"),
         Tr::tr("Raconter ce que tu as vécu, le valoriser et sensibiliser d'autres jeunes (ECSI)."),
         {{u"retour.bilan"_s, Tr::tr("J'ai fait le bilan avec la personne qui m'accompagne")},
          {u"retour.competences"_s, Tr::tr("J'ai noté les compétences gagnées (CV, attestation)")},
          {u"retour.partage"_s, Tr::tr("J'ai présenté mon expérience (témoignage, expo, atelier)")},
          {u"retour.ecsi"_s, Tr::tr("J'ai participé à une action d'éducation à la citoyenneté et à la solidarité internationale")}},
         {Tr::tr("Le Festival des Solidarités est un bon moment pour témoigner."),
          Tr::tr("Ton témoignage peut donner envie de partir à d'autres jeunes.")},
         {}},
    };
}

Progress CoopLab::stepProgress(const CoopLabStep &step, const QSet<QString> &done)
{
    Progress p;
    for (const CoopLabItem &item : step.items) {
        ++p.total;
        p.done += done.contains(item.key);
    }
    return p;
}

Progress CoopLab::overallProgress(const QSet<QString> &done)
{
    Progress p;
    for (const CoopLabStep &step : steps()) {
        const Progress s = stepProgress(step, done);
        p.done += s.done;
        p.total += s.total;
    }
    return p;
}

bool CoopLab::isItem(const QString &key)
{
    for (const CoopLabStep &step : steps()) {
        for (const CoopLabItem &item : step.items) {
            if (item.key == key) {
                return true;
            }
        }
    }
    return false;
}
