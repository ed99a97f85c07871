// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importvalues.h"

#include "base/textfold.h"
#include "base/vocabulary.h"
#include "storage/database.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

using Aliases = QList<std::pair<const char *, const char *>>;

// Usual names of actor types in the network's CRM and in hand-made files, folded.
const Aliases TypeAliases = {
    {"association etudiante", "association_etudiante"}, {"asso etudiante", "association_etudiante"},
    {"association d etudiants", "association_etudiante"}, {"bde", "association_etudiante"},
    {"association nationale", "association_nationale"}, {"tete de reseau", "association_nationale"},
    {"federation", "association_nationale"},
    {"association", "association_locale"}, {"asso", "association_locale"},
    {"association loi 1901", "association_locale"}, {"asi", "association_locale"},
    {"association de solidarite internationale", "association_locale"},
    {"lycee", "etablissement_scolaire"}, {"college", "etablissement_scolaire"},
    {"ecole", "etablissement_scolaire"}, {"centre de formation", "etablissement_scolaire"},
    {"cfa", "etablissement_scolaire"}, {"maison familiale rurale", "etablissement_scolaire"},
    {"mfr", "etablissement_scolaire"}, {"lycee agricole", "etablissement_scolaire"},
    {"collectif d associations", "collectif"}, {"reseau", "collectif"}, {"plateforme", "collectif"},
    {"collectivite", "collectivite"}, {"commune", "collectivite"}, {"mairie", "collectivite"},
    {"ville", "collectivite"}, {"metropole", "collectivite"}, {"communaute d agglomeration", "collectivite"},
    {"communaute de communes", "collectivite"}, {"conseil departemental", "collectivite"},
    {"departement", "collectivite"}, {"conseil regional", "collectivite"}, {"region", "collectivite"},
    {"epci", "collectivite"},
    {"expert", "consultant"}, {"bureau d etudes", "consultant"}, {"cabinet", "consultant"},
    {"universite", "enseignement_superieur"}, {"recherche", "enseignement_superieur"},
    {"ecole d ingenieurs", "enseignement_superieur"}, {"grande ecole", "enseignement_superieur"},
    {"laboratoire", "enseignement_superieur"}, {"iut", "enseignement_superieur"},
    {"cooperative", "entreprise"}, {"scop", "entreprise"}, {"scic", "entreprise"},
    {"groupement d entreprises", "entreprise"}, {"societe", "entreprise"},
    {"fonds de dotation", "fondation"},
    {"comite de jumelage", "jumelage"}, {"association de jumelage", "jumelage"},
    {"organisation non gouvernementale", "ong"},
    {"organisation de solidarite issue des migrations", "osim"}, {"diaspora", "osim"},
    {"association issue des migrations", "osim"},
    {"mjc", "structure_jeunesse"}, {"maison des jeunes", "structure_jeunesse"},
    {"centre social", "structure_jeunesse"}, {"mission locale", "structure_jeunesse"},
    {"point information jeunesse", "structure_jeunesse"}, {"pij", "structure_jeunesse"},
    {"bij", "structure_jeunesse"}, {"education populaire", "structure_jeunesse"},
};

const Aliases ThemeAliases = {
    {"action sociale", "action_sociale_migrations"}, {"migrations", "action_sociale_migrations"},
    {"migration", "action_sociale_migrations"}, {"social", "action_sociale_migrations"},
    {"agriculture", "agriculture_alimentation"}, {"souverainete alimentaire", "agriculture_alimentation"},
    {"alimentation", "agriculture_alimentation"}, {"securite alimentaire", "agriculture_alimentation"},
    {"agroecologie", "agriculture_alimentation"}, {"developpement rural", "agriculture_alimentation"},
    {"appui aux acteurs", "appui_acteurs_francais"}, {"accompagnement des acteurs", "appui_acteurs_francais"},
    {"energie", "energie_climat"}, {"climat", "energie_climat"}, {"changement climatique", "energie_climat"},
    {"environnement", "energie_climat"}, {"transition ecologique", "energie_climat"},
    {"emploi", "croissance_emploi"}, {"developpement economique", "croissance_emploi"},
    {"economie", "croissance_emploi"}, {"economie sociale et solidaire", "croissance_emploi"},
    {"ess", "croissance_emploi"}, {"insertion professionnelle", "croissance_emploi"},
    {"culture", "culture_patrimoine"}, {"patrimoine", "culture_patrimoine"},
    {"droits humains", "droits_humains"}, {"droits de l homme", "droits_humains"},
    {"justice", "droits_humains"}, {"gouvernance", "droits_humains"}, {"democratie", "droits_humains"},
    {"eau", "eau_assainissement"}, {"assainissement", "eau_assainissement"},
    {"acces a l eau", "eau_assainissement"},
    {"education", "education_jeunesse"}, {"jeunesse", "education_jeunesse"},
    {"mobilite des jeunes", "education_jeunesse"},
    {"sante", "sante_urgence"}, {"urgence", "sante_urgence"}, {"humanitaire", "sante_urgence"},
    {"action humanitaire", "sante_urgence"},
    {"education a la citoyennete et a la solidarite internationale", "ecsi"},
    {"education a la citoyennete mondiale", "ecsi"}, {"education au developpement", "ecsi"},
    {"ville durable", "villes_durables"}, {"urbanisme", "villes_durables"}, {"dechets", "villes_durables"},
    {"gestion des dechets", "villes_durables"},
};

