// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooplab.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CoopLab", text);
}
} // namespace

QList<CoopLabStep> CoopLab::steps()
{
    return {
        {u"idee"_s, tr("L'idée et la motivation"),
         tr("Dire ce que tu veux vivre, pourquoi, et ce que ton projet apporte ici et là-bas."),
         {{u"idee.envie"_s, tr("J'ai écrit en trois phrases ce que je veux faire")},
          {u"idee.pourquoi"_s, tr("Je sais pourquoi je pars et ce que j'en attends")},
          {u"idee.qui"_s, tr("Je sais si je pars seul·e ou avec un groupe")},
          {u"idee.quand"_s, tr("J'ai une période et une durée en tête")},
          {u"idee.dispositif"_s, tr("J'ai regardé les programmes qui peuvent m'aider")}},
         {tr("Fais « Trouver ma mobilité » : il te dit quels programmes te vont et pourquoi."),
          tr("Parles-en à une structure jeunesse près de chez toi avant de tout décider.")},
         {u"service-civique-international"_s, u"corps-europeen-solidarite"_s, u"zellidja"_s}},
        {u"partenaires"_s, tr("Le partenaire à l'étranger et les partenaires d'ici"),
         tr("Construire le projet avec une structure sur place et s'appuyer sur des acteurs de la région."),
         {{u"partenaires.accueil"_s, tr("J'ai trouvé une structure qui m'accueille là-bas")},
          {u"partenaires.besoins"_s, tr("Nous avons parlé de ses besoins et de ce que je peux apporter")},
          {u"partenaires.envoi"_s, tr("Une association d'ici accepte de porter ou parrainer le projet")},
          {u"partenaires.accord"_s, tr("Nos engagements sont écrits (dates, rôles, accueil)")}},
         {tr("Un projet se construit à deux : demande d'abord ce dont ton partenaire a besoin."),
          tr("Les réseaux régionaux comme Lianes coopération peuvent parrainer un projet de groupe.")},
         {u"jsi-vvvsi"_s, u"erasmus-echanges-jeunes"_s, u"chantiers-internationaux"_s}},
        {u"budget"_s, tr("Le budget et le financement"),
         tr("Chiffrer le voyage, le séjour et le retour, et trouver qui finance quoi."),
         {{u"budget.depenses"_s, tr("J'ai listé toutes les dépenses (transport, logement, visa, santé)")},
          {u"budget.recettes"_s, tr("J'ai listé les recettes : bourses, aides, épargne")},
          {u"budget.aides"_s, tr("J'ai déposé au moins une demande d'aide")},
          {u"budget.imprevus"_s, tr("J'ai prévu une réserve pour les imprévus")}},
         {tr("Un budget sincère : la meilleure estimation possible, sans oublier de poste."),
          tr("Certaines aides couvrent au plus la moitié du budget : cherche plusieurs financeurs.")},
         {u"zellidja"_s, u"jsi-vvvsi"_s, u"cap-sur-le-monde"_s}},
        {u"depart"_s, tr("Préparer le départ : santé, assurance, interculturel"),
         tr("Partir en sécurité et prêt·e à rencontrer une autre culture."),
         {{u"depart.papiers"_s, tr("Passeport, visa et autorisations sont en règle")},
          {u"depart.sante"_s, tr("J'ai vu un médecin : vaccins et trousse de santé")},
          {u"depart.assurance"_s, tr("J'ai une assurance santé et rapatriement pour toute la durée")},
          {u"depart.ariane"_s, tr("Je me suis inscrit·e sur Ariane (ministère des Affaires étrangères)")},
          {u"depart.interculturel"_s, tr("J'ai suivi une formation ou un temps de préparation interculturelle")}},
         {tr("Les formations « Mobilité internationale » de l'agenda préparent au départ."),
          tr("Laisse à un proche tes contacts sur place et une copie de tes papiers.")},
         {u"service-civique-international"_s, u"vsi"_s}},
        {u"retour"_s, tr("Le retour : partager et transmettre"),
         tr("Raconter ce que tu as vécu, le valoriser et sensibiliser d'autres jeunes (ECSI)."),
         {{u"retour.bilan"_s, tr("J'ai fait le bilan avec la personne qui m'accompagne")},
          {u"retour.competences"_s, tr("J'ai noté les compétences gagnées (CV, attestation)")},
          {u"retour.partage"_s, tr("J'ai présenté mon expérience (témoignage, expo, atelier)")},
          {u"retour.ecsi"_s, tr("J'ai participé à une action d'éducation à la citoyenneté et à la solidarité internationale")}},
         {tr("Le Festival des Solidarités est un bon moment pour témoigner."),
          tr("Ton témoignage peut donner envie de partir à d'autres jeunes.")},
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
