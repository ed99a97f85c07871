// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfigures.h"

#include "base/paristime.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

// "29 septembre 2020 · Arras", in Paris time.
QString when(const QString &utcIso, const QString &place)
{
    const QDate day = ParisTime::toParis(ParisTime::fromUtcIso(utcIso)).date();
    const QString date = QLocale().toString(day, u"d MMMM yyyy"_s);
    return place.isEmpty() ? date : date + u" · "_s + place;
}

QString placeOf(const Statement &q, int online, int place, int commune)
{
    if (q.integer(online) != 0) {
        return QCoreApplication::translate("EventFigures", "En ligne");
    }
    return q.text(commune).isEmpty() ? q.text(place) : q.text(commune);
}

void countTrainings(const Database &db, const Period &period, EventFigures &f)
{
    auto q = db.prepare("SELECT e.id, e.title, e.starts_at, e.duration_min, e.attendance, e.online, trim(e.place), "
                        "c.name FROM event e LEFT JOIN commune c ON c.insee = e.commune "
                        "WHERE e.kind = 'formation' AND e.attendance IS NOT NULL "
                        "AND e.starts_at >= ? AND e.starts_at < ? ORDER BY e.starts_at, e.id");
    q.bind(1, period.utcStart()).bind(2, period.utcEnd());
    while (q.step()) {
        const double hours = double(q.integer(3)) / 60.0;
        const int participants = int(q.integer(4));
        f.trainingList.append({QString::number(q.integer(0)), q.text(1), when(q.text(2), placeOf(q, 5, 6, 7)),
                               {double(participants), hours}});
        ++f.trainings;
        f.trainingHours += hours;
        f.trainingParticipants += participants;
    }
}

void countRegistrations(const Database &db, const Period &period, EventFigures &f)
{
    auto q = db.prepare(
        "SELECT e.id, e.title, e.starts_at, e.online, trim(e.place), c.name, "
        "count(*) FILTER (WHERE r.status = 'confirmed'), count(*) FILTER (WHERE r.status = 'waiting'), "
        "count(*) FILTER (WHERE r.status = 'cancelled'), "
        "count(*) FILTER (WHERE r.status = 'confirmed' AND r.checked_in_at IS NOT NULL) "
        "FROM event e JOIN registration r ON r.event = e.id LEFT JOIN commune c ON c.insee = e.commune "
        "WHERE e.starts_at >= ? AND e.starts_at < ? GROUP BY e.id ORDER BY e.starts_at, e.id");
    q.bind(1, period.utcStart()).bind(2, period.utcEnd());
    while (q.step()) {
        const QList<double> counts{double(q.integer(6)), double(q.integer(7)), double(q.integer(8)),
                                   double(q.integer(9))};
        f.registrationsByEvent.append({QString::number(q.integer(0)), q.text(1), when(q.text(2), placeOf(q, 3, 4, 5)),
                                       counts});
        f.confirmed += int(counts[0]);
        f.waiting += int(counts[1]);
        f.cancelled += int(counts[2]);
        f.checkedIn += int(counts[3]);
    }
}

} // namespace

EventFigures EventFigures::compute(const Database &db, const Period &period)
{
    EventFigures f;
    countTrainings(db, period, f);
    countRegistrations(db, period, f);
    return f;
}
