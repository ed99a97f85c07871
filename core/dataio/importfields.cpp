// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfields.h"

#include "base/textfold.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

using F = ImportField;

struct FieldInfo {
    ImportField field;
    const char *key;
    const char *label;
};

// The exports write `label` as the header, untranslated: files go to the network's French tools.
constexpr std::array<FieldInfo, 25> Infos = {{
    {F::Unknown, "", QT_TRANSLATE_NOOP("ImportFields", "Colonne non reconnue")},
    {F::Ignored, "ignorer", QT_TRANSLATE_NOOP("ImportFields", "Ignorer cette colonne")},
    {F::ExternalId, "identifiant", QT_TRANSLATE_NOOP("ImportFields", "Identifiant")},
    {F::Name, "nom", QT_TRANSLATE_NOOP("ImportFields", "Nom")},
    {F::Type, "type", QT_TRANSLATE_NOOP("ImportFields", "Type de structure")},
    {F::Member, "adherent", QT_TRANSLATE_NOOP("ImportFields", "Adhérent")},
    {F::Description, "description", QT_TRANSLATE_NOOP("ImportFields", "Description")},
    {F::Address, "adresse", QT_TRANSLATE_NOOP("ImportFields", "Adresse")},
    {F::Commune, "commune", QT_TRANSLATE_NOOP("ImportFields", "Commune")},
    {F::PostalCode, "code_postal", QT_TRANSLATE_NOOP("ImportFields", "Code postal")},
    {F::Departement, "departement", QT_TRANSLATE_NOOP("ImportFields", "Département")},
    {F::Insee, "code_insee", QT_TRANSLATE_NOOP("ImportFields", "Code INSEE")},
    {F::Themes, "thematiques", QT_TRANSLATE_NOOP("ImportFields", "Thématiques")},
    {F::Countries, "pays", QT_TRANSLATE_NOOP("ImportFields", "Pays partenaires")},
    {F::Website, "site_web", QT_TRANSLATE_NOOP("ImportFields", "Site web")},
    {F::Email, "courriel", QT_TRANSLATE_NOOP("ImportFields", "Courriel")},
    {F::Phone, "telephone", QT_TRANSLATE_NOOP("ImportFields", "Téléphone")},
    {F::Title, "titre", QT_TRANSLATE_NOOP("ImportFields", "Titre")},
    {F::Kind, "type_projet", QT_TRANSLATE_NOOP("ImportFields", "Type de projet")},
    {F::YearStart, "annee_debut", QT_TRANSLATE_NOOP("ImportFields", "Année de début")},
    {F::YearEnd, "annee_fin", QT_TRANSLATE_NOOP("ImportFields", "Année de fin")},
    {F::Amount, "montant", QT_TRANSLATE_NOOP("ImportFields", "Montant (€)")},
    {F::Audience, "public", QT_TRANSLATE_NOOP("ImportFields", "Public")},
    {F::Lead, "porteur", QT_TRANSLATE_NOOP("ImportFields", "Porteur")},
    {F::Partners, "partenaires", QT_TRANSLATE_NOOP("ImportFields", "Partenaires")},
}};

const FieldInfo &info(ImportField field)
{
    return *std::find_if(Infos.begin(), Infos.end(), [field](const FieldInfo &i) { return i.field == field; });
}

// Headers are compared folded and without the small words ("Nom de la structure" = "Nom structure").
QString headerKey(QStringView header)
{
    static const QStringList stopWords{u"de"_s, u"du"_s, u"des"_s, u"la"_s, u"le"_s, u"les"_s, u"l"_s,
                                       u"d"_s,  u"a"_s,  u"au"_s,  u"en"_s, u"et"_s, u"ou"_s};
    QStringList words = TextFold::words(header);
    words.removeIf([](const QString &w) { return stopWords.contains(w); });
    return words.join(u' ');
}

using Aliases = QList<std::pair<const char *, ImportField>>;

