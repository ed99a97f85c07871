// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lianes {

/** One row of a report table: the category, a secondary line, its cells, its bar (0..1). */
struct ReportRow {
    QString label;
    QString detail;
    QStringList cells;
    double fraction = 0;
};

/** One figure of the report: a titled table whose first measure is drawn as bars. */
struct ReportSection {
    QString title;
    QString note; ///< what is counted apart, how it is counted
    QString labelTitle;
    QStringList columnTitles;
    QList<ReportRow> rows;
};

/** The whole report: title, period, key figures as tiles, then the sections. */
struct ReportContent {
    QString title;
    QString subtitle;
    QList<std::pair<QString, QString>> tiles; ///< (value, label): "233", "réunions"
    QList<ReportSection> sections;
};

/** Writes the observatory's report as an A4 PDF (Qt's QPdfWriter): real text, so it can be searched and
 *  pasted into the annual report; @p snapshot (the dashboard as shown), when given, on the first page. */
namespace ReportWriter {
bool writePdf(const QString &path, const ReportContent &content, const QImage &snapshot, QString *error = nullptr);
}

} // namespace Lianes
