// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Lianes {

class Database;

/** One line of the meetings log (the report's annex "liste des réunions"). */
struct Meeting {
    qint64 id = 0; ///< 0: not saved yet
    QString subject;
    QString place; ///< as written: a commune, "En ligne", an address
    std::optional<QString> commune; ///< INSEE code when the place is a commune of the region
    bool online = false;
    QString staff;
    QDateTime start;
    double durationHours = 0;
    int participants = 0;
    QList<qint64> actors;
    QString notes;
};

/** Which meetings a list or a total covers. */
struct MeetingFilter {
    QDateTime from; ///< inclusive; invalid: no bound
    QDateTime to; ///< exclusive; invalid: no bound
    QString staff; ///< empty: everyone
    QString text; ///< words of subject or place, accent-insensitive
    std::optional<bool> online;
};

/** Totals as the report gives them: meetings, participants, hours. */
struct MeetingTotals {
    int meetings = 0;
    int participants = 0;
    double hours = 0;
};

/** Reads and writes the meetings log; every save is one transaction. */
class MeetingStore
{
public:
    explicit MeetingStore(const Database &db);

    /** Why @p meeting cannot be saved (French, per field "field: reason"), empty when it can. */
    [[nodiscard]] QStringList validate(const Meeting &meeting) const;
    /** Inserts or updates; returns the id, or 0 when validate() refuses. */
    qint64 save(const Meeting &meeting);
    bool remove(qint64 id);
    [[nodiscard]] std::optional<Meeting> get(qint64 id) const;
    [[nodiscard]] QList<Meeting> list(const MeetingFilter &filter) const;
    [[nodiscard]] MeetingTotals totals(const MeetingFilter &filter) const;
    /** Staff members named in the log, for the filter. */
    [[nodiscard]] QStringList staffNames() const;

private:
    const Database &m_db;
};

} // namespace Lianes
