// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationrules.h"

#include "base/vocabulary.h"
#include "geo/gazetteer.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RegistrationRules)
};

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

// A required or optional line of text: present when required, not too long, no control characters.
void checkText(Validation &v, const char *field, const QString &value, int maxLength, const QString &missing)
{
    const QString name = QLatin1StringView(field);
    if (value.isEmpty()) {
        if (!missing.isEmpty()) {
            v.add(name, missing);
        }
    } else if (value.size() > maxLength) {
        v.add(name, Tr::tr("Trop long : %1 caractères au plus (ici %2).").arg(maxLength).arg(value.size()));
    } else if (hasControlCharacters(value)) {
        v.add(name, Tr::tr("Ce champ contient des caractères qui ne s'écrivent pas (retour à la ligne, tabulation…)."));
    }
}

std::optional<QString> optionalText(const QString &value)
{
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

} // namespace

void Validation::add(const QString &field, const QString &message)
{
    if (!m_errors.contains(field)) {
        m_errors.insert(field, message);
    }
}

QList<AgeBracket> RegistrationRules::ageBrackets()
{
    return {
        {QString::fromLatin1(Under15), Tr::tr("Moins de 15 ans")},
        {u"15_17"_s, Tr::tr("15 à 17 ans")},
        {u"18_30"_s, Tr::tr("18 à 30 ans")},
        {u"31_plus"_s, Tr::tr("31 ans et plus")},
    };
}

QString RegistrationRules::ageBracketLabel(const QString &code)
{
    for (const auto &b : ageBrackets()) {
        if (b.code == code) {
            return b.label;
        }
    }
    return {};
}

QString RegistrationRules::emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

bool RegistrationRules::looksLikeEmail(const QString &trimmed)
{
    // Deliberately simple: one @, something before, a dotted domain after, no spaces. Exotic but valid
    // addresses (quoted local parts) are not worth a visitor's confusion at a kiosk.
    static const QRegularExpression shape(uR"(^[^\s@"(),:;<>\[\]\\]+@[^\s@"(),:;<>\[\]\\]+\.[^\s@"(),:;<>\[\]\\.]{2,}$)"_s);
    if (!shape.match(trimmed).hasMatch()) {
        return false;
    }
    const auto at = trimmed.indexOf(u'@');
    const QStringView local = QStringView(trimmed).left(at);
    const QStringView domain = QStringView(trimmed).mid(at + 1);
    return local.size() <= 64 && !local.startsWith(u'.') && !local.endsWith(u'.') && !trimmed.contains(u".."_s)
        && !domain.startsWith(u'.') && !domain.startsWith(u'-');
}

Validation RegistrationRules::validate(const RegistrationRequest &request, const Database *db, CleanRegistration *clean)
{
    Validation v;
    const QString firstName = request.firstName.trimmed();
    const QString lastName = request.lastName.trimmed();
    const QString email = request.email.trimmed();
    const QString structure = request.structure.trimmed();
    const QString place = request.place.trimmed();

    checkText(v, Field::FirstName, firstName, MaxNameLength, Tr::tr("Indiquez votre prénom."));
    checkText(v, Field::LastName, lastName, MaxNameLength, Tr::tr("Indiquez votre nom."));
    checkText(v, Field::Email, email, MaxEmailLength, Tr::tr("Indiquez votre adresse e-mail."));
    if (v.error(QLatin1StringView(Field::Email)).isEmpty() && !looksLikeEmail(email)) {
        v.add(QLatin1StringView(Field::Email),
              Tr::tr("Adresse e-mail invalide : il faut un @ et un nom de domaine, par exemple prenom.nom@exemple.fr."));
    }
    checkText(v, Field::Structure, structure, MaxStructureLength, {});
    if (!request.actorType.isEmpty() && !Vocabulary::isActorType(request.actorType)) {
        v.add(QLatin1StringView(Field::ActorType), Tr::tr("Type de structure inconnu : choisissez dans la liste."));
    }

    std::optional<QString> postcode;
    std::optional<QString> commune;
    checkText(v, Field::Place, place, MaxPlaceLength, {});
    if (!place.isEmpty() && v.error(QLatin1StringView(Field::Place)).isEmpty()) {
        static const QRegularExpression fivedigits(u"^\\d{5}$"_s);
        const bool isPostcode = fivedigits.match(place).hasMatch();
        if (isPostcode) {
            postcode = place;
        }
        if (db) {
            const auto found = isPostcode ? Gazetteer(*db).resolve({}, place) : Gazetteer(*db).resolve(place);
            if (found.status == Gazetteer::Result::Found) {
                commune = found.commune->insee;
                postcode = found.commune->postalCode;
            } else if (found.status == Gazetteer::Result::Ambiguous && isPostcode) {
                // Several communes share this postcode: keep the postcode alone, no need to ask more.
            } else if (!isPostcode) {
                v.add(QLatin1StringView(Field::Place),
                      found.status == Gazetteer::Result::Ambiguous
                          ? Tr::tr("Plusieurs communes portent ce nom : indiquez plutôt votre code postal.")
                          : Tr::tr("Commune inconnue dans les Hauts-de-France : indiquez plutôt votre code postal "
                               "(5 chiffres)."));
            }
        } else if (!isPostcode && place.size() < 2) {
            v.add(QLatin1StringView(Field::Place), Tr::tr("Indiquez un code postal à 5 chiffres ou le nom de votre commune."));
        }
    }

    if (ageBracketLabel(request.ageBracket).isEmpty()) {
        v.add(QLatin1StringView(Field::AgeBracket), Tr::tr("Choisissez votre tranche d'âge."));
    } else if (request.ageBracket == QLatin1StringView(Under15) && !request.parentAgreement) {
        v.add(QLatin1StringView(Field::ParentAgreement),
              Tr::tr("Moins de 15 ans : l'accord d'un parent est obligatoire. Cochez la case une fois qu'il ou elle "
                 "a donné son accord."));
    }
    if (!request.consent) {
        v.add(QLatin1StringView(Field::Consent),
              Tr::tr("Cochez cette case pour vous inscrire : sans votre accord, nous ne pouvons pas enregistrer "
                 "votre inscription."));
    }

    if (clean && v.ok()) {
        *clean = CleanRegistration{firstName,
                                   lastName,
                                   email,
                                   emailKey(email),
                                   optionalText(structure),
                                   optionalText(request.actorType),
                                   postcode,
                                   commune,
                                   request.ageBracket,
                                   request.ageBracket == QLatin1StringView(Under15) && request.parentAgreement,
                                   request.newsletter};
    }
    return v;
}