const Aliases CountryAliases = {
    {"rdc", "CD"}, {"rd congo", "CD"}, {"republique democratique du congo", "CD"}, {"congo kinshasa", "CD"},
    {"congo brazzaville", "CG"}, {"republique du congo", "CG"},
    {"usa", "US"}, {"etats unis d amerique", "US"}, {"angleterre", "GB"}, {"grande bretagne", "GB"},
    {"vietnam", "VN"}, {"republique tcheque", "CZ"}, {"territoires palestiniens", "PS"},
    {"coree", "KR"}, {"ivory coast", "CI"},
};

void addAliases(QHash<QString, QString> &hash, const Aliases &aliases)
{
    for (const auto &[alias, code] : aliases) {
        hash.insert(QString::fromLatin1(alias), QString::fromLatin1(code));
    }
}

// A lookup tolerant of "Association locale (loi 1901)"-style additions: the whole text first, then
// the text without what is in brackets.
std::optional<QString> lookUp(const QHash<QString, QString> &hash, QStringView text)
{
    const QString key = TextFold::fold(text);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    if (const auto it = hash.constFind(key); it != hash.cend()) {
        return *it;
    }
    if (const qsizetype bracket = text.indexOf(u'('); bracket > 0) {
        if (const auto it = hash.constFind(TextFold::fold(text.left(bracket))); it != hash.cend()) {
            return *it;
        }
    }
    return std::nullopt;
}

} // namespace

ImportValues::ImportValues(const Database &db)
{
    for (const auto &t : Vocabulary::actorTypes()) {
        m_types.insert(TextFold::fold(t.code), t.code);
        m_types.insert(TextFold::fold(t.label), t.code);
    }
    addAliases(m_types, TypeAliases);
    for (const auto &t : Vocabulary::themes()) {
        m_themes.insert(TextFold::fold(t.code), t.code);
        m_themes.insert(TextFold::fold(t.label), t.code);
    }
    addAliases(m_themes, ThemeAliases);
    auto q = db.prepare("SELECT iso2, iso3, name_fr, name_en FROM country");
    while (q.step()) {
        const QString iso2 = q.text(0);
        for (int column = 0; column < 4; ++column) {
            m_countries.insert(TextFold::fold(q.text(column)), iso2);
        }
    }
    addAliases(m_countries, CountryAliases);
}

std::optional<QString> ImportValues::cached(const QHash<QString, QString> &table,
                                            QHash<QString, std::optional<QString>> &cache, QStringView text) const
{
    const QString key = text.toString();
    if (const auto it = cache.constFind(key); it != cache.cend()) {
        return *it;
    }
    const auto value = lookUp(table, text);
    if (cache.size() < 10'000) { // distinct labels are few; a file of random text must not grow it
        cache.insert(key, value);
    }
    return value;
}

std::optional<QString> ImportValues::actorType(QStringView text) const
{
    return cached(m_types, m_typeCache, text);
}

std::optional<QString> ImportValues::theme(QStringView text) const
{
    return cached(m_themes, m_themeCache, text);
}

std::optional<QString> ImportValues::country(QStringView text) const
{
    return cached(m_countries, m_countryCache, text);
}