// Usual spellings in the network's CRM, the regional tools and hand-made Excel files, already in
// headerKey() form.
const Aliases CommonAliases = {
    {"identifiant", F::ExternalId}, {"id", F::ExternalId}, {"id externe", F::ExternalId},
    {"identifiant externe", F::ExternalId}, {"reference", F::ExternalId}, {"ref", F::ExternalId},
    {"id crm", F::ExternalId}, {"identifiant crm", F::ExternalId}, {"numero", F::ExternalId},
    {"code", F::ExternalId}, {"cle", F::ExternalId},
    {"description", F::Description}, {"descriptif", F::Description}, {"presentation", F::Description},
    {"objet", F::Description}, {"resume", F::Description}, {"activites", F::Description},
    {"thematiques", F::Themes}, {"thematique", F::Themes}, {"themes", F::Themes}, {"theme", F::Themes},
    {"domaines", F::Themes}, {"domaine", F::Themes}, {"domaines intervention", F::Themes},
    {"secteurs", F::Themes}, {"secteur", F::Themes}, {"secteurs intervention", F::Themes},
    {"thematiques intervention", F::Themes},
    {"pays partenaires", F::Countries}, {"pays partenaire", F::Countries}, {"pays", F::Countries},
    {"pays intervention", F::Countries}, {"pays cooperation", F::Countries},
    {"zones intervention", F::Countries}, {"zone intervention", F::Countries},
    {"pays concernes", F::Countries},
    {"latitude", F::Ignored}, {"longitude", F::Ignored}, {"lat", F::Ignored}, {"lon", F::Ignored},
    {"lng", F::Ignored}, {"mis jour", F::Ignored}, {"date mise jour", F::Ignored},
    {"modifie", F::Ignored}, {"date creation", F::Ignored}, {"cree", F::Ignored},
    {"source", F::Ignored},
};

const Aliases ActorAliases = {
    {"nom", F::Name}, {"raison sociale", F::Name}, {"nom structure", F::Name}, {"structure", F::Name},
    {"organisation", F::Name}, {"organisme", F::Name}, {"nom organisme", F::Name},
    {"nom organisation", F::Name}, {"denomination", F::Name}, {"acteur", F::Name},
    {"nom acteur", F::Name}, {"nom association", F::Name}, {"association", F::Name},
    {"type", F::Type}, {"type structure", F::Type}, {"type acteur", F::Type}, {"categorie", F::Type},
    {"categorie structure", F::Type}, {"statut", F::Type}, {"statut juridique", F::Type},
    {"nature", F::Type}, {"typologie", F::Type}, {"famille", F::Type}, {"forme juridique", F::Type},
    {"type organisme", F::Type},
    {"adherent", F::Member}, {"adherente", F::Member}, {"membre", F::Member}, {"adhesion", F::Member},
    {"adherent lianes", F::Member}, {"adherent lianes cooperation", F::Member},
    {"membre reseau", F::Member}, {"adherent reseau", F::Member},
    {"adresse", F::Address}, {"adresse postale", F::Address}, {"rue", F::Address}, {"voie", F::Address},
    {"adresse siege", F::Address},
    {"commune", F::Commune}, {"ville", F::Commune}, {"localite", F::Commune}, {"ville siege", F::Commune},
    {"commune siege", F::Commune}, {"nom commune", F::Commune}, {"commune implantation", F::Commune},
    {"ville implantation", F::Commune},
    {"code postal", F::PostalCode}, {"cp", F::PostalCode}, {"postcode", F::PostalCode},
    {"code postal siege", F::PostalCode}, {"code postale", F::PostalCode},
    {"departement", F::Departement}, {"dept", F::Departement}, {"dep", F::Departement},
    {"dpt", F::Departement}, {"departement siege", F::Departement}, {"numero departement", F::Departement},
    {"n departement", F::Departement}, {"code departement", F::Departement},
    {"code insee", F::Insee}, {"insee", F::Insee}, {"code commune", F::Insee},
    {"code commune insee", F::Insee}, {"cog", F::Insee},
    {"site web", F::Website}, {"site internet", F::Website}, {"site", F::Website}, {"url", F::Website},
    {"web", F::Website}, {"internet", F::Website},
    {"courriel", F::Email}, {"email", F::Email}, {"e mail", F::Email}, {"mail", F::Email},
    {"adresse mail", F::Email}, {"adresse e mail", F::Email}, {"adresse electronique", F::Email},
    {"mel", F::Email}, {"adresse courriel", F::Email}, {"courriel contact", F::Email},
    {"email contact", F::Email},
    {"telephone", F::Phone}, {"tel", F::Phone}, {"portable", F::Phone}, {"mobile", F::Phone},
    {"numero telephone", F::Phone}, {"n telephone", F::Phone}, {"telephone fixe", F::Phone},
    {"telephone contact", F::Phone},
};

