// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CatalogueReader)
};

QString syntaxReason(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return Tr::tr("objet non terminé (« } » ou virgule manquante)");
    case QJsonParseError::MissingNameSeparator:
        return Tr::tr("« : » manquant après un nom de champ");
    case QJsonParseError::UnterminatedArray:
        return Tr::tr("liste non terminée (« ] » ou virgule manquante)");
    case QJsonParseError::MissingValueSeparator:
        return Tr::tr("virgule manquante entre deux valeurs");
    case QJsonParseError::IllegalValue:
        return Tr::tr("valeur invalide (texte sans guillemets, virgule en trop ?)");
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::TerminationByNumber:
        return Tr::tr("nombre invalide");
    case QJsonParseError::IllegalEscapeSequence:
        return Tr::tr("caractère d'échappement invalide après « \\ »");
    case QJsonParseError::IllegalUTF8String:
        return Tr::tr("texte qui n'est pas en UTF-8");
    case QJsonParseError::UnterminatedString:
        return Tr::tr("texte non terminé (guillemet fermant manquant)");
    case QJsonParseError::MissingObject:
        return Tr::tr("le fichier doit contenir un objet JSON « { … } »");
    case QJsonParseError::GarbageAtEnd:
        return Tr::tr("contenu en trop après la fin de l'objet");
    default:
        return Tr::tr("fichier JSON illisible");
    }
}
} // namespace

CatalogueReader::CatalogueReader(QByteArray json)
    : m_json(std::move(json))
{
}

void CatalogueReader::fail(const QString &path, const QString &reason)
{
    m_errors.append(CatalogueError{path, 0, reason});
}

bool CatalogueReader::read()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(m_json.left(parseError.offset).count('\n')) + 1;
        m_errors.append(CatalogueError{{}, line, syntaxReason(parseError.error)});
        return false;
    }
    if (!doc.isObject()) {
        fail({}, Tr::tr("le fichier doit contenir un objet JSON « { … } »"));
        return false;
    }
    const QJsonObject root = doc.object();
    checkKeys(root, {}, {u"version"_s, u"programmes"_s}, {u"updated"_s, u"network_actors"_s});
    if (root.contains("version"_L1) && root.value("version"_L1) != QJsonValue(1)) {
        fail(u"version"_s, Tr::tr("seule la version 1 du format est connue"));
    }
    if (root.contains("updated"_L1)) {
        m_updated = root.value("updated"_L1).toString();
        if (!QDate::fromString(m_updated, Qt::ISODate).isValid()) {
            fail(u"updated"_s, Tr::tr("doit être une date AAAA-MM-JJ"));
        }
    }
    if (root.contains("network_actors"_L1)) {
        m_networkActors = keys(root.value("network_actors"_L1), u"network_actors"_s);
    }
    const QJsonValue list = root.value("programmes"_L1);
    if (root.contains("programmes"_L1) && (!list.isArray() || list.toArray().isEmpty())) {
        fail(u"programmes"_s, Tr::tr("doit être une liste d'au moins un programme"));
    }
    QHash<QString, QString> seen;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = u"programmes[%1]"_s.arg(i);
        if (!items.at(i).isObject()) {
            fail(path, Tr::tr("doit être un objet « { … } »"));
            continue;
        }
        Programme p = readProgramme(items.at(i).toObject(), path);
        if (!p.id.isEmpty()) {
            if (seen.contains(p.id)) {
                fail(path + u".id"_s, Tr::tr("identifiant « %1 » déjà utilisé par %2").arg(p.id, seen.value(p.id)));
            }
            seen.insert(p.id, path);
        }
        m_programmes.append(std::move(p));
    }
    if (!m_errors.isEmpty()) {
        m_programmes.clear();
        return false;
    }
    return true;
}

void CatalogueReader::checkKeys(const QJsonObject &object, const QString &path, const QStringList &required,
                                const QStringList &optional)
{
    const QString prefix = path.isEmpty() ? QString() : path + u"."_s;
    for (const QString &key : required) {
        if (!object.contains(key)) {
            fail(prefix + key, Tr::tr("champ obligatoire manquant (null si le fait n'est pas vérifié)"));
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!required.contains(it.key()) && !optional.contains(it.key())) {
            fail(prefix + it.key(), Tr::tr("champ inconnu (faute de frappe ?)"));
        }
    }
}

bool CatalogueReader::isKey(const QString &text) const
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern.match(text).hasMatch();
}

QString CatalogueReader::requiredText(const QJsonObject &object, const QString &field, const QString &path)
{
    const QJsonValue value = object.value(field);
    if (object.contains(field) && (!value.isString() || value.toString().trimmed().isEmpty())) {
        fail(path + u"."_s + field, Tr::tr("doit être un texte non vide"));
    }
    return value.toString().trimmed();
}

QString CatalogueReader::optionalText(const QJsonObject &object, const QString &field, const QString &path)
{
    const QJsonValue value = object.value(field);
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(path + u"."_s + field, Tr::tr("doit être un texte non vide, ou null (à vérifier)"));
    }
    return value.toString().trimmed();
}

std::optional<QStringList> CatalogueReader::codes(const QJsonObject &object, const QString &field,
                                                  const QString &path, const QStringList &allowed, bool nullable)
{
    const QJsonValue value = object.value(field);
    const QString where = path + u"."_s + field;
    if (value.isNull() || value.isUndefined()) {
        return std::nullopt;
    }
    if (!value.isArray() || (!nullable && value.toArray().isEmpty())) {
        fail(where, Tr::tr("doit être une liste parmi : %1, ou null (à vérifier)").arg(allowed.join(u", "_s)));
        return std::nullopt;
    }
    QStringList result;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString code = items.at(i).toString();
        if (!allowed.contains(code)) {
            fail(u"%1[%2]"_s.arg(where).arg(i),
                 Tr::tr("« %1 » n'est pas une valeur permise (%2)").arg(items.at(i).toVariant().toString(),
                                                                   allowed.join(u", "_s)));
        } else if (result.contains(code)) {
            fail(u"%1[%2]"_s.arg(where).arg(i), Tr::tr("« %1 » est en double").arg(code));
        } else {
            result.append(code);
        }
    }
    return result;
}

