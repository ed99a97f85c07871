// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/csvwriter.h"
#include "csvexport.h"

#include "base/paristime.h"
#include "base/vocabulary.h"
#include "importfields.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

using F = ImportField;

QString yesNo(bool value)
{
    return value ? u"oui"_s : u"non"_s;
}

// French Excel reads "50,63" as a number, "50.63" as text.
QString decimal(const Statement &q, int column)
{
    if (q.isNull(column)) {
        return {};
    }
    return QString::number(q.real(column), 'g', QLocale::FloatingPointShortest).replace(u'.', u',');
}

QString integerOrEmpty(const Statement &q, int column)
{
    return q.isNull(column) ? QString() : QString::number(q.integer(column));
}

QString parisDateTime(const QString &utcIso)
{
    const QDateTime t = QDateTime::fromString(utcIso, Qt::ISODate);
    return t.isValid() ? ParisTime::toParis(t).toString(u"dd/MM/yyyy HH:mm"_s) : utcIso;
}

QByteArray actors(const Database &db)
{
    CsvWriter csv;
    QStringList headers;
    for (const F f : ImportFields::fields(ImportEntity::Actors)) {
        headers.append(ImportFields::header(f));
    }
    headers << u"Latitude"_s << u"Longitude"_s << u"Mis à jour le"_s;
    csv.addRow(headers);
    auto q = db.prepare(
        "SELECT a.external_id, a.name, a.type, a.member, a.description, a.address, c.name, c.postal_code, "
        "a.departement, a.commune, "
        "(SELECT group_concat(theme, ';') FROM (SELECT theme FROM actor_theme WHERE actor = a.id ORDER BY theme)), "
        "(SELECT group_concat(k.name_fr, ';') FROM (SELECT country FROM actor_country WHERE actor = a.id "
        "  ORDER BY country) ac JOIN country k ON k.iso2 = ac.country), "
        "a.website, a.email, a.phone, a.lat, a.lon, a.updated_at "
        "FROM actor a LEFT JOIN commune c ON c.insee = a.commune ORDER BY a.id");
    while (q.step()) {
        QStringList themes;
        for (const QString &code : q.text(10).split(u';', Qt::SkipEmptyParts)) {
            themes.append(Vocabulary::themeLabel(code));
        }
        csv.addRow({q.text(0), q.text(1), Vocabulary::actorTypeLabel(q.text(2)), yesNo(q.integer(3)), q.text(4),
                      q.text(5), q.text(6), q.text(7), q.text(8), q.text(9), themes.join(u"; "_s),
                      q.text(11).replace(u';', u"; "_s), q.text(12), q.text(13), q.text(14), decimal(q, 15),
                      decimal(q, 16), parisDateTime(q.text(17))});
    }
    return csv.data();
}

QByteArray projects(const Database &db)
{
    CsvWriter csv;
    QStringList headers;
    for (const F f : ImportFields::fields(ImportEntity::Projects)) {
        headers.append(ImportFields::header(f));
    }
    csv.addRow(headers);
    // Lead and partners are written by external id when they have one (unambiguous on re-import),
    // by name otherwise.
    auto q = db.prepare(
        "SELECT p.external_id, p.title, p.kind, p.description, p.year_start, p.year_end, p.amount_eur, p.audience, "
        "(SELECT group_concat(theme, ';') FROM (SELECT theme FROM project_theme WHERE project = p.id ORDER BY theme)), "
        "(SELECT group_concat(k.name_fr, ';') FROM (SELECT country FROM project_country WHERE project = p.id "
        "  ORDER BY country) pc JOIN country k ON k.iso2 = pc.country), "
        "(SELECT group_concat(coalesce(a.external_id, a.name), ';') FROM project_actor pa JOIN actor a "
        "  ON a.id = pa.actor WHERE pa.project = p.id AND pa.role = 'lead'), "
        "(SELECT group_concat(coalesce(a.external_id, a.name), '; ') FROM (SELECT actor FROM project_actor "
        "  WHERE project = p.id AND role = 'partner' ORDER BY actor) pa JOIN actor a ON a.id = pa.actor) "
        "FROM project p ORDER BY p.id");
    while (q.step()) {
        QStringList themes;
        for (const QString &code : q.text(8).split(u';', Qt::SkipEmptyParts)) {
            themes.append(Vocabulary::themeLabel(code));
        }
        csv.addRow({q.text(0), q.text(1), q.text(2), q.text(3), integerOrEmpty(q, 4), integerOrEmpty(q, 5),
                      decimal(q, 6), q.text(7), themes.join(u"; "_s), q.text(9).replace(u';', u"; "_s), q.text(10),
                      q.text(11)});
    }
    return csv.data();
}

