// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
// Under Database's DeviceOnlySettings: never exported, backed up or synced.
const auto HashKey = u"staff.pin_hash"_s;
const auto FailuresKey = u"staff.pin_failures"_s;
const auto LockoutsKey = u"staff.pin_lockouts"_s;
const auto LockedUntilKey = u"staff.pin_locked_until"_s;

// Constant-time comparison: the time taken says nothing about how much of the hash matched.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}
}

PinStore::PinStore(const Database &db)
    : m_db(db)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

bool PinStore::hasPin() const
{
    return !m_db.setting(HashKey).isEmpty();
}

bool PinStore::isEasyToGuess(const QString &pin)
{
    // Few distinct digits (000000, 000001, 121212, 112211): the first guesses of anyone.
    if (QSet<QChar>(pin.begin(), pin.end()).size() < 3) {
        return true;
    }
    // A short pattern repeated (123123, 120120).
    for (qsizetype period = 1; period <= 3; ++period) {
        bool repeats = true;
        for (qsizetype i = period; i < pin.size() && repeats; ++i) {
            repeats = pin[i] == pin[i - period];
        }
        if (repeats) {
            return true;
        }
    }
    // A run up or down the digits, wrapping round (123456, 987654, 890123).
    bool ascending = true;
    bool descending = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = (pin[i].digitValue() - pin[i - 1].digitValue() + 10) % 10;
        ascending = ascending && step == 1;
        descending = descending && step == 9;
    }
    if (ascending || descending) {
        return true;
    }
    // Lines of the keypad and mirrored runs people use.
    static const QStringList patterns{u"147258"_s, u"258369"_s, u"147258369"_s, u"159357"_s, u"123321"_s,
                                      u"321123"_s, u"147852"_s, u"789456"_s, u"456123"_s, u"741852"_s,
                                      u"963852"_s, u"159753"_s, u"112233"_s, u"102030"_s};
    return patterns.contains(pin);
}

QString PinStore::validateNew(const QString &pin)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (!digits.match(pin).hasMatch()) {
        return QCoreApplication::translate("PinStore", "Le code ne contient que des chiffres.");
    }
    if (pin.size() < MinLength || pin.size() > MaxLength) {
        return QCoreApplication::translate("PinStore", "Le code a de %1 à %2 chiffres.").arg(MinLength).arg(MaxLength);
    }
    if (isEasyToGuess(pin)) {
        return QCoreApplication::translate("PinStore", "Ce code est trop facile à deviner.");
    }
    return {};
}

QByteArray PinStore::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
}

bool PinStore::setPin(const QString &pin, QString *error)
{
    const QString reason = validateNew(pin);
    if (!reason.isEmpty()) {
        if (error) {
            *error = reason;
        }
        return false;
    }
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray hash = derive(pin, salt, Iterations);
    const QString stored = u"pbkdf2-sha256$%1$%2$%3"_s.arg(Iterations)
                               .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
    Transaction tx(m_db);
    m_db.setSetting(HashKey, stored);
    m_db.setSetting(FailuresKey, u"0"_s);
    m_db.setSetting(LockoutsKey, u"0"_s);
    m_db.setSetting(LockedUntilKey, u"0"_s);
    tx.commit();
    return true;
}

int PinStore::lockDuration(int lockouts)
{
    return std::min(3600, 30 * (1 << std::min(lockouts, 10)));
}

int PinStore::lockedSeconds() const
{
    const qint64 until = m_db.setting(LockedUntilKey, u"0"_s).toLongLong();
    const qint64 left = until - m_clock();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

int PinStore::triesLeft() const
{
    return MaxTries - m_db.setting(FailuresKey, u"0"_s).toInt();
}

PinStore::Check PinStore::check(const QString &pin)
{
    const QStringList parts = m_db.setting(HashKey).split(u'$');
    if (parts.size() != 4) {
        return Check::NoPin;
    }
    // The attempt is counted before the PIN is derived (300 ms), under the database's write lock,
    // with the lock re-read there: guesses made at once, from threads or processes, are counted
    // one after the other, and no more than MaxTries are ever checked before the lock falls.
    int failures = 0;
    {
        Transaction tx(m_db, Transaction::Immediate);
        if (lockedSeconds() > 0) {
            return Check::Locked;
        }
        failures = m_db.setting(FailuresKey, u"0"_s).toInt() + 1;
        if (failures >= MaxTries) {
            const int lockouts = m_db.setting(LockoutsKey, u"0"_s).toInt();
            m_db.setSetting(LockedUntilKey, QString::number(m_clock() + qint64(lockDuration(lockouts)) * 1000));
            m_db.setSetting(LockoutsKey, QString::number(lockouts + 1));
            m_db.setSetting(FailuresKey, u"0"_s);
        } else {
            m_db.setSetting(FailuresKey, QString::number(failures));
        }
        tx.commit();
    }
    if (!matches(pin, parts)) {
        return failures >= MaxTries ? Check::Locked : Check::Wrong;
    }
    // The right PIN: the attempt counted above is taken back, and a lock it set with it.
    Transaction tx(m_db, Transaction::Immediate);
    m_db.setSetting(FailuresKey, u"0"_s);
    m_db.setSetting(LockoutsKey, u"0"_s);
    m_db.setSetting(LockedUntilKey, u"0"_s);
    tx.commit();
    return Check::Ok;
}

bool PinStore::matches(const QString &pin, const QStringList &stored)
{
    const QByteArray salt = QByteArray::fromBase64(stored[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(stored[3].toLatin1());
    return sameBytes(derive(pin, salt, stored[1].toInt()), expected);
}
