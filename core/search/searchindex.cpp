// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "base/logging.h"
#include "base/textfold.h"
#include "storage/database.h"
#include "storage/migrations_search.h"

#include <sqlite3.h>

using namespace Lianes;
using namespace Qt::StringLiterals;

SearchIndex::SearchIndex(const Database &db)
    : m_db(db)
{
}

SearchIndex::~SearchIndex() = default;

QString SearchIndex::matchExpression(QStringView text)
{
    // Folding leaves letters and digits only: no quote or FTS5 operator survives it.
    const QStringList words = TextFold::words(text);
    QStringList terms;
    terms.reserve(words.size());
    for (const QString &w : words) {
        if (w == "st"_L1) {
            terms.append(u"(\"st\"* OR \"saint\"*)"_s);
        } else if (w == "ste"_L1) {
            terms.append(u"(\"ste\"* OR \"sainte\"*)"_s);
        } else {
            terms.append(u'"' + w + u"\"*"_s);
        }
    }
    return terms.join(u" AND "_s);
}

int SearchIndex::sync()
{
    // Work to do: rows noted by the update and delete triggers, and rows added above the highest
    // indexed rowid of their kind (migration 6). Each term is one seek.
    if (!m_pending) {
        m_pending = std::make_unique<Statement>(m_db.prepare(R"(
            SELECT (SELECT count(*) FROM search_pending)
                 + ((SELECT coalesce(max(id), 0) FROM actor)
                    > coalesce((SELECT rowid FROM search WHERE rowid >= (3 << 40) AND rowid < (4 << 40)
                                ORDER BY rowid DESC LIMIT 1) - (3 << 40), 0))
                 + ((SELECT coalesce(max(id), 0) FROM project)
                    > coalesce((SELECT rowid FROM search WHERE rowid >= (2 << 40) AND rowid < (3 << 40)
                                ORDER BY rowid DESC LIMIT 1) - (2 << 40), 0))
        )"));
    }
    m_pending->reset();
    m_pending->step();
    const bool stale = m_pending->integer(0) > 0;
    m_pending->reset();
    if (!stale) {
        return 0;
    }
    const qint64 before = m_db.totalChanges();
    Transaction tx(m_db);
    // Once the noted rows are out of the index, it holds only unchanged rows, all still in their
    // table: a kind's mark (its highest indexed id) is then below every row SQLite has added since
    // (it numbers from the table's max). So: every row above the mark, and the noted rows at or
    // below it. A row written with an explicit id under the mark is the one case this misses; the
    // one writer of explicit ids, the JSON restore, empties the tables first, which notes them all.
    m_db.exec("DELETE FROM search WHERE rowid IN (SELECT id FROM search_pending)");
    const auto mark = [this](qint64 base) {
        auto q = m_db.prepare("SELECT rowid FROM search WHERE rowid >= ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT 1");
        q.bind(1, base).bind(2, base + (qint64(1) << 40));
        return q.step() ? q.integer(0) - base : 0;
    };
    const qint64 actors = rowidBase(SearchHit::Actor);
    const qint64 projects = rowidBase(SearchHit::Project);
    const qint64 actorMark = mark(actors);
    const qint64 projectMark = mark(projects);
    m_db.prepare(R"(
        INSERT INTO search(rowid, text, label, ref)
            SELECT ?1 + a.id, lianes_search_key(a.name || ' ' || coalesce(c.name, '')), a.name, a.id
            FROM actor a
            LEFT JOIN commune c ON c.insee = a.commune
            WHERE a.id > ?2
            UNION ALL
            SELECT ?1 + a.id, lianes_search_key(a.name || ' ' || coalesce(c.name, '')), a.name, a.id
            FROM search_pending p
            JOIN actor a ON a.id = p.id - ?1
            LEFT JOIN commune c ON c.insee = a.commune
            WHERE p.id >= ?1 AND p.id <= ?1 + ?2
    )").bind(1, actors).bind(2, actorMark).exec();
    m_db.prepare(R"(
        INSERT INTO search(rowid, text, label, ref)
            SELECT ?1 + pr.id, lianes_search_key(pr.title), pr.title, pr.id
            FROM project pr
            WHERE pr.id > ?2
            UNION ALL
            SELECT ?1 + pr.id, lianes_search_key(pr.title), pr.title, pr.id
            FROM search_pending p
            JOIN project pr ON pr.id = p.id - ?1
            WHERE p.id >= ?1 AND p.id <= ?1 + ?2
    )").bind(1, projects).bind(2, projectMark).exec();
    m_db.exec("DELETE FROM search_pending");
    tx.commit();
    return int(m_db.totalChanges() - before);
}

void SearchIndex::rebuild()
{
    m_pending.reset(); // statements on the old table: a failed one may still be running
    m_query.reset();
    {
        Transaction tx(m_db);
        m_db.exec("DROP TABLE search");
        Migrations::createSearchTable(m_db);
        m_db.exec("DELETE FROM search_pending"); // with no actor or project indexed, sync() takes them all
        tx.commit();
    }
    sync();
}

QString SearchIndex::checkFile(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_busy_timeout(db, 5000);
    QStringList lines;
    try {
        Statement check(db, "PRAGMA quick_check(search)"); // the table alone: its module's own check
        while (check.step()) {
            lines << check.text(0);
        }
    } catch (const SqlError &e) {
        lines << e.message();
    }
    sqlite3_close_v2(db);
    return lines.join(u'\n');
}

QList<SearchHit> SearchIndex::search(QStringView text, SearchHit::Kind kind, int limit)
{
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0) {
        return {};
    }
    try {
        return find(match, kind, limit);
    } catch (const SqlError &e) {
        // The startup check reads every page of the file but not FTS5's own cross-check of its
        // index (Database::open): a damaged index shows here, and is derived data, made again.
        if ((e.code() & 0xff) != SQLITE_CORRUPT) {
            throw;
        }
        qCWarning(LOG_STORAGE) << "search index damaged, rebuilding it:" << e.message();
        rebuild();
        return find(match, kind, limit);
    }
}

QList<SearchHit> SearchIndex::find(const QString &match, SearchHit::Kind kind, int limit)
{
    QList<SearchHit> hits;
    sync();
    if (!m_query) {
        m_query = std::make_unique<Statement>(m_db.prepare(
            "SELECT label, ref FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?2 AND ?3 LIMIT ?4"));
    }
    Statement &q = *m_query;
    q.reset();
    q.bind(1, match).bind(2, rowidBase(kind)).bind(3, rowidBase(kind) + (qint64(1) << 40) - 1).bind(4, limit);
    while (q.step()) {
        hits.append({kind, q.text(1), q.text(0)});
    }
    q.reset();
    return hits;
}