std::optional<bool> ImportValues::yesNo(QStringView text)
{
    static const QStringList yes{u"oui"_s, u"o"_s, u"x"_s, u"1"_s, u"vrai"_s, u"true"_s, u"yes"_s, u"y"_s,
                                 u"adherent"_s, u"adherente"_s, u"membre"_s};
    static const QStringList no{u""_s, u"non"_s, u"n"_s, u"0"_s, u"faux"_s, u"false"_s, u"no"_s,
                                u"non adherent"_s, u"non adherente"_s};
    const QString key = TextFold::fold(text);
    if (yes.contains(key)) {
        return true;
    }
    if (no.contains(key)) {
        return false;
    }
    return std::nullopt;
}

std::optional<QString> ImportValues::departement(QStringView text)
{
    const QString key = TextFold::fold(text);
    if (key.isEmpty()) {
        return QString();
    }
    // "59", "2", "02 - Aisne", "Nord (59)", "Pas-de-Calais": a number of up to three digits or the name.
    const QStringList words = key.split(u' ');
    const QString padded = u' ' + key + u' ';
    for (const auto &d : Vocabulary::departements()) {
        for (const QString &word : words) {
            bool isNumber = false;
            const int number = word.toInt(&isNumber);
            if (isNumber && word.size() <= 3 && number == d.code.toInt()) {
                return d.code;
            }
        }
        if (padded.contains(u' ' + TextFold::fold(d.name) + u' ')) {
            return d.code;
        }
    }
    return std::nullopt;
}

std::optional<QString> ImportValues::postalCode(QStringView text)
{
    if (text.trimmed().isEmpty()) {
        return QString();
    }
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (!c.isSpace()) {
            return std::nullopt;
        }
    }
    if (digits.size() == 4) {
        digits.prepend(u'0');
    }
    if (digits.size() != 5 || std::any_of(digits.cbegin(), digits.cend(), [](QChar c) { return c > u'9'; })) {
        return std::nullopt;
    }
    return digits;
}

std::optional<int> ImportValues::year(QStringView text)
{
    static const QRegularExpression pattern(uR"(^(?:(\d{4})(?:\.0+|-\d{1,2}-\d{1,2}.*)?|\d{1,2}/\d{1,2}/(\d{4}).*)$)"_s);
    const auto match = pattern.matchView(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int value = (match.capturedView(1).isEmpty() ? match.capturedView(2) : match.capturedView(1)).toInt();
    if (value < 1900 || value > 2100) {
        return std::nullopt;
    }
    return value;
}

std::optional<double> ImportValues::amount(QStringView text)
{
    QString number;
    for (const QChar c : text) {
        if (c.isDigit() || c == u',' || c == u'.' || c == u'-') {
            number.append(c);
        } else if (!c.isSpace() && c != u'€' && c != u'\'') {
            const QString rest = TextFold::fold(text.mid(text.indexOf(c)));
            if (rest != "eur"_L1 && rest != "euros"_L1) {
                return std::nullopt;
            }
            break;
        }
    }
    // The last of ',' and '.' is the decimal mark when both are there; a lone ',' is French.
    const qsizetype comma = number.lastIndexOf(u',');
    const qsizetype dot = number.lastIndexOf(u'.');
    if (comma >= 0 && dot >= 0) {
        number.remove(comma > dot ? u'.' : u',');
    }
    number.replace(u',', u'.');
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || value < 0 || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

bool ImportValues::isEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || text.indexOf(u'@', at + 1) >= 0 || text.contains(u' ')) {
        return false;
    }
    const qsizetype dot = text.lastIndexOf(u'.');
    return dot > at + 1 && dot < text.size() - 1;
}

QStringList ImportValues::split(QStringView text, bool comma)
{
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const QChar c = end ? QChar() : text[i];
        if (end || c == u';' || c == u'|' || c == u'\n' || c == u'\r' || (comma && c == u',')) {
            const QString item = text.mid(start, i - start).trimmed().toString();
            if (!item.isEmpty() && !items.contains(item)) {
                items.append(item);
            }
            start = i + 1;
        }
    }
    return items;
}

QString ImportValues::unprotect(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'') {
        const QChar next = cell.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r') {
            return cell.mid(1);
        }
    }
    return cell;
}
