// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/idlemonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lianes;

/** The kiosk's idle reset: countdown after the delay, reset after the countdown, input cancels. */
class TestIdleMonitor : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = 1'000'000;

private Q_SLOTS:
    void countdownThenReset_data()
    {
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("countdown");
        QTest::newRow("default 90 s + 10 s") << 90 << 10;
        QTest::newRow("short") << 5 << 3;
    }
    void countdownThenReset()
    {
        QFETCH(int, timeout);
        QFETCH(int, countdown);
        IdleMonitor idle;
        idle.setClock([this] { return m_now; });
        idle.setIdleTimeout(timeout);
        idle.setCountdown(countdown);
        idle.setEnabled(true);
        QSignalSpy reset(&idle, &IdleMonitor::resetRequested);

        m_now += qint64(timeout) * 1000 - 1;
        idle.evaluate();
        QVERIFY(!idle.isWarning());
        m_now += 1;
        idle.evaluate();
        QVERIFY(idle.isWarning());
        QCOMPARE(idle.secondsLeft(), countdown);
        m_now += 1000;
        idle.evaluate();
        QCOMPARE(idle.secondsLeft(), countdown - 1);
        QCOMPARE(reset.count(), 0);
        m_now += qint64(countdown) * 1000;
        idle.evaluate();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!idle.isWarning());
        // Once reset, the next countdown starts a full idle period later, and only once.
        idle.evaluate();
        QCOMPARE(reset.count(), 1);
    }

    void activityCancelsTheCountdown()
    {
        IdleMonitor idle;
        idle.setClock([this] { return m_now; });
        idle.setEnabled(true);
        QSignalSpy reset(&idle, &IdleMonitor::resetRequested);
        m_now += 95'000;
        idle.evaluate();
        QVERIFY(idle.isWarning());
        idle.activity(); // "Continuer" or any touch
        QVERIFY(!idle.isWarning());
        m_now += 80'000;
        idle.evaluate();
        QVERIFY(!idle.isWarning());
        QCOMPARE(reset.count(), 0);
    }

    void disabledNeverResets()
    {
        IdleMonitor idle;
        idle.setClock([this] { return m_now; });
        QSignalSpy reset(&idle, &IdleMonitor::resetRequested);
        m_now += 1'000'000;
        idle.evaluate();
        QCOMPARE(reset.count(), 0);
    }

    void timeoutHasAFloor()
    {
        IdleMonitor idle;
        idle.setIdleTimeout(0);
        QCOMPARE(idle.idleTimeout(), 5);
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
