// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importgeocoder.h"

#include "base/textfold.h"
#include "base/vocabulary.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of the geocoding messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportGeocoder)
};

// "Lille Cedex 9", "LILLE (59)", "Lille - 59000" → "Lille".
QString cleanCommune(const QString &text)
{
    QString name = text;
    if (const qsizetype bracket = name.indexOf(u'('); bracket > 0) {
        name.truncate(bracket);
    }
    if (const qsizetype cedex = name.indexOf("cedex"_L1, 0, Qt::CaseInsensitive); cedex > 0) {
        name.truncate(cedex);
    }
    while (!name.isEmpty() && (name.back().isDigit() || name.back().isSpace() || name.back() == u'-')) {
        name.chop(1);
    }
    return name.trimmed();
}

QString quoted(const QString &text)
{
    return u"« "_s + text + u" »"_s;
}

QString departementList(const QList<Commune> &communes)
{
    QStringList codes;
    for (const auto &c : communes) {
        if (!codes.contains(c.departement)) {
            codes.append(c.departement);
        }
    }
    codes.sort();
    return codes.join(u", "_s);
}

QString communeNames(const QList<Commune> &communes)
{
    QStringList names;
    for (const auto &c : communes.first(std::min<qsizetype>(communes.size(), 6))) {
        names.append(c.name);
    }
    if (communes.size() > 6) {
        names.append(u"…"_s);
    }
    return names.join(u", "_s);
}

ImportPlace failure(const QString &error, ImportField field)
{
    ImportPlace place;
    place.error = error;
    place.errorField = field;
    return place;
}

} // namespace

ImportGeocoder::ImportGeocoder(const Database &db)
    : m_gazetteer(db)
{
}

ImportPlace ImportGeocoder::locate(const QString &commune, const QString &postcode, const QString &departement,
                                   const QString &insee)
{
    const QString key = commune + u'\x1f' + postcode + u'\x1f' + departement + u'\x1f' + insee;
    if (const auto it = m_cache.constFind(key); it != m_cache.cend()) {
        return *it;
    }
    ImportPlace place;
    if (!insee.isEmpty()) {
        place = byInsee(insee);
    } else if (!TextFold::fold(commune).isEmpty()) {
        place = byName(commune, postcode, departement);
    } else if (!postcode.isEmpty()) {
        place = byPostcode(postcode, departement);
    } else {
        place.departement = departement;
    }
    if (place.error.isEmpty() && place.commune && !postcode.isEmpty()
        && !postcode.startsWith(place.commune->departement)) {
        place = failure(Tr::tr("le code postal %1 n'est pas dans le département de %2 (%3)")
                            .arg(postcode, place.commune->name, place.commune->departement),
                        ImportField::PostalCode);
    }
    if (place.error.isEmpty() && place.commune && !departement.isEmpty()
        && departement != place.commune->departement) {
        place = failure(Tr::tr("%1 est dans le département %2, pas dans le %3")
                            .arg(place.commune->name, place.commune->departement, departement),
                        ImportField::Departement);
    }
    if (m_cache.size() < 50'000) { // the communes are a few thousand; random text must not grow it
        m_cache.insert(key, place);
    }
    return place;
}

ImportPlace ImportGeocoder::byInsee(const QString &insee)
{
    const auto commune = m_gazetteer.byInsee(insee);
    if (!commune) {
        return failure(Tr::tr("code INSEE %1 inconnu dans les communes des Hauts-de-France").arg(quoted(insee)),
                       ImportField::Insee);
    }
    ImportPlace place;
    place.commune = commune;
    place.departement = commune->departement;
    return place;
}

ImportPlace ImportGeocoder::byName(const QString &commune, const QString &postcode, const QString &departement)
{
    const QString name = cleanCommune(commune);
    const auto result = m_gazetteer.resolve(name.isEmpty() ? commune : name, postcode, departement);
    if (result.status == Gazetteer::Result::Found) {
        ImportPlace place;
        place.commune = result.commune;
        place.departement = result.commune->departement;
        return place;
    }
    if (result.status == Gazetteer::Result::Ambiguous) {
        return failure(Tr::tr("commune ambiguë : %1 existe dans plusieurs départements (%2) ; "
                              "ajoutez le code postal ou le département")
                           .arg(quoted(commune), departementList(result.candidates)),
                       ImportField::Commune);
    }
    QString error = Tr::tr("commune %1 introuvable parmi les communes des Hauts-de-France").arg(quoted(commune));
    if (!postcode.isEmpty()) {
        const auto nearby = m_gazetteer.resolve({}, postcode);
        QList<Commune> candidates = nearby.candidates;
        if (nearby.commune) {
            candidates.append(*nearby.commune);
        }
        if (!candidates.isEmpty()) {
            error += Tr::tr(" (code postal %1 : %2)").arg(postcode, communeNames(candidates));
        }
    }
    return failure(error, ImportField::Commune);
}

ImportPlace ImportGeocoder::byPostcode(const QString &postcode, const QString &departement)
{
    if (Vocabulary::departementName(postcode.left(2)).isEmpty()) {
        return failure(Tr::tr("le code postal %1 n'est pas dans les Hauts-de-France").arg(postcode),
                       ImportField::PostalCode);
    }
    const auto result = m_gazetteer.resolve({}, postcode, departement);
    if (result.status == Gazetteer::Result::Found) {
        ImportPlace place;
        place.commune = result.commune;
        place.departement = result.commune->departement;
        return place;
    }
    if (result.status == Gazetteer::Result::Ambiguous) {
        return failure(Tr::tr("le code postal %1 couvre plusieurs communes (%2) : indiquez la commune")
                           .arg(postcode, communeNames(result.candidates)),
                       ImportField::Commune);
    }
    return failure(Tr::tr("code postal %1 inconnu").arg(postcode), ImportField::PostalCode);
}
