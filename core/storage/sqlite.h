// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Lianes {

/** Error raised by a failed SQLite call; carries SQLite's message and extended code. */
class SqlError : public std::exception
{
public:
    SqlError(int code, QString message);
    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] const char *what() const noexcept override { return m_utf8.constData(); }

private:
    int m_code;
    QString m_message;
    QByteArray m_utf8;
};

/** A prepared statement: bind by position (1-based) or name, step, read columns. */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    ~Statement();

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) = delete;
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    /** Binds an optional: null when empty. */
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    /** Binds a variant: null, integer, double or text. */
    Statement &bindVariant(int index, const QVariant &value);

    /** Advances; true while a row is available. */
    bool step();
    /** Runs to completion (for statements that return no rows). */
    void exec();
    void reset();

    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] int columnCount() const;

private:
    void check(int rc) const;
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace Lianes
