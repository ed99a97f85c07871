// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Lianes {

class Database;

/** The staff PIN: stored only as a salted PBKDF2-SHA256 hash (QPasswordDigestor), with a lockout
 *  that grows after five wrong tries. State lives in the setting table, so it survives restarts. */
class PinStore
{
public:
    /** Iterations of PBKDF2: slow enough to make guessing a 6-digit PIN from a stolen file costly. */
    static constexpr int Iterations = 210'000;
    static constexpr int MaxTries = 5;
    static constexpr int MinLength = 6;
    static constexpr int MaxLength = 12;

    explicit PinStore(const Database &db);

    /** Milliseconds since the epoch; tests replace it. */
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    [[nodiscard]] bool hasPin() const;
    /** Why @p pin cannot be a PIN (French), or empty when it can. */
    [[nodiscard]] static QString validateNew(const QString &pin);
    /** Among the first guesses: few distinct digits, a short pattern repeated, a run up or down
     *  the digits, a line of the keypad. */
    [[nodiscard]] static bool isEasyToGuess(const QString &pin);
    /** Sets the PIN (first start, or change after a successful check). False with validateNew()'s reason. */
    bool setPin(const QString &pin, QString *error = nullptr);

    enum class Check { Ok, Wrong, Locked, NoPin };
    /** Checks @p pin unless locked; counts failures and locks after MaxTries. */
    Check check(const QString &pin);
    /** Seconds until the lock ends (0 when not locked). */
    [[nodiscard]] int lockedSeconds() const;
    /** Wrong tries left before the next lock. */
    [[nodiscard]] int triesLeft() const;
    /** Lock length after @p lockouts previous locks: 30 s, doubling, at most 1 hour. */
    [[nodiscard]] static int lockDuration(int lockouts);

private:
    [[nodiscard]] static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);
    /** @p stored: the hash setting split at '$' (scheme, iterations, salt, hash). */
    [[nodiscard]] static bool matches(const QString &pin, const QStringList &stored);
    const Database &m_db;
    std::function<qint64()> m_clock;
};

} // namespace Lianes
