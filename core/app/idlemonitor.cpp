// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlemonitor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

using namespace Lianes;

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::evaluate);
}

IdleMonitor::~IdleMonitor()
{
    if (m_enabled && QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleMonitor::setEnabled(bool enabled)
{
    if (enabled == m_enabled) {
        return;
    }
    m_enabled = enabled;
    if (auto *app = QCoreApplication::instance()) {
        if (enabled) {
            app->installEventFilter(this);
        } else {
            app->removeEventFilter(this);
        }
    }
    if (enabled) {
        m_lastActivity = m_clock();
        m_timer.start();
    } else {
        m_timer.stop();
        setWarning(false);
    }
    Q_EMIT enabledChanged();
}

void IdleMonitor::setIdleTimeout(int seconds)
{
    seconds = std::max(5, seconds);
    if (seconds != m_idleTimeout) {
        m_idleTimeout = seconds;
        Q_EMIT idleTimeoutChanged();
    }
}

void IdleMonitor::setCountdown(int seconds)
{
    seconds = std::max(1, seconds);
    if (seconds != m_countdown) {
        m_countdown = seconds;
        Q_EMIT countdownChanged();
    }
}

void IdleMonitor::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    m_lastActivity = m_clock();
}

void IdleMonitor::activity()
{
    m_lastActivity = m_clock();
    setWarning(false);
}

void IdleMonitor::setWarning(bool warning)
{
    if (warning != m_warning) {
        m_warning = warning;
        Q_EMIT warningChanged();
    }
}

void IdleMonitor::evaluate()
{
    if (!m_enabled) {
        return;
    }
    const qint64 idleMs = m_clock() - m_lastActivity;
    const qint64 warnAt = qint64(m_idleTimeout) * 1000;
    const qint64 resetAt = warnAt + qint64(m_countdown) * 1000;
    if (idleMs >= resetAt) {
        setWarning(false);
        m_lastActivity = m_clock();
        Q_EMIT resetRequested();
        return;
    }
    if (idleMs >= warnAt) {
        const int left = int((resetAt - idleMs + 999) / 1000);
        if (left != m_secondsLeft) {
            m_secondsLeft = left;
            Q_EMIT secondsLeftChanged();
        }
        setWarning(true);
    }
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
