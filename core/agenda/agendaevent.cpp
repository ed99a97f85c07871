// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaevent.h"

#include "base/paristime.h"
#include "base/textfold.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Columns =
    "SELECT e.id, e.uid, e.series_uid, e.title, e.description, e.kind, e.starts_at, e.duration_min, e.online, "
    "e.url, e.place, e.commune, e.organiser, e.organiser_actor, e.audience, e.capacity, e.registration_opens, "
    "e.registration_closes, e.festisol, e.source, e.demo, c.name, c.departement, c.lat, c.lon "
    "FROM event e LEFT JOIN commune c ON c.insee = e.commune ";

QDateTime optionalTime(const Statement &q, int column)
{
    return q.isNull(column) ? QDateTime() : ParisTime::fromUtcIso(q.text(column));
}

AgendaEvent read(const Statement &q)
{
    AgendaEvent e;
    e.id = q.integer(0);
    e.uid = q.text(1);
    e.seriesUid = q.text(2);
    e.title = q.text(3);
    e.description = q.text(4);
    e.kind = q.text(5);
    e.start = ParisTime::fromUtcIso(q.text(6));
    e.durationMin = int(q.integer(7));
    e.online = q.integer(8) != 0;
    e.url = q.text(9);
    e.place = q.text(10);
    if (!q.isNull(11)) {
        e.commune = q.text(11);
    }
    e.organiser = q.text(12);
    if (!q.isNull(13)) {
        e.organiserActor = q.integer(13);
    }
    e.audience = q.text(14);
    if (!q.isNull(15)) {
        e.capacity = int(q.integer(15));
    }
    e.registrationOpens = optionalTime(q, 16);
    e.registrationCloses = optionalTime(q, 17);
    e.festisol = q.integer(18) != 0;
    e.source = q.text(19);
    e.demo = q.integer(20) != 0;
    e.communeName = q.text(21);
    e.departement = q.text(22);
    if (!q.isNull(23)) {
        e.lat = q.real(23);
        e.lon = q.real(24);
    }
    return e;
}

std::optional<QString> optionalIso(const QDateTime &dt)
{
    return dt.isValid() ? std::optional(ParisTime::toUtcIso(dt)) : std::nullopt;
}

} // namespace

QString AgendaEvent::locationText() const
{
    if (place.isEmpty()) {
        return communeName;
    }
    if (communeName.isEmpty() || TextFold::fold(place).contains(TextFold::fold(communeName))) {
        return place;
    }
    return place + u", "_s + communeName;
}

QStringList EventKind::codes()
{
    return {u"webinaire"_s, u"formation"_s, u"reunion_information"_s, u"commission"_s, u"rencontre"_s, u"festisol"_s};
}

QString EventKind::label(const QString &code)
{
    static const char *const labels[] = {QT_TRANSLATE_NOOP("EventKind", "Webinaire"),
                                         QT_TRANSLATE_NOOP("EventKind", "Formation"),
                                         QT_TRANSLATE_NOOP("EventKind", "Réunion d'information"),
                                         QT_TRANSLATE_NOOP("EventKind", "Commission, groupe de travail"),
                                         QT_TRANSLATE_NOOP("EventKind", "Rencontre"),
                                         QT_TRANSLATE_NOOP("EventKind", "Festival des Solidarités")};
    const auto i = codes().indexOf(code);
    return i < 0 ? code : QCoreApplication::translate("EventKind", labels[i]);
}

