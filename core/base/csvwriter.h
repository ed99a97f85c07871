// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Lianes {

/** CSV that French Excel opens as is: UTF-8 with a BOM, `;` between fields, CRLF line ends, fields quoted
 *  when needed, and cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) neutralised
 *  with a leading apostrophe. */
class CsvWriter
{
public:
    CsvWriter();
    void addRow(const QStringList &fields);
    [[nodiscard]] const QByteArray &data() const { return m_data; }

    /** One field as written: neutralised, then quoted if it holds ; " CR or LF. */
    [[nodiscard]] static QString field(const QString &value);

private:
    QByteArray m_data;
};

} // namespace Lianes
