// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the core tests: their set-up (French, a fresh database), a file of tests/data, a dump of content.
#pragma once

#include "dataio/databasejson.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace TestHelpers {

using namespace Qt::StringLiterals;

/** French as the default locale, as the app sets it: dates, numbers and messages read as it shows them. */
inline void useFrenchLocale()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

/** The usual start of a test case: the standard paths in test mode (the user's files are never
 *  touched), and French as the default locale. */
inline void setUpFrenchTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    useFrenchLocale();
}

/** A fresh, migrated database in @p dir; a database that cannot be opened ends the test program. */
inline std::unique_ptr<Lianes::Database> openDatabase(const QTemporaryDir &dir, const QString &name = u"lianes.db"_s)
{
    Lianes::OpenReport report;
    auto db = Lianes::Database::open(dir.filePath(name), &report);
    if (!db) {
        qFatal("cannot open a test database: %s", qPrintable(report.message));
    }
    return db;
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(LIANES_TEST_DATA) + u"/import/"_s + name;
}

inline QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test data file %s", qPrintable(name));
    }
    return file.readAll();
}

/** Every row of every data table, values quoted by SQLite (so 2, 2.0 and '2' differ), in a stable order. */
inline QStringList contentDump(const Lianes::Database &db)
{
    QStringList lines;
    for (const QString &table : Lianes::DatabaseJson::dataTables(db)) {
        auto columns = db.prepare("SELECT group_concat('quote(\"' || name || '\")', ' || ''|'' || ') "
                                  "FROM pragma_table_info(?)");
        columns.bind(1, table);
        columns.step();
        const QByteArray sql = (u"SELECT '"_s + table + u":' || "_s + columns.text(0) + u" FROM \""_s + table
                                + u"\" ORDER BY 1"_s)
                                   .toUtf8();
        auto rows = db.prepare(sql.constData());
        while (rows.step()) {
            lines.append(rows.text(0));
        }
    }
    return lines;
}

inline qint64 count(const Lianes::Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    q.step();
    return q.integer(0);
}

} // namespace TestHelpers