QString EventKind::guess(const QString &text)
{
    const QString folded = TextFold::fold(text);
    if (folded.isEmpty()) {
        return {};
    }
    if (codes().contains(text.trimmed())) {
        return text.trimmed();
    }
    // Most specific first: a Festisol webinar is a Festisol event.
    const QList<std::pair<const char *, const char *>> words{
        {"festisol", "festisol"},
        {"festival des solidarites", "festisol"},
        {"reunion d information", "reunion_information"},
        {"reunion information", "reunion_information"},
        {"reunion_information", "reunion_information"},
        {"webinaire", "webinaire"},
        {"webinar", "webinaire"},
        {"formation", "formation"},
        {"commission", "commission"},
        {"groupe de travail", "commission"},
        {"rencontre", "rencontre"},
    };
    for (const auto &[word, code] : words) {
        if (QString(u' ' + folded + u' ').contains(QString(u' ' + QString::fromLatin1(word) + u' '))) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

std::optional<AgendaEvent> EventStore::byId(const Database &db, qint64 id)
{
    const QByteArray sql = QByteArray(Columns) + QByteArray("WHERE e.id = ?");
    auto q = db.prepare(sql.constData());
    q.bind(1, id);
    return q.step() ? std::optional(read(q)) : std::nullopt;
}

std::optional<AgendaEvent> EventStore::byUid(const Database &db, const QString &uid)
{
    const QByteArray sql = QByteArray(Columns) + QByteArray("WHERE e.uid = ?");
    auto q = db.prepare(sql.constData());
    q.bind(1, uid);
    return q.step() ? std::optional(read(q)) : std::nullopt;
}

QStringList EventStore::seriesUids(const Database &db, const QString &seriesUid)
{
    auto q = db.prepare("SELECT uid FROM event WHERE series_uid = ? OR uid = ? ORDER BY starts_at");
    q.bind(1, seriesUid).bind(2, seriesUid);
    QStringList uids;
    while (q.step()) {
        uids << q.text(0);
    }
    return uids;
}

qint64 EventStore::upsert(const Database &db, const AgendaEvent &e, const QString &updatedAtUtcIso, bool *added)
{
    auto q = db.prepare(
        "INSERT INTO event(uid, series_uid, title, description, kind, starts_at, duration_min, online, url, place, "
        "commune, organiser, organiser_actor, audience, capacity, registration_opens, registration_closes, festisol, "
        "source, demo, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(uid) DO UPDATE SET series_uid = excluded.series_uid, title = excluded.title, "
        "description = excluded.description, kind = excluded.kind, starts_at = excluded.starts_at, "
        "duration_min = excluded.duration_min, online = excluded.online, url = excluded.url, place = excluded.place, "
        "commune = excluded.commune, organiser = excluded.organiser, organiser_actor = excluded.organiser_actor, "
        "audience = excluded.audience, capacity = excluded.capacity, registration_opens = excluded.registration_opens, "
        "registration_closes = excluded.registration_closes, festisol = excluded.festisol, source = excluded.source, "
        "demo = excluded.demo, updated_at = excluded.updated_at "
        "RETURNING id");
    const bool before = [&] {
        auto exists = db.prepare("SELECT 1 FROM event WHERE uid = ?");
        exists.bind(1, e.uid);
        return exists.step();
    }();
    q.bind(1, e.uid)
        .bind(2, e.seriesUid.isEmpty() ? std::nullopt : std::optional(e.seriesUid))
        .bind(3, e.title)
        .bind(4, e.description)
        .bind(5, e.kind)
        .bind(6, ParisTime::toUtcIso(e.start))
        .bind(7, e.durationMin)
        .bind(8, e.online)
        .bind(9, e.url)
        .bind(10, e.place)
        .bind(11, e.commune)
        .bind(12, e.organiser)
        .bind(13, e.organiserActor)
        .bind(14, e.audience)
        .bind(15, e.capacity)
        .bind(16, optionalIso(e.registrationOpens))
        .bind(17, optionalIso(e.registrationCloses))
        .bind(18, e.festisol)
        .bind(19, e.source)
        .bind(20, e.demo)
        .bind(21, updatedAtUtcIso);
    q.step();
    const qint64 id = q.integer(0);
    q.reset();
    if (added) {
        *added = !before;
    }
    return id;
}

int EventStore::activeRegistrations(const Database &db, qint64 id)
{
    auto q = db.prepare("SELECT count(*) FROM registration WHERE event = ? AND status <> 'cancelled'");
    q.bind(1, id);
    q.step();
    return int(q.integer(0));
}
