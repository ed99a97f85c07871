// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{
}

QString CsvWriter::field(const QString &value)
{
    QString v = value;
    // OWASP "CSV injection": a cell starting with one of these is a formula to Excel and LibreOffice.
    if (!v.isEmpty() && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@' || v[0] == u'\t' || v[0] == u'\r')) {
        v.prepend(u'\'');
    }
    if (v.contains(u';') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v;
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const auto &f : fields) {
        out << field(f);
    }
    m_data += out.join(u';').toUtf8();
    m_data += "\r\n";
}
