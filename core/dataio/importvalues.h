// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lianes {

class Database;

/** Reads the values of an import's cells: vocabularies by folded label, countries by French or
 *  English name or ISO code, yes/no, départements, postcodes, years, amounts, lists. */
class ImportValues
{
public:
    /** Loads the countries of @p db; the actor types and themes come from the vocabulary. */
    explicit ImportValues(const Database &db);

    /** Actor type code from a code or a label ("Association locale", "Mairie", "ONG"...). */
    [[nodiscard]] std::optional<QString> actorType(QStringView text) const;
    /** Theme code from a code or a label ("Eau et assainissement", "Climat", "ECSI"...). */
    [[nodiscard]] std::optional<QString> theme(QStringView text) const;
    /** ISO 3166 alpha-2 code from a name ("Maroc", "Côte d'Ivoire", "Morocco") or an ISO code. */
    [[nodiscard]] std::optional<QString> country(QStringView text) const;

    /** Oui/non in the usual spellings (oui, non, x, 1, 0, vrai, faux, adhérent...); empty is no. */
    [[nodiscard]] static std::optional<bool> yesNo(QStringView text);
    /** A département of Hauts-de-France: "59", "2", "02 - Aisne", "Pas-de-Calais". */
    [[nodiscard]] static std::optional<QString> departement(QStringView text);
    /** Five digits, spaces removed; four digits get back the leading 0 that Excel drops. */
    [[nodiscard]] static std::optional<QString> postalCode(QStringView text);
    /** A year from "2021", "2021.0", "2021-03-01" or "01/03/2021". */
    [[nodiscard]] static std::optional<int> year(QStringView text);
    /** An amount in euros, French or English style: "12 500,50 €", "12500.5". */
    [[nodiscard]] static std::optional<double> amount(QStringView text);
    /** A plausible e-mail address (one @, something on both sides, a dot in the domain). */
    [[nodiscard]] static bool isEmail(QStringView text);
    /** Items of a list cell, trimmed, empty ones dropped. Separators: ; | line break, and the comma
     *  when @p comma is true (themes and countries, whose names have none). */
    [[nodiscard]] static QStringList split(QStringView text, bool comma);
    /** Removes the apostrophe the exports put before = + - @ to defuse spreadsheet formulas. */
    [[nodiscard]] static QString unprotect(const QString &cell);

private:
    /** Looks @p text up in @p table, remembering the answer: a file repeats the same few labels. */
    [[nodiscard]] std::optional<QString> cached(const QHash<QString, QString> &table,
                                                QHash<QString, std::optional<QString>> &cache, QStringView text) const;

    QHash<QString, QString> m_types;
    QHash<QString, QString> m_themes;
    QHash<QString, QString> m_countries;
    mutable QHash<QString, std::optional<QString>> m_typeCache;
    mutable QHash<QString, std::optional<QString>> m_themeCache;
    mutable QHash<QString, std::optional<QString>> m_countryCache;
};

} // namespace Lianes
