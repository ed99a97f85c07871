// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoloader.h"

#include "base/logging.h"
#include "base/paristime.h"
#include "geo/gazetteer.h"
#include "storage/database.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

constexpr auto LoadedKey = "demo.loaded_at";

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

std::optional<QString> optStr(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString() && !v.toString().isEmpty()) {
        return v.toString();
    }
    return std::nullopt;
}

// Resolves a commune named in the demo file: exact INSEE when given, else by name (+ département).
std::optional<Commune> commune(const Gazetteer &gazetteer, const QJsonObject &o)
{
    if (const auto insee = optStr(o, "insee"_L1)) {
        return gazetteer.byInsee(*insee);
    }
    const auto name = optStr(o, "commune"_L1);
    if (!name) {
        return std::nullopt;
    }
    const auto r = gazetteer.resolve(*name, {}, str(o, "departement"_L1));
    if (r.status != Gazetteer::Result::Found) {
        qCWarning(LOG_DATA) << "demo: commune not resolved:" << *name;
        return std::nullopt;
    }
    return r.commune;
}

class Loader
{
public:
    Loader(const Database &db, const QDateTime &now)
        : m_db(db)
        , m_gazetteer(db)
        , m_now(now)
    {
    }

    void actors(const QJsonArray &items, DemoLoadResult &r)
    {
        auto insert = m_db.prepare(
            "INSERT INTO actor(external_id, name, type, member, description, address, commune, departement, "
            "lat, lon, email, phone, website, source, demo) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,1) "
            "ON CONFLICT(external_id) DO NOTHING");
        auto theme = m_db.prepare("INSERT OR IGNORE INTO actor_theme(actor, theme) VALUES(?, ?)");
        auto country = m_db.prepare("INSERT OR IGNORE INTO actor_country(actor, country) VALUES(?, ?)");
        for (const auto &item : items) {
            const QJsonObject a = item.toObject();
            const auto c = commune(m_gazetteer, a);
            insert.bind(1, u"demo:actor:"_s + str(a, "key"_L1))
                .bind(2, str(a, "name"_L1))
                .bind(3, str(a, "type"_L1))
                .bind(4, a.value("member"_L1).toBool())
                .bind(5, str(a, "description"_L1))
                .bind(6, str(a, "address"_L1))
                .bind(7, c ? std::optional(c->insee) : std::nullopt)
                .bind(8, c ? std::optional(c->departement) : optStr(a, "departement"_L1))
                .bind(9, c ? std::optional(c->lat) : std::nullopt)
                .bind(10, c ? std::optional(c->lon) : std::nullopt)
                .bind(11, str(a, "email"_L1))
                .bind(12, str(a, "phone"_L1))
                .bind(13, str(a, "website"_L1))
                .bind(14, str(a, "source"_L1));
            insert.exec();
            if (m_db.changes() == 0) {
                continue;
            }
            const qint64 id = m_db.lastInsertId();
            m_actorIds.insert(str(a, "key"_L1), id);
            ++r.actors;
            r.located += c ? 1 : 0;
            for (const auto &t : a.value("themes"_L1).toArray()) {
                theme.bind(1, id).bind(2, t.toString()).exec();
            }
            for (const auto &k : a.value("countries"_L1).toArray()) {
                country.bind(1, id).bind(2, k.toString()).exec();
            }
        }
    }

