// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "search/textfold.h"
#include "storage/database.h"

#include <sqlite3.h>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

void searchKey(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray key = TextFold::placeKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

SearchIndex::SearchIndex(const Database &db)
    : m_db(db)
{
}

SearchIndex::~SearchIndex() = default;

void SearchIndex::registerSqlFunctions(sqlite3 *db)
{
    // Innocuous and deterministic: allowed in triggers with trusted_schema=OFF.
    sqlite3_create_function_v2(db, "lianes_search_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               nullptr, searchKey, nullptr, nullptr, nullptr);
}

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
    if (!m_pending) {
        m_pending = std::make_unique<Statement>(m_db.prepare("SELECT count(*) FROM search_pending"));
    }
    m_pending->reset();
    m_pending->step();
    const int pending = int(m_pending->integer(0));
    m_pending->reset();
    if (pending == 0) {
        return 0;
    }
    Transaction tx(m_db);
    m_db.exec(R"(
        DELETE FROM search WHERE rowid IN (SELECT id FROM search_pending);
        INSERT INTO search(rowid, text, label, ref)
            SELECT p.id, lianes_search_key(a.name || ' ' || coalesce(c.name, '')), a.name, a.id
            FROM search_pending p
            JOIN actor a ON a.id = p.id - (3 << 40)
            LEFT JOIN commune c ON c.insee = a.commune
            WHERE p.id >= (3 << 40) AND p.id < (4 << 40);
        INSERT INTO search(rowid, text, label, ref)
            SELECT p.id, lianes_search_key(pr.title), pr.title, pr.id
            FROM search_pending p
            JOIN project pr ON pr.id = p.id - (2 << 40)
            WHERE p.id >= (2 << 40) AND p.id < (3 << 40);
        DELETE FROM search_pending;
    )");
    tx.commit();
    return pending;
}

QList<SearchHit> SearchIndex::search(QStringView text, SearchHit::Kind kind, int limit)
{
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0) {
        return hits;
    }
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