const Aliases ProjectAliases = {
    {"titre", F::Title}, {"intitule", F::Title}, {"nom projet", F::Title}, {"projet", F::Title},
    {"titre projet", F::Title}, {"intitule projet", F::Title}, {"nom", F::Title},
    {"type", F::Kind}, {"type projet", F::Kind}, {"nature projet", F::Kind}, {"dispositif", F::Kind},
    {"categorie", F::Kind}, {"nature", F::Kind},
    {"annee debut", F::YearStart}, {"debut", F::YearStart}, {"annee", F::YearStart},
    {"date debut", F::YearStart}, {"annee lancement", F::YearStart},
    {"annee fin", F::YearEnd}, {"fin", F::YearEnd}, {"date fin", F::YearEnd},
    {"montant", F::Amount}, {"montant eur", F::Amount}, {"montant euros", F::Amount},
    {"budget", F::Amount}, {"budget total", F::Amount}, {"montant total", F::Amount},
    {"cout", F::Amount}, {"cout total", F::Amount},
    {"public", F::Audience}, {"publics", F::Audience}, {"public cible", F::Audience},
    {"publics cibles", F::Audience}, {"beneficiaires", F::Audience},
    {"porteur", F::Lead}, {"porteur projet", F::Lead}, {"structure porteuse", F::Lead},
    {"chef file", F::Lead}, {"porteur principal", F::Lead}, {"coordinateur", F::Lead},
    {"partenaires", F::Partners}, {"partenaires projet", F::Partners}, {"acteurs partenaires", F::Partners},
    {"structures partenaires", F::Partners},
};

QHash<QString, ImportField> table(const Aliases &specific)
{
    QHash<QString, ImportField> hash;
    for (const auto &[alias, field] : CommonAliases) {
        hash.insert(QString::fromLatin1(alias), field);
    }
    for (const auto &[alias, field] : specific) {
        hash.insert(QString::fromLatin1(alias), field);
    }
    return hash;
}

} // namespace

ImportField ImportFields::fromHeader(QStringView header, ImportEntity entity)
{
    static const QHash<QString, ImportField> actors = table(ActorAliases);
    static const QHash<QString, ImportField> projects = table(ProjectAliases);
    const QString key = headerKey(header);
    if (key.isEmpty()) {
        return F::Unknown;
    }
    const auto &aliases = entity == ImportEntity::Actors ? actors : projects;
    if (const auto it = aliases.constFind(key); it != aliases.cend()) {
        return *it;
    }
    // The exports' own headers and a script's field keys ("code_postal") are recognised too.
    for (const ImportField field : fields(entity)) {
        if (headerKey(QString::fromUtf8(info(field).label)) == key
            || headerKey(QString::fromLatin1(info(field).key)) == key) {
            return field;
        }
    }
    return F::Unknown;
}

ImportEntity ImportFields::detectEntity(const QStringList &headers)
{
    for (const QString &header : headers) {
        const QString key = headerKey(header);
        for (const auto &[alias, field] : ProjectAliases) {
            if ((field == F::Title || field == F::Lead) && key == QLatin1StringView(alias) && key != "nom"_L1) {
                return ImportEntity::Projects;
            }
        }
    }
    return ImportEntity::Actors;
}

QList<ImportField> ImportFields::fields(ImportEntity entity)
{
    if (entity == ImportEntity::Actors) {
        return {F::ExternalId, F::Name,    F::Type,    F::Member,  F::Description, F::Address,
                F::Commune,    F::PostalCode, F::Departement, F::Insee, F::Themes, F::Countries,
                F::Website,    F::Email,   F::Phone};
    }
    return {F::ExternalId, F::Title,  F::Kind,      F::Description, F::YearStart, F::YearEnd,
            F::Amount,     F::Audience, F::Themes,  F::Countries,   F::Lead,      F::Partners};
}

QString ImportFields::key(ImportField field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<ImportField> ImportFields::fromKey(QStringView key)
{
    for (const auto &i : Infos) {
        if (i.field != F::Unknown && key == QLatin1StringView(i.key)) {
            return i.field;
        }
    }
    return std::nullopt;
}

QString ImportFields::label(ImportField field)
{
    return QCoreApplication::translate("ImportFields", info(field).label);
}

QString ImportFields::header(ImportField field)
{
    return QString::fromUtf8(info(field).label);
}

QString ImportFields::entityKey(ImportEntity entity)
{
    return entity == ImportEntity::Actors ? u"acteurs"_s : u"projets"_s;
}

std::optional<ImportEntity> ImportFields::entityFromKey(QStringView key)
{
    if (key == "acteurs"_L1 || key == "actors"_L1) {
        return ImportEntity::Actors;
    }
    if (key == "projets"_L1 || key == "projects"_L1) {
        return ImportEntity::Projects;
    }
    return std::nullopt;
}

QString ImportFields::entityLabel(ImportEntity entity)
{
    return entity == ImportEntity::Actors ? QCoreApplication::translate("ImportFields", "acteurs")
                                          : QCoreApplication::translate("ImportFields", "projets");
}