    void projects(const QJsonArray &items, DemoLoadResult &r)
    {
        auto insert = m_db.prepare(
            "INSERT INTO project(external_id, title, kind, description, year_start, year_end, amount_eur, "
            "audience, source, demo) VALUES(?,?,?,?,?,?,?,?,?,1) ON CONFLICT(external_id) DO NOTHING");
        auto theme = m_db.prepare("INSERT OR IGNORE INTO project_theme(project, theme) VALUES(?, ?)");
        auto country = m_db.prepare("INSERT OR IGNORE INTO project_country(project, country) VALUES(?, ?)");
        auto actor = m_db.prepare("INSERT OR IGNORE INTO project_actor(project, actor, role) VALUES(?, ?, ?)");
        for (const auto &item : items) {
            const QJsonObject p = item.toObject();
            insert.bind(1, u"demo:project:"_s + str(p, "key"_L1))
                .bind(2, str(p, "title"_L1))
                .bind(3, str(p, "kind"_L1))
                .bind(4, str(p, "description"_L1))
                .bindVariant(5, p.value("year_start"_L1).toVariant())
                .bindVariant(6, p.value("year_end"_L1).toVariant())
                .bindVariant(7, p.value("amount_eur"_L1).toVariant())
                .bind(8, str(p, "audience"_L1))
                .bind(9, str(p, "source"_L1));
            insert.exec();
            if (m_db.changes() == 0) {
                continue;
            }
            const qint64 id = m_db.lastInsertId();
            ++r.projects;
            for (const auto &t : p.value("themes"_L1).toArray()) {
                theme.bind(1, id).bind(2, t.toString()).exec();
            }
            for (const auto &k : p.value("countries"_L1).toArray()) {
                country.bind(1, id).bind(2, k.toString()).exec();
            }
            if (const auto lead = m_actorIds.value(str(p, "lead"_L1)); lead) {
                actor.bind(1, id).bind(2, lead).bind(3, u"lead"_s).exec();
            }
            for (const auto &k : p.value("partners"_L1).toArray()) {
                if (const auto partner = m_actorIds.value(k.toString()); partner) {
                    actor.bind(1, id).bind(2, partner).bind(3, u"partner"_s).exec();
                }
            }
        }
    }

    void meetings(const QJsonArray &items, DemoLoadResult &r)
    {
        auto insert = m_db.prepare("INSERT INTO meeting(subject, place, commune, online, staff, starts_at, "
                                   "duration_hours, participants, source, demo) VALUES(?,?,?,?,?,?,?,?,?,1)");
        for (const auto &item : items) {
            const QJsonObject m = item.toObject();
            const auto c = commune(m_gazetteer, m);
            const QDateTime start = ParisTime::fromLocalIso(str(m, "start"_L1));
            insert.bind(1, str(m, "subject"_L1))
                .bind(2, str(m, "place"_L1))
                .bind(3, c ? std::optional(c->insee) : std::nullopt)
                .bind(4, m.value("online"_L1).toBool())
                .bind(5, str(m, "staff"_L1))
                .bind(6, ParisTime::toUtcIso(start))
                .bind(7, m.value("duration_hours"_L1).toDouble())
                .bind(8, m.value("participants"_L1).toInt())
                .bind(9, m.value("source"_L1).toString(u"Annexe : liste des réunions"_s))
                .exec();
            ++r.meetings;
        }
    }

    void event(const QJsonObject &e, const QString &uid, const QString &kind, const QDateTime &start,
               int durationMin, std::optional<int> attendance)
    {
        auto insert = m_db.prepare(
            "INSERT INTO event(uid, title, description, kind, starts_at, duration_min, online, url, place, "
            "commune, organiser, organiser_actor, audience, capacity, registration_opens, registration_closes, "
            "festisol, attendance, source, demo) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1) "
            "ON CONFLICT(uid) DO NOTHING");
        const auto c = commune(m_gazetteer, e);
        const QString organiserKey = e.value("organiser"_L1).toString(u"lianes-cooperation"_s);
        const qint64 organiser = m_actorIds.value(organiserKey);
        insert.bind(1, uid)
            .bind(2, str(e, "title"_L1))
            .bind(3, str(e, "description"_L1))
            .bind(4, kind)
            .bind(5, ParisTime::toUtcIso(start))
            .bind(6, durationMin)
            .bind(7, e.value("online"_L1).toBool())
            .bind(8, str(e, "url"_L1))
            .bind(9, str(e, "place"_L1))
            .bind(10, c ? std::optional(c->insee) : std::nullopt)
            .bind(11, str(e, "staff"_L1).isEmpty() ? u"Lianes coopération"_s
                                                    : u"Lianes coopération (%1)"_s.arg(str(e, "staff"_L1)))
            .bind(12, organiser ? std::optional(organiser) : std::nullopt)
            .bind(13, str(e, "audience"_L1))
            .bindVariant(14, e.value("capacity"_L1).toVariant())
            .bind(15, ParisTime::toUtcIso(start.addDays(-30)))
            .bind(16, ParisTime::toUtcIso(start.addSecs(-3600)))
            .bind(17, e.value("festisol"_L1).toBool() || kind == "festisol"_L1)
            .bind(18, attendance)
            .bind(19, str(e, "source"_L1))
            .exec();
    }

