// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Lianes {

/** A span of Paris calendar days (a year, or any from–to), or every date: what the observatory counts. */
class Period
{
public:
    /** Every date: no bound. */
    Period() = default;
    /** 1 January to 31 December of @p year, Paris time. */
    [[nodiscard]] static Period year(int year);
    /** From @p first to @p last inclusive, Paris calendar days. */
    [[nodiscard]] static Period days(QDate first, QDate last);

    [[nodiscard]] bool isAll() const { return !m_first.isValid(); }
    [[nodiscard]] QDate first() const { return m_first; }
    [[nodiscard]] QDate last() const { return m_last; }
    /** Whether it is exactly one calendar year (month labels then omit the year). */
    [[nodiscard]] bool isOneYear() const;
    /** Years touched, for projects dated by year only; INT bounds when isAll(). */
    [[nodiscard]] int firstYear() const;
    [[nodiscard]] int lastYear() const;

    /** Inclusive lower bound, in the database's UTC ISO format (Paris midnight of first()). */
    [[nodiscard]] QString utcStart() const;
    /** Exclusive upper bound (Paris midnight after last()). */
    [[nodiscard]] QString utcEnd() const;
    [[nodiscard]] bool contains(const QDateTime &moment) const;

    /** "2020", "du 1 mars 2020 au 30 juin 2020" or "toutes les années"; translated. */
    [[nodiscard]] QString label() const;

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_first == b.m_first && a.m_last == b.m_last;
    }

private:
    QDate m_first;
    QDate m_last;
};

} // namespace Lianes
