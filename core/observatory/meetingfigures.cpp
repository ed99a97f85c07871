// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingfigures.h"

#include "base/paristime.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

struct Meeting {
    qint64 id;
    QString subject;
    QDateTime start; // Paris
    QString place;
    QString staff;
    double hours;
    int participants;
};

/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MeetingFigures)
};

// Groups meetings by a key, in first-seen order, then largest first.
template<typename KeyOf>
FigureRows groupBy(const QList<Meeting> &meetings, KeyOf keyOf)
{
    FigureRows rows;
    QHash<QString, qsizetype> index;
    for (const auto &m : meetings) {
        const QString key = keyOf(m);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, rows.size());
            rows.append({key, key, {}, {0, 0, 0}});
        }
        auto &row = rows[*it];
        row.measures[0] += 1;
        row.measures[1] += m.participants;
        row.measures[2] += m.hours;
    }
    Figures::sortByValue(rows);
    return rows;
}

FigureRows months(const QList<Meeting> &meetings, const Period &period)
{
    QMap<QDate, FigureRow> byMonth;
    for (const auto &m : meetings) {
        const QDate month(m.start.date().year(), m.start.date().month(), 1);
        auto &row = byMonth[month];
        if (row.measures.isEmpty()) {
            row.measures = {0, 0, 0};
        }
        row.measures[0] += 1;
        row.measures[1] += m.participants;
        row.measures[2] += m.hours;
    }
    QDate first = period.isAll() ? (byMonth.isEmpty() ? QDate() : byMonth.firstKey()) : period.first();
    const QDate last = period.isAll() ? (byMonth.isEmpty() ? QDate() : byMonth.lastKey()) : period.last();
    FigureRows rows;
    if (!first.isValid()) {
        return rows;
    }
    const QLocale locale;
    const bool sameYear = first.year() == last.year();
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        FigureRow row = byMonth.value(month);
        row.key = month.toString(u"yyyy-MM"_s);
        row.label = sameYear ? locale.monthName(month.month(), QLocale::ShortFormat)
                             : locale.toString(month, u"MMM yyyy"_s);
        if (row.measures.isEmpty()) {
            row.measures = {0, 0, 0};
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

MeetingFigures MeetingFigures::compute(const Database &db, const Period &period, int top)
{
    QList<Meeting> meetings;
    auto q = db.prepare("SELECT m.id, m.subject, m.starts_at, m.online, c.name, trim(m.place), trim(m.staff), "
                        "m.duration_hours, m.participants FROM meeting m LEFT JOIN commune c ON c.insee = m.commune "
                        "WHERE m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id");
    q.bind(1, period.utcStart()).bind(2, period.utcEnd());
    MeetingFigures f;
    while (q.step()) {
        QString place = q.integer(3) != 0 ? Tr::tr("En ligne") : q.text(4);
        if (place.isEmpty()) {
            place = q.text(5).isEmpty() ? Tr::tr("Lieu non précisé") : q.text(5);
        }
        const QString staff = q.text(6).isEmpty() ? Tr::tr("Non attribué") : q.text(6);
        meetings.append({q.integer(0), q.text(1), ParisTime::toParis(ParisTime::fromUtcIso(q.text(2))), place, staff,
                         q.real(7), int(q.integer(8))});
        f.online += q.integer(3) != 0 ? 1 : 0;
    }
    f.count = int(meetings.size());
    for (const auto &m : meetings) {
        f.participants += m.participants;
        f.hours += m.hours;
    }
    f.byMonth = months(meetings, period);
    f.byPlace = groupBy(meetings, [](const Meeting &m) { return m.place; });
    f.byStaff = groupBy(meetings, [](const Meeting &m) { return m.staff; });

    QList<Meeting> ranked = meetings; // already by date: a stable sort keeps the earliest first
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Meeting &a, const Meeting &b) { return a.participants > b.participants; });
    const QLocale locale;
    for (const auto &m : ranked.mid(0, std::max(0, top))) {
        f.mostAttended.append({QString::number(m.id), m.subject,
                               locale.toString(m.start.date(), u"d MMMM yyyy"_s) + u" · "_s + m.place,
                               {double(m.participants), m.hours}});
    }
    return f;
}
