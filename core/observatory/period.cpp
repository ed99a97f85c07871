// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include "base/paristime.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

using namespace Lianes;
using namespace Qt::StringLiterals;

Period Period::year(int year)
{
    return days(QDate(year, 1, 1), QDate(year, 12, 31));
}

Period Period::days(QDate first, QDate last)
{
    Period p;
    if (first.isValid() && last.isValid() && first <= last) {
        p.m_first = first;
        p.m_last = last;
    }
    return p;
}

bool Period::isOneYear() const
{
    return !isAll() && m_first == QDate(m_first.year(), 1, 1) && m_last == QDate(m_first.year(), 12, 31);
}

int Period::firstYear() const
{
    return isAll() ? std::numeric_limits<int>::min() : m_first.year();
}

int Period::lastYear() const
{
    return isAll() ? std::numeric_limits<int>::max() : m_last.year();
}

QString Period::utcStart() const
{
    // Sorts before any stored timestamp.
    return isAll() ? u"0000-01-01T00:00:00Z"_s
                   : ParisTime::toUtcIso(QDateTime(m_first, QTime(0, 0), ParisTime::zone()));
}

QString Period::utcEnd() const
{
    return isAll() ? u"9999-12-31T23:59:59Z"_s
                   : ParisTime::toUtcIso(QDateTime(m_last.addDays(1), QTime(0, 0), ParisTime::zone()));
}

bool Period::contains(const QDateTime &moment) const
{
    if (!moment.isValid()) {
        return false;
    }
    if (isAll()) {
        return true;
    }
    const QDate day = ParisTime::toParis(moment).date();
    return day >= m_first && day <= m_last;
}

QString Period::label() const
{
    if (isAll()) {
        return QCoreApplication::translate("Period", "toutes les années");
    }
    if (isOneYear()) {
        return QString::number(m_first.year());
    }
    const QLocale locale;
    return QCoreApplication::translate("Period", "du %1 au %2")
        .arg(locale.toString(m_first, u"d MMMM yyyy"_s), locale.toString(m_last, u"d MMMM yyyy"_s));
}
