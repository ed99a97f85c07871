// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Lianes {

class Database;

/** Writes CSV that French Excel opens as it is: UTF-8 with BOM, ';', CRLF, and cells that could be
 *  read as a formula (= + - @ tab CR first) prefixed with an apostrophe. */
class CsvWriter
{
public:
    CsvWriter();
    void writeRow(const QStringList &cells);
    [[nodiscard]] const QByteArray &data() const { return m_data; }
    /** One cell as written: defused, and quoted when it holds ';', '"' or a line break. */
    [[nodiscard]] static QString cell(const QString &text);

private:
    QByteArray m_data;
};

/** CSV exports of the app's entities, one file per entity, with the headers the import reads back. */
namespace CsvExport {
/** "acteurs", "projets", "evenements", "reunions". */
[[nodiscard]] QStringList entities();
/** The CSV of @p entity, or nullopt for an unknown one. */
[[nodiscard]] std::optional<QByteArray> exportEntity(const Database &db, const QString &entity);
}

} // namespace Lianes
