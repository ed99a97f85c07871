// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Lianes {

class Database;

/** One event of the agenda, as stored (times in UTC), with its commune's name and position when known. */
struct AgendaEvent {
    qint64 id = 0;
    QString uid;
    QString seriesUid; ///< iCalendar UID of the series an imported occurrence belongs to; empty otherwise
    QString title;
    QString description;
    QString kind; ///< webinaire, formation, reunion_information, commission, rencontre, festisol
    QDateTime start;
    int durationMin = 60;
    bool online = false;
    QString url;
    QString place;
    std::optional<QString> commune; ///< INSEE code
    QString organiser;
    std::optional<qint64> organiserActor;
    QString audience;
    std::optional<int> capacity; ///< none: no limit
    QDateTime registrationOpens; ///< invalid: open now
    QDateTime registrationCloses; ///< invalid: until the start
    bool festisol = false;
    QString source;
    bool demo = false;
    // Read only, from the commune table.
    QString communeName;
    QString departement;
    std::optional<double> lat;
    std::optional<double> lon;

    [[nodiscard]] QDateTime end() const { return start.addSecs(qint64(durationMin) * 60); }
    /** "MRES, Lille" or "Arras": the place with its commune, as people write it. */
    [[nodiscard]] QString locationText() const;
};

/** Event kinds of the network's agenda (the report's formats) and their labels. */
namespace EventKind {
[[nodiscard]] QStringList codes();
[[nodiscard]] QString label(const QString &code);
/** The code for a label, a code or a word of a title ("Webinaire : …" → webinaire); empty when none fits. */
[[nodiscard]] QString guess(const QString &text);
}

/** Reads and writes events; writes run inside the caller's transaction. */
namespace EventStore {
[[nodiscard]] std::optional<AgendaEvent> byId(const Database &db, qint64 id);
[[nodiscard]] std::optional<AgendaEvent> byUid(const Database &db, const QString &uid);
/** The uids of a series (imported recurring event, or a single event's own uid). */
[[nodiscard]] QStringList seriesUids(const Database &db, const QString &seriesUid);
/** Inserts, or replaces the event with the same uid (its id and registrations kept). Returns the id and
 *  whether it was new. */
qint64 upsert(const Database &db, const AgendaEvent &event, const QString &updatedAtUtcIso, bool *added = nullptr);
/** Active (not cancelled) registrations of an event. */
[[nodiscard]] int activeRegistrations(const Database &db, qint64 id);
}

} // namespace Lianes
