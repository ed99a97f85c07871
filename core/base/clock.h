// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Lianes {

/** The time every service and model reads: real time, or a time that tests, screenshots and
 *  `--now` pin. One clock is shared by the whole app (AppContext owns it); whoever keeps a "now"
 *  (a list of upcoming events, the observatory's period) reads it again on changed(). */
class Clock : public QObject
{
    Q_OBJECT
public:
    explicit Clock(QObject *parent = nullptr);

    /** The pinned time, or the current time. Read it when acting, never keep it. */
    [[nodiscard]] QDateTime now() const { return m_pinned.isValid() ? m_pinned : QDateTime::currentDateTime(); }
    [[nodiscard]] bool isPinned() const { return m_pinned.isValid(); }
    /** Pins the time (tests move it forward with this); an invalid time follows real time again. */
    void setNow(const QDateTime &now);

Q_SIGNALS:
    /** The time was pinned or moved, or a new day began in Paris (real time): "today",
     *  "upcoming" and "this week" may have changed. */
    void changed();

private:
    void armMidnight();

    QDateTime m_pinned;
    QTimer m_midnight;
};

} // namespace Lianes