    void trainings(const QJsonArray &items, DemoLoadResult &r)
    {
        int index = 0;
        for (const auto &item : items) {
            const QJsonObject t = item.toObject();
            // The trainings list gives a date only: they are placed at 09:00, Paris time.
            const QDateTime start = ParisTime::fromLocalIso(str(t, "date"_L1) + u"T09:00"_s);
            const int hours = t.value("hours"_L1).toInt();
            event(t, u"demo-formation-2020-%1@lianescooperation.org"_s.arg(++index), u"formation"_s, start,
                  std::max(hours, 1) * 60, t.value("participants"_L1).toInt());
            r.trainings += m_db.changes();
        }
    }

    void upcoming(const QJsonArray &items, DemoLoadResult &r)
    {
        const QDate today = ParisTime::toParis(m_now).date();
        for (const auto &item : items) {
            const QJsonObject e = item.toObject();
            const QDate day = today.addDays(e.value("days_from_now"_L1).toInt());
            const QDateTime start = ParisTime::fromLocalIso(day.toString(Qt::ISODate) + u'T'
                                                            + e.value("time"_L1).toString(u"14:00"_s));
            event(e, u"demo-"_s + str(e, "key"_L1) + u"@lianescooperation.org"_s, str(e, "kind"_L1), start,
                  e.value("duration_min"_L1).toInt(120), std::nullopt);
            r.upcoming += m_db.changes();
        }
    }

private:
    const Database &m_db;
    Gazetteer m_gazetteer;
    QDateTime m_now;
    QHash<QString, qint64> m_actorIds;
};

} // namespace

DemoLoadResult DemoLoader::load(const Database &db, const QByteArray &json, const QDateTime &now)
{
    DemoLoadResult r;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        r.error = parseError.errorString();
        return r;
    }
    const QJsonObject root = doc.object();
    try {
        Transaction tx(db);
        Loader loader(db, now);
        loader.actors(root.value("actors"_L1).toArray(), r);
        loader.projects(root.value("projects"_L1).toArray(), r);
        loader.meetings(root.value("meetings"_L1).toArray(), r);
        loader.trainings(root.value("trainings"_L1).toArray(), r);
        loader.upcoming(root.value("upcoming"_L1).toArray(), r);
        db.setSetting(QLatin1StringView(LoadedKey), now.toUTC().toString(Qt::ISODate));
        tx.commit();
        r.loaded = true;
    } catch (const SqlError &e) {
        r = {};
        r.error = e.message();
    }
    return r;
}

DemoLoadResult DemoLoader::loadIfNeeded(const Database &db, const QDateTime &now)
{
    if (!db.setting(QLatin1StringView(LoadedKey)).isEmpty()) {
        return {};
    }
    QFile file(u":/lianes/demo/demo.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        DemoLoadResult r;
        r.error = u"demo.json missing from the resources"_s;
        return r;
    }
    const auto r = load(db, file.readAll(), now);
    if (r.loaded) {
        qCInfo(LOG_DATA) << "demo data loaded:" << r.actors << "actors," << r.projects << "projects,"
                         << r.meetings << "meetings," << r.upcoming << "upcoming events";
    } else {
        qCWarning(LOG_DATA) << "demo data not loaded:" << r.error;
    }
    return r;
}
