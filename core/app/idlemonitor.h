// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace Lianes {

/** Watches for touches, clicks and keys; after idleTimeout without any, asks "still there?" for
 *  countdown seconds, then requests a reset. The clock is injectable so tests don't wait. */
class IdleMonitor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.idle")
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(int idleTimeout READ idleTimeout WRITE setIdleTimeout NOTIFY idleTimeoutChanged)
    Q_PROPERTY(int countdown READ countdown WRITE setCountdown NOTIFY countdownChanged)
    Q_PROPERTY(bool warning READ isWarning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    /** Seconds without input before the countdown (default 90). */
    [[nodiscard]] int idleTimeout() const { return m_idleTimeout; }
    void setIdleTimeout(int seconds);
    /** Seconds of the "still there?" countdown (default 10). */
    [[nodiscard]] int countdown() const { return m_countdown; }
    void setCountdown(int seconds);
    [[nodiscard]] bool isWarning() const { return m_warning; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }

    /** Input happened: restart the idle period, dismiss a countdown. */
    Q_INVOKABLE void activity();
    /** Milliseconds since the epoch; tests replace it. */
    void setClock(std::function<qint64()> clock);
    /** Re-evaluates now (the timer does it every quarter second). */
    void evaluate();

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void enabledChanged();
    void idleTimeoutChanged();
    void countdownChanged();
    void warningChanged();
    void secondsLeftChanged();
    /** The countdown ran out: wipe the visitor's session. */
    void resetRequested();

private:
    void setWarning(bool warning);
    std::function<qint64()> m_clock;
    QTimer m_timer;
    qint64 m_lastActivity = 0;
    int m_idleTimeout = 90;
    int m_countdown = 10;
    int m_secondsLeft = 0;
    bool m_enabled = false;
    bool m_warning = false;
};

} // namespace Lianes
