// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmecatalogue.h"

#include "cataloguereader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Lianes;
using namespace Qt::StringLiterals;

QString CatalogueError::message() const
{
    if (line > 0) {
        return QCoreApplication::translate("ProgrammeCatalogue", "ligne %1 : %2").arg(line).arg(reason);
    }
    return path.isEmpty() ? reason : path + u" : "_s + reason;
}

ProgrammeCatalogue ProgrammeCatalogue::parse(const QByteArray &json)
{
    ProgrammeCatalogue catalogue;
    CatalogueReader reader(json);
    if (reader.read()) {
        catalogue.m_programmes = reader.programmes();
        catalogue.m_networkActors = reader.networkActors();
        catalogue.m_updated = reader.updated();
    } else {
        catalogue.m_errors = reader.errors();
    }
    return catalogue;
}

ProgrammeCatalogue ProgrammeCatalogue::bundled()
{
    QFile file(u":/lianes/mobility/programmes.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        ProgrammeCatalogue missing;
        missing.m_errors.append(CatalogueError{{}, 0, u"programmes.json absent des ressources"_s});
        return missing;
    }
    return parse(file.readAll());
}

ProgrammeCatalogue ProgrammeCatalogue::load(const Database &db)
{
    const QString stored = db.setting(u"mobilite.catalogue"_s);
    if (!stored.isEmpty()) {
        ProgrammeCatalogue catalogue = parse(stored.toUtf8());
        if (catalogue.isValid()) {
            catalogue.m_imported = true;
            return catalogue;
        }
    }
    return bundled();
}

QList<CatalogueError> ProgrammeCatalogue::import(const Database &db, const QByteArray &json)
{
    const ProgrammeCatalogue catalogue = parse(json);
    if (!catalogue.isValid()) {
        return catalogue.errors();
    }
    const QJsonArray items = QJsonDocument::fromJson(json).object().value("programmes"_L1).toArray();
    Transaction tx(db);
    db.exec("DELETE FROM programme");
    auto insert = db.prepare("INSERT INTO programme(id, name, data, source_url, checked_on, position) "
                             "VALUES(?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < catalogue.programmes().size(); ++i) {
        const Programme &p = catalogue.programmes().at(i);
        const QByteArray data = QJsonDocument(items.at(i).toObject()).toJson(QJsonDocument::Compact);
        insert.bind(1, p.id).bind(2, p.name).bind(3, QString::fromUtf8(data)).bind(4, p.sourceUrl)
            .bind(5, p.checkedOn.isValid() ? std::optional<QString>(p.checkedOn.toString(Qt::ISODate)) : std::nullopt)
            .bind(6, int(i))
            .exec();
    }
    db.setSetting(u"mobilite.catalogue"_s, QString::fromUtf8(json));
    tx.commit();
    return {};
}

void ProgrammeCatalogue::resetToBundled(const Database &db)
{
    Transaction tx(db);
    db.exec("DELETE FROM programme");
    db.exec("DELETE FROM setting WHERE key = 'mobilite.catalogue'");
    tx.commit();
}

const Programme *ProgrammeCatalogue::find(const QString &id) const
{
    for (const Programme &p : m_programmes) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}
