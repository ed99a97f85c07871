// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingstore.h"

#include "base/paristime.h"
#include "base/textfold.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)
};

// Filtering happens in SQL for the dates and staff, in C++ for the folded words (a few hundred rows).
QList<Meeting> query(const Database &db, const MeetingFilter &f, std::optional<qint64> id)
{
    auto q = db.prepare("SELECT id, subject, place, commune, online, staff, starts_at, duration_hours, participants, "
                        "notes FROM meeting WHERE (?1 IS NULL OR starts_at >= ?1) AND (?2 IS NULL OR starts_at < ?2) "
                        "AND (?3 = '' OR staff = ?3) AND (?4 IS NULL OR online = ?4) AND (?5 IS NULL OR id = ?5) "
                        "ORDER BY starts_at DESC, id DESC");
    q.bind(1, f.from.isValid() ? std::optional(ParisTime::toUtcIso(f.from)) : std::nullopt)
        .bind(2, f.to.isValid() ? std::optional(ParisTime::toUtcIso(f.to)) : std::nullopt)
        .bind(3, f.staff)
        .bind(4, f.online)
        .bind(5, id);
    const QStringList words = TextFold::words(f.text);
    QList<Meeting> out;
    while (q.step()) {
        Meeting m;
        m.id = q.integer(0);
        m.subject = q.text(1);
        m.place = q.text(2);
        if (!q.isNull(3)) {
            m.commune = q.text(3);
        }
        m.online = q.integer(4) != 0;
        m.staff = q.text(5);
        m.start = ParisTime::fromUtcIso(q.text(6));
        m.durationHours = q.real(7);
        m.participants = int(q.integer(8));
        m.notes = q.text(9);
        if (!words.isEmpty()) {
            const QString haystack = TextFold::fold(QString(m.subject + u' ' + m.place + u' ' + m.notes));
            if (!std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w); })) {
                continue;
            }
        }
        out.append(m);
    }
    if (id && !out.isEmpty()) {
        auto actors = db.prepare("SELECT actor FROM meeting_actor WHERE meeting = ? ORDER BY actor");
        actors.bind(1, *id);
        while (actors.step()) {
            out.first().actors.append(actors.integer(0));
        }
    }
    return out;
}
}

MeetingStore::MeetingStore(const Database &db)
    : m_db(db)
{
}

QStringList MeetingStore::validate(const Meeting &m) const
{
    QStringList errors;
    if (m.subject.trimmed().isEmpty()) {
        errors << u"subject: "_s + Tr::tr("Le sujet est obligatoire.");
    } else if (m.subject.size() > 200) {
        errors << u"subject: "_s + Tr::tr("Le sujet dépasse 200 caractères.");
    }
    if (!m.start.isValid()) {
        errors << u"start: "_s + Tr::tr("La date et l'heure sont obligatoires.");
    }
    if (m.durationHours < 0 || m.durationHours > 200) {
        errors << u"duration: "_s + Tr::tr("La durée va de 0 à 200 heures.");
    }
    if (m.participants < 0 || m.participants > 100000) {
        errors << u"participants: "_s + Tr::tr("Le nombre de participants est invalide.");
    }
    if (m.notes.size() > 5000) {
        errors << u"notes: "_s + Tr::tr("Les notes dépassent 5 000 caractères.");
    }
    return errors;
}

qint64 MeetingStore::save(const Meeting &m)
{
    if (!validate(m).isEmpty()) {
        return 0;
    }
    Transaction tx(m_db);
    qint64 id = m.id;
    if (id == 0) {
        auto q = m_db.prepare("INSERT INTO meeting(subject, place, commune, online, staff, starts_at, duration_hours, "
                              "participants, notes) VALUES(?,?,?,?,?,?,?,?,?)");
        q.bind(1, m.subject.trimmed()).bind(2, m.place.trimmed()).bind(3, m.commune).bind(4, m.online)
            .bind(5, m.staff.trimmed()).bind(6, ParisTime::toUtcIso(m.start)).bind(7, m.durationHours)
            .bind(8, m.participants).bind(9, m.notes);
        q.exec();
        id = m_db.lastInsertId();
    } else {
        auto q = m_db.prepare("UPDATE meeting SET subject = ?, place = ?, commune = ?, online = ?, staff = ?, "
                              "starts_at = ?, duration_hours = ?, participants = ?, notes = ? WHERE id = ?");
        q.bind(1, m.subject.trimmed()).bind(2, m.place.trimmed()).bind(3, m.commune).bind(4, m.online)
            .bind(5, m.staff.trimmed()).bind(6, ParisTime::toUtcIso(m.start)).bind(7, m.durationHours)
            .bind(8, m.participants).bind(9, m.notes).bind(10, id);
        q.exec();
        if (m_db.changes() == 0) {
            return 0;
        }
        auto clear = m_db.prepare("DELETE FROM meeting_actor WHERE meeting = ?");
        clear.bind(1, id).exec();
    }
    auto link = m_db.prepare("INSERT OR IGNORE INTO meeting_actor(meeting, actor) VALUES(?, ?)");
    for (const qint64 actor : m.actors) {
        link.bind(1, id).bind(2, actor).exec();
    }
    tx.commit();
    return id;
}

bool MeetingStore::remove(qint64 id)
{
    auto q = m_db.prepare("DELETE FROM meeting WHERE id = ?");
    q.bind(1, id).exec();
    return m_db.changes() > 0;
}

std::optional<Meeting> MeetingStore::get(qint64 id) const
{
    const auto found = query(m_db, {}, id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Meeting> MeetingStore::list(const MeetingFilter &filter) const
{
    return query(m_db, filter, std::nullopt);
}

MeetingTotals MeetingStore::totals(const MeetingFilter &filter) const
{
    MeetingTotals t;
    for (const auto &m : list(filter)) {
        ++t.meetings;
        t.participants += m.participants;
        t.hours += m.durationHours;
    }
    return t;
}

QStringList MeetingStore::staffNames() const
{
    auto q = m_db.prepare("SELECT DISTINCT staff FROM meeting WHERE staff <> '' ORDER BY staff");
    QStringList names;
    while (q.step()) {
        names << q.text(0);
    }
    return names;
}
