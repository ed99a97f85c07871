// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfunctions.h"

#include "base/textfold.h"

#include <QString>

#include <sqlite3.h>

using namespace Lianes;

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

void SqlFunctions::install(sqlite3 *db)
{
    // Innocuous and deterministic: allowed in triggers with trusted_schema=OFF.
    sqlite3_create_function_v2(db, "lianes_search_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               nullptr, searchKey, nullptr, nullptr, nullptr);
}
