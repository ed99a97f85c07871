// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "base/textfold.h"
#include "storage/database.h"

using namespace Lianes;

namespace {
Commune readCommune(const Statement &q)
{
    return Commune{q.text(0), q.text(1), q.text(2), q.text(3), q.real(4), q.real(5), q.integer(6)};
}
}

Gazetteer::Gazetteer(const Database &db)
    : m_db(db)
{
}

std::optional<Commune> Gazetteer::byInsee(const QString &insee) const
{
    auto q = m_db.prepare("SELECT insee, name, departement, postal_code, lat, lon, population "
                          "FROM commune WHERE insee = ?");
    q.bind(1, insee);
    if (q.step()) {
        return readCommune(q);
    }
    return std::nullopt;
}

Gazetteer::Result Gazetteer::resolve(const QString &name, const QString &postcode,
                                     const QString &departement) const
{
    Result result;
    const QString key = TextFold::placeKey(name);
    const QString code = postcode.trimmed();
    if (key.isEmpty() && code.isEmpty()) {
        return result;
    }
    QList<Commune> found;
    if (!m_byName) {
        m_byName.emplace(m_db.prepare("SELECT insee, name, departement, postal_code, lat, lon, population "
                                      "FROM commune WHERE name_key = ? ORDER BY population DESC"));
        m_byPostcode.emplace(m_db.prepare("SELECT insee, name, departement, postal_code, lat, lon, population "
                                          "FROM commune WHERE postal_code = ? ORDER BY population DESC"));
    }
    Statement &q = key.isEmpty() ? *m_byPostcode : *m_byName;
    q.bind(1, key.isEmpty() ? code : key);
    while (q.step()) {
        found.append(readCommune(q));
    }
    q.reset();
    auto narrow = [&](auto predicate) {
        QList<Commune> kept;
        std::copy_if(found.cbegin(), found.cend(), std::back_inserter(kept), predicate);
        if (!kept.isEmpty()) {
            found = kept;
        }
    };
    if (found.size() > 1 && !code.isEmpty()) {
        narrow([&](const Commune &c) { return c.postalCode == code; });
        if (found.size() > 1) {
            narrow([&](const Commune &c) { return code.startsWith(c.departement); });
        }
    }
    if (found.size() > 1 && !departement.isEmpty()) {
        narrow([&](const Commune &c) { return c.departement == departement; });
    }
    if (found.size() == 1) {
        result.status = Result::Found;
        result.commune = found.first();
    } else if (found.size() > 1) {
        result.status = Result::Ambiguous;
        result.candidates = found;
    }
    return result;
}
