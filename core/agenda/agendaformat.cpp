// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaformat.h"

#include "base/paristime.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgendaFormat)
};

QDate monday(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

QString hour(const QTime &t)
{
    return t.minute() == 0 ? Tr::tr("%1h", "heure pile").arg(t.hour())
                           : Tr::tr("%1h%2", "heure et minutes").arg(t.hour()).arg(t.minute(), 2, 10, QChar(u'0'));
}

} // namespace

QString AgendaFormat::day(const QDateTime &start, const QDateTime &now)
{
    const QDate d = ParisTime::toParis(start).date();
    const bool sameYear = d.year() == ParisTime::toParis(now).date().year();
    return QLocale().toString(d, sameYear ? u"dddd d MMMM"_s : u"dddd d MMMM yyyy"_s);
}

QString AgendaFormat::timeRange(const QDateTime &start, int durationMin)
{
    const QDateTime from = ParisTime::toParis(start);
    const QDateTime to = ParisTime::toParis(start.addSecs(qint64(durationMin) * 60));
    if (from.date() == to.date() || (to.time() == QTime(0, 0) && from.date().addDays(1) == to.date())) {
        if (from.time() == QTime(0, 0) && durationMin == 24 * 60) {
            return Tr::tr("toute la journée");
        }
        return hour(from.time()) + u" – "_s + hour(to.time());
    }
    const QLocale locale;
    // An all-day event ends at midnight: its last day is the day before.
    const QDate last = to.time() == QTime(0, 0) ? to.date().addDays(-1) : to.date();
    return locale.toString(from.date(), u"d MMM"_s) + u" → "_s + locale.toString(last, u"d MMM"_s);
}

QString AgendaFormat::section(const QDateTime &start, const QDateTime &now)
{
    const QDate d = ParisTime::toParis(start).date();
    const QDate today = ParisTime::toParis(now).date();
    const QLocale locale;
    if (start < now) {
        QString month = locale.toString(d, u"MMMM yyyy"_s);
        return month.left(1).toUpper() + month.mid(1);
    }
    const qint64 weeks = monday(today).daysTo(monday(d)) / 7;
    if (weeks == 0) {
        return Tr::tr("Cette semaine");
    }
    if (weeks == 1) {
        return Tr::tr("Semaine prochaine");
    }
    return Tr::tr("Semaine du %1").arg(locale.toString(monday(d), d.year() == today.year() ? u"d MMMM"_s : u"d MMMM yyyy"_s));
}
