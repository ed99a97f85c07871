// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include "base/paristime.h"
#include "cooplab.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

ProjectStore::ProjectStore(const Database *db)
    : m_db(db)
{
}

QList<MobilityProject> ProjectStore::projects() const
{
    if (!m_db) {
        return m_memory;
    }
    QList<MobilityProject> result;
    auto q = m_db->prepare("SELECT id, title, created_at FROM mobility_project ORDER BY id");
    auto items = m_db->prepare("SELECT item FROM mobility_project_item WHERE project = ?");
    while (q.step()) {
        MobilityProject p{q.integer(0), q.text(1), ParisTime::fromUtcIso(q.text(2)), {}};
        items.bind(1, p.id);
        while (items.step()) {
            p.done.insert(items.text(0));
        }
        items.reset();
        result.append(p);
    }
    return result;
}

std::optional<MobilityProject> ProjectStore::project(qint64 id) const
{
    for (const MobilityProject &p : projects()) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

qint64 ProjectStore::create(const QString &title, const QDateTime &now)
{
    QString name = title.trimmed();
    if (name.isEmpty()) {
        name = QCoreApplication::translate("ProjectStore", "Mon projet %1").arg(projects().size() + 1);
    }
    if (!m_db) {
        m_memory.append(MobilityProject{m_nextId, name, now, {}});
        return m_nextId++;
    }
    const QString at = ParisTime::toUtcIso(now);
    auto q = m_db->prepare("INSERT INTO mobility_project(title, created_at, updated_at) VALUES(?, ?, ?)");
    q.bind(1, name).bind(2, at).bind(3, at).exec();
    return m_db->lastInsertId();
}

void ProjectStore::rename(qint64 id, const QString &title, const QDateTime &now)
{
    const QString name = title.trimmed();
    if (name.isEmpty()) {
        return;
    }
    if (!m_db) {
        for (MobilityProject &p : m_memory) {
            if (p.id == id) {
                p.title = name;
            }
        }
        return;
    }
    auto q = m_db->prepare("UPDATE mobility_project SET title = ?, updated_at = ? WHERE id = ?");
    q.bind(1, name).bind(2, ParisTime::toUtcIso(now)).bind(3, id).exec();
}

void ProjectStore::remove(qint64 id)
{
    if (!m_db) {
        m_memory.removeIf([id](const MobilityProject &p) { return p.id == id; });
        return;
    }
    auto q = m_db->prepare("DELETE FROM mobility_project WHERE id = ?");
    q.bind(1, id).exec();
}

void ProjectStore::setDone(qint64 id, const QString &item, bool done, const QDateTime &now)
{
    if (!CoopLab::isItem(item)) {
        return;
    }
    if (!m_db) {
        for (MobilityProject &p : m_memory) {
            if (p.id == id) {
                done ? (void)p.done.insert(item) : (void)p.done.remove(item);
            }
        }
        return;
    }
    const QString at = ParisTime::toUtcIso(now);
    Transaction tx(*m_db);
    if (done) {
        auto q = m_db->prepare("INSERT INTO mobility_project_item(project, item, done_at) "
                               "SELECT id, ?, ? FROM mobility_project WHERE id = ? "
                               "ON CONFLICT(project, item) DO NOTHING");
        q.bind(1, item).bind(2, at).bind(3, id).exec();
    } else {
        auto q = m_db->prepare("DELETE FROM mobility_project_item WHERE project = ? AND item = ?");
        q.bind(1, id).bind(2, item).exec();
    }
    auto touch = m_db->prepare("UPDATE mobility_project SET updated_at = ? WHERE id = ?");
    touch.bind(1, at).bind(2, id).exec();
    tx.commit();
}

void ProjectStore::reset()
{
    m_memory.clear();
    m_nextId = 1;
}
