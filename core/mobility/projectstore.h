// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Lianes {

class Database;

/** A young person's Coop Lab project: a title and the checklist items ticked. */
struct MobilityProject {
    qint64 id = 0;
    QString title;
    QDateTime created;
    QSet<QString> done;
};

/** Keeps the projects: in the device's database (phone, tablet), or only in memory when given no
 *  database (kiosk: nothing is ever written, everything goes with reset()). */
class ProjectStore
{
public:
    explicit ProjectStore(const Database *db = nullptr);

    [[nodiscard]] bool persistent() const { return m_db != nullptr; }
    [[nodiscard]] QList<MobilityProject> projects() const;
    [[nodiscard]] std::optional<MobilityProject> project(qint64 id) const;
    /** Creates a project; an empty title becomes "Mon projet N". Returns its id. */
    qint64 create(const QString &title, const QDateTime &now);
    void rename(qint64 id, const QString &title, const QDateTime &now);
    void remove(qint64 id);
    /** Ticks or unticks a Coop Lab item; unknown items are ignored. */
    void setDone(qint64 id, const QString &item, bool done, const QDateTime &now);
    /** Forgets the in-memory projects (kiosk idle reset). No effect on a persistent store. */
    void reset();

private:
    const Database *m_db = nullptr;
    QList<MobilityProject> m_memory;
    qint64 m_nextId = 1;
};

} // namespace Lianes
