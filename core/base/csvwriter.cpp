// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/** OWASP "CSV injection": a cell starting with one of = + - @ (or a tab or carriage return) is a
 *  formula to Excel and LibreOffice, and so is one starting with another form of them: full-width
 *  (＝), small (﹦) or compatibility forms fold to them (NFKC), and the minus sign (−). */
bool startsFormula(const QString &v)
{
    if (v.isEmpty()) {
        return false;
    }
    const auto isTrigger = [](QChar c) {
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == QChar(0x2212);
    };
    if (isTrigger(v[0])) {
        return true;
    }
    if (v[0].unicode() < 0x80) {
        return false;
    }
    const QString folded = v.left(v[0].isHighSurrogate() ? 2 : 1).normalized(QString::NormalizationForm_KC);
    return !folded.isEmpty() && isTrigger(folded[0]);
}

} // namespace

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{
}

QString CsvWriter::field(const QString &value)
{
    QString v = value;
    if (startsFormula(v)) {
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
