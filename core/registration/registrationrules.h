// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Lianes {

class Database;

/** What a visitor typed and ticked on the registration form, as the form hands it over. */
struct RegistrationRequest {
    QString firstName;
    QString lastName;
    QString email;
    QString structure; ///< optional
    QString actorType; ///< one of the 14 codes, or empty: "à titre personnel"
    QString place; ///< optional: a postcode or a commune name, as typed
    QString ageBracket; ///< one of AgeBracket codes
    bool parentAgreement = false;
    bool consent = false;
    bool newsletter = false;
};

/** One age bracket of the form. */
struct AgeBracket {
    QString code;
    QString label; ///< translated
};

/** Per-field messages in French (field name → message); empty when everything is valid. */
class Validation
{
public:
    [[nodiscard]] bool ok() const { return m_errors.isEmpty(); }
    [[nodiscard]] QString error(const QString &field) const { return m_errors.value(field); }
    [[nodiscard]] const QHash<QString, QString> &errors() const { return m_errors; }
    [[nodiscard]] QStringList fields() const { return m_errors.keys(); }
    void add(const QString &field, const QString &message);

private:
    QHash<QString, QString> m_errors;
};

/** A request once checked: trimmed values, the email key, the commune resolved when the gazetteer knows it. */
struct CleanRegistration {
    QString firstName;
    QString lastName;
    QString email;
    QString emailKey;
    std::optional<QString> structure;
    std::optional<QString> actorType;
    std::optional<QString> postcode;
    std::optional<QString> commune; ///< INSEE code
    QString ageBracket;
    bool parentAgreement = false;
    bool newsletter = false;
};

/** The form's rules, in one place: what is required, how long, what an email looks like, minors. */
namespace RegistrationRules {
inline constexpr int MaxNameLength = 60;
inline constexpr int MaxEmailLength = 254;
inline constexpr int MaxStructureLength = 120;
inline constexpr int MaxPlaceLength = 60;
/** Below this age (France, digital consent: 15 years) a parent's agreement is required. */
inline constexpr auto Under15 = "moins_15";

/** Field names, as the form and the validation use them. */
namespace Field {
inline constexpr auto FirstName = "firstName";
inline constexpr auto LastName = "lastName";
inline constexpr auto Email = "email";
inline constexpr auto Structure = "structure";
inline constexpr auto ActorType = "actorType";
inline constexpr auto Place = "place";
inline constexpr auto AgeBracket = "ageBracket";
inline constexpr auto ParentAgreement = "parentAgreement";
inline constexpr auto Consent = "consent";
}

[[nodiscard]] QList<AgeBracket> ageBrackets();
[[nodiscard]] QString ageBracketLabel(const QString &code);
/** The email as compared for duplicates: trimmed and case-folded. */
[[nodiscard]] QString emailKey(const QString &email);
[[nodiscard]] bool looksLikeEmail(const QString &trimmed);
/** Checks every field; @p db (optional) resolves the commune or postcode in the gazetteer. */
[[nodiscard]] Validation validate(const RegistrationRequest &request, const Database *db = nullptr,
                                  CleanRegistration *clean = nullptr);
}

} // namespace Lianes
