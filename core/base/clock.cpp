// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include "paristime.h"

using namespace Lianes;

Clock::Clock(QObject *parent)
    : QObject(parent)
{
    m_midnight.setSingleShot(true);
    m_midnight.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        armMidnight();
        Q_EMIT changed();
    });
    armMidnight();
}

void Clock::setNow(const QDateTime &now)
{
    m_pinned = now;
    armMidnight();
    Q_EMIT changed();
}

void Clock::armMidnight()
{
    if (isPinned()) {
        m_midnight.stop();
        return;
    }
    // The next midnight in Paris, where the network's days begin; a second later, to be past it.
    const QDateTime paris = ParisTime::toParis(QDateTime::currentDateTime());
    const QDateTime next(paris.date().addDays(1), QTime(0, 0, 1), paris.timeZone());
    m_midnight.start(std::chrono::milliseconds(qMax<qint64>(1000, QDateTime::currentDateTime().msecsTo(next))));
}