QByteArray events(const Database &db)
{
    CsvWriter csv;
    csv.addRow({u"Identifiant"_s, u"Titre"_s, u"Type"_s, u"Début"_s, u"Durée (min)"_s, u"En ligne"_s,
                  u"Lieu"_s, u"Commune"_s, u"Organisateur"_s, u"Public"_s, u"Places"_s, u"Festisol"_s,
                  u"Participants"_s, u"Description"_s, u"Lien"_s});
    auto q = db.prepare("SELECT e.uid, e.title, e.kind, e.starts_at, e.duration_min, e.online, e.place, c.name, "
                        "e.organiser, e.audience, e.capacity, e.festisol, e.attendance, e.description, e.url "
                        "FROM event e LEFT JOIN commune c ON c.insee = e.commune ORDER BY e.starts_at, e.id");
    while (q.step()) {
        csv.addRow({q.text(0), q.text(1), q.text(2), parisDateTime(q.text(3)), integerOrEmpty(q, 4),
                      yesNo(q.integer(5)), q.text(6), q.text(7), q.text(8), q.text(9), integerOrEmpty(q, 10),
                      yesNo(q.integer(11)), integerOrEmpty(q, 12), q.text(13), q.text(14)});
    }
    return csv.data();
}

QByteArray meetings(const Database &db)
{
    CsvWriter csv;
    csv.addRow({u"Date"_s, u"Sujet"_s, u"Lieu"_s, u"Commune"_s, u"En ligne"_s, u"Équipe"_s, u"Durée (h)"_s,
                  u"Participants"_s, u"Acteurs concernés"_s, u"Notes"_s});
    auto q = db.prepare("SELECT m.starts_at, m.subject, m.place, c.name, m.online, m.staff, m.duration_hours, "
                        "m.participants, (SELECT group_concat(a.name, '; ') FROM meeting_actor ma JOIN actor a "
                        "ON a.id = ma.actor WHERE ma.meeting = m.id), m.notes "
                        "FROM meeting m LEFT JOIN commune c ON c.insee = m.commune ORDER BY m.starts_at, m.id");
    while (q.step()) {
        csv.addRow({parisDateTime(q.text(0)), q.text(1), q.text(2), q.text(3), yesNo(q.integer(4)), q.text(5),
                      decimal(q, 6), integerOrEmpty(q, 7), q.text(8), q.text(9)});
    }
    return csv.data();
}

} // namespace

QStringList CsvExport::entities()
{
    return {u"acteurs"_s, u"projets"_s, u"evenements"_s, u"reunions"_s};
}

std::optional<QByteArray> CsvExport::exportEntity(const Database &db, const QString &entity)
{
    if (entity == "acteurs"_L1 || entity == "actors"_L1) {
        return actors(db);
    }
    if (entity == "projets"_L1 || entity == "projects"_L1) {
        return projects(db);
    }
    if (entity == "evenements"_L1 || entity == "events"_L1) {
        return events(db);
    }
    if (entity == "reunions"_L1 || entity == "meetings"_L1) {
        return meetings(db);
    }
    return std::nullopt;
}