QStringList CatalogueReader::keys(const QJsonValue &value, const QString &path)
{
    QStringList result;
    if (!value.isArray()) {
        fail(path, Tr::tr("doit être une liste de clés d'acteurs"));
        return result;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString key = items.at(i).toString();
        if (!isKey(key)) {
            fail(u"%1[%2]"_s.arg(path).arg(i), Tr::tr("clé d'acteur invalide (minuscules, chiffres et tirets)"));
        } else if (!result.contains(key)) {
            result.append(key);
        }
    }
    return result;
}

Bounds CatalogueReader::bounds(const QJsonObject &object, const QString &field, const QString &path, QString *unit)
{
    Bounds result;
    const QString where = path + u"."_s + field;
    const QJsonValue value = object.value(field);
    if (!object.contains(field)) {
        return result;
    }
    if (!value.isObject()) {
        fail(where, Tr::tr("doit être un objet { \"min\": …, \"max\": … }"));
        return result;
    }
    const QJsonObject range = value.toObject();
    checkKeys(range, where, unit ? QStringList{u"min"_s, u"max"_s, u"unit"_s} : QStringList{u"min"_s, u"max"_s});
    for (const auto &[name, slot] : {std::pair{u"min"_s, &result.min}, std::pair{u"max"_s, &result.max}}) {
        const QJsonValue bound = range.value(name);
        if (bound.isNull() || bound.isUndefined()) {
            continue;
        }
        const double number = bound.toDouble(-1);
        if (!bound.isDouble() || number < 0 || number != double(qint64(number)) || number > 1000) {
            fail(where + u"."_s + name, Tr::tr("doit être un entier positif, ou null (à vérifier)"));
            continue;
        }
        *slot = int(number);
    }
    if (result.min && result.max && *result.min > *result.max) {
        fail(where, Tr::tr("min (%1) est plus grand que max (%2)").arg(*result.min).arg(*result.max));
    }
    if (unit) {
        *unit = range.value("unit"_L1).toString();
        if (range.contains("unit"_L1) && !MobilityVocabulary::durationUnits().contains(*unit)) {
            fail(where + u".unit"_s, Tr::tr("doit être jours, semaines ou mois"));
        }
    }
    return result;
}

Programme CatalogueReader::readProgramme(const QJsonObject &object, const QString &path)
{
    checkKeys(object, path,
              {u"id"_s, u"name"_s, u"summary"_s, u"kinds"_s, u"zones"_s, u"destinations"_s, u"age"_s,
               u"duration"_s, u"situations"_s, u"format"_s, u"cost"_s, u"organiser"_s, u"accompaniedBy"_s,
               u"howToApply"_s, u"source"_s});
    Programme p;
    p.id = object.value("id"_L1).toString();
    if (object.contains("id"_L1) && !isKey(p.id)) {
        fail(path + u".id"_s, Tr::tr("identifiant invalide (minuscules, chiffres et tirets, ex. « service-civique »)"));
        p.id.clear();
    }
    p.name = requiredText(object, u"name"_s, path);
    p.summary = requiredText(object, u"summary"_s, path);
    p.kinds = codes(object, u"kinds"_s, path, MobilityVocabulary::kinds(), true);
    p.zones = codes(object, u"zones"_s, path, MobilityVocabulary::zones(), true);
    p.destinations = optionalText(object, u"destinations"_s, path);
    p.age = bounds(object, u"age"_s, path, nullptr);
    p.duration = bounds(object, u"duration"_s, path, &p.durationUnit);
    p.situations = codes(object, u"situations"_s, path, MobilityVocabulary::situations(), false);
    p.format = codes(object, u"format"_s, path, MobilityVocabulary::formats(), false);
    p.cost = optionalText(object, u"cost"_s, path);
    p.organiser = optionalText(object, u"organiser"_s, path);
    if (object.contains("accompaniedBy"_L1)) {
        p.accompaniedBy = keys(object.value("accompaniedBy"_L1), path + u".accompaniedBy"_s);
    }
    p.howToApply = optionalText(object, u"howToApply"_s, path);
    const QJsonValue source = object.value("source"_L1);
    if (object.contains("source"_L1)) {
        const QString where = path + u".source"_s;
        if (!source.isObject()) {
            fail(where, Tr::tr("doit être un objet { \"url\": …, \"checked\": … }"));
        } else {
            const QJsonObject s = source.toObject();
            checkKeys(s, where, {u"url"_s, u"checked"_s});
            p.sourceUrl = s.value("url"_L1).toString();
            if (!s.value("url"_L1).isNull() && !p.sourceUrl.startsWith("https://"_L1)
                && !p.sourceUrl.startsWith("http://"_L1)) {
                fail(where + u".url"_s, Tr::tr("doit être l'adresse http(s) de la page lue, ou null"));
            }
            const QJsonValue checked = s.value("checked"_L1);
            p.checkedOn = QDate::fromString(checked.toString(), Qt::ISODate);
            if (!checked.isNull() && !p.checkedOn.isValid()) {
                fail(where + u".checked"_s, Tr::tr("doit être une date AAAA-MM-JJ, ou null"));
            }
        }
    }
    return p;
}
