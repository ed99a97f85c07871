// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pinstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

Q_MOC_INCLUDE("meetinglistmodel.h")

namespace Lianes {

class Clock;
class Database;
class MeetingListModel;

/** The staff area: locked behind the PIN, locks itself again after a few minutes without use;
 *  holds the meetings log, the personal-data tools and the settings. */
class StaffArea : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided as the Staff singleton")
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY stateChanged)
    /** The staff actions may run: unlocked, or a staff tablet whose area opens without the PIN. */
    Q_PROPERTY(bool open READ isOpen NOTIFY stateChanged)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY stateChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY stateChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY settingsChanged)
    Q_PROPERTY(int retentionMonths READ retentionMonths WRITE setRetentionMonths NOTIFY settingsChanged)
    Q_PROPERTY(Lianes::MeetingListModel *meetings READ meetings CONSTANT)
    Q_PROPERTY(QString erasureReport READ erasureReport NOTIFY dataErased)

public:
    /** @p db may be null (no database: nothing to unlock); @p clock dates lockouts, the
     *  automatic lock and the retention purge. */
    StaffArea(Database *db, const Clock *clock, QObject *parent = nullptr);
    ~StaffArea() override;

    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] bool isUnlocked() const { return m_unlocked; }
    [[nodiscard]] bool isOpen() const { return m_unlocked || m_openWithoutPin; }
    /** Staff tablets: the area (meetings, imports, exports, check-in) opens without the PIN;
     *  people's data (personalData...) still needs it. */
    void setOpenWithoutPin(bool open);
    [[nodiscard]] int lockedSeconds() const;
    [[nodiscard]] int triesLeft() const;
    [[nodiscard]] int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    [[nodiscard]] int retentionMonths() const;
    void setRetentionMonths(int months);
    /** Read from the database when first asked for (the staff pages), not at the app's start. */
    [[nodiscard]] MeetingListModel *meetings();

    /** Unlocks with @p pin; returns "" or the reason in French (wrong, locked for N s, ...). */
    Q_INVOKABLE QString unlock(const QString &pin);
    /** First start (no PIN yet) or change while unlocked: "" or the reason. */
    Q_INVOKABLE QString setPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE void lock();
    /** Staff activity: postpones the automatic lock. */
    Q_INVOKABLE void touch();

    /** Everything stored about one person, as indented JSON (empty registrations when none);
     *  "" while the staff area is locked. */
    Q_INVOKABLE QString personalData(const QString &email) const;
    /** Writes personalData() to @p path; "" or the error (locked: nothing written). */
    Q_INVOKABLE QString exportPersonalData(const QString &email, const QString &path) const;
    /** Erases the person's data; returns the number of rows erased, -1 while locked.
     *  erasureReport() then says it in French, with what is left elsewhere. */
    Q_INVOKABLE int erasePersonalData(const QString &email);
    /** The last erasure, for the staff: rows erased, whether the bytes are gone from the
     *  database's files, and the backups and exports that still hold the person. */
    [[nodiscard]] QString erasureReport() const { return m_erasureReport; }
    /** Runs the retention purge now; returns registrations anonymised, or -1 when the database
     *  refused the write (purgeError() says why; nothing was purged). */
    Q_INVOKABLE int purgeExpired();
    /** SQLite's result code of the last failed purge, 0 when it worked. */
    [[nodiscard]] int purgeError() const { return m_purgeError; }

    /** Checks the automatic lock now (a timer does it every few seconds). */
    void checkAutoLock();

Q_SIGNALS:
    void stateChanged();
    void settingsChanged();
    /** Personal data was erased: counts and lists elsewhere are stale. */
    void dataErased();

private:
    [[nodiscard]] qint64 nowMs() const;

    Database *m_db;
    const Clock *m_clock;
    std::unique_ptr<PinStore> m_pins;
    MeetingListModel *m_meetings;
    QTimer m_timer;
    qint64 m_lastUse = 0;
    int m_purgeError = 0;
    QString m_erasureReport;
    bool m_unlocked = false;
    bool m_openWithoutPin = false;
};

} // namespace Lianes
