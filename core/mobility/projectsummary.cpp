// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsummary.h"

#include "cooplab.h"
#include "programmecatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProjectSummary)
};
} // namespace

QString ProjectSummary::html(const MobilityProject &project, const ProgrammeCatalogue &catalogue, const QDateTime &now)
{
    const Progress overall = CoopLab::overallProgress(project.done);
    QString out;
    out += u"<h1>"_s + project.title.toHtmlEscaped() + u"</h1>"_s;
    out += u"<p>"_s
        + Tr::tr("Parcours Coop Lab de Lianes coopération · résumé du %1 · avancement : %2 % (%3 sur %4)")
              .arg(QLocale().toString(now.date(), QLocale::LongFormat))
              .arg(overall.percent())
              .arg(overall.done)
              .arg(overall.total)
              .toHtmlEscaped()
        + u"</p>"_s;
    int number = 1;
    for (const CoopLabStep &step : CoopLab::steps()) {
        const Progress p = CoopLab::stepProgress(step, project.done);
        out += u"<h3>"_s + Tr::tr("Étape %1 : %2 (%3 sur %4)").arg(number++).arg(step.title).arg(p.done).arg(p.total).toHtmlEscaped()
            + u"</h3><p>"_s;
        QStringList lines;
        for (const CoopLabItem &item : step.items) {
            const QString mark = project.done.contains(item.key) ? Tr::tr("[fait]") : Tr::tr("[à faire]");
            lines.append(QString(mark + u' ' + item.label).toHtmlEscaped());
        }
        QStringList names;
        for (const QString &id : step.programmeIds) {
            if (const Programme *programme = catalogue.find(id)) {
                names.append(programme->name);
            }
        }
        if (!names.isEmpty()) {
            lines.append(Tr::tr("Programmes à regarder : %1").arg(names.join(u", "_s)).toHtmlEscaped());
        }
        out += lines.join(u"<br>"_s) + u"</p>"_s;
    }
    out += u"<p><i>"_s + Tr::tr("Les faits sur les programmes viennent de leurs pages officielles ; vérifie-les avant de candidater.").toHtmlEscaped()
        + u"</i></p>"_s;
    return out;
}

bool ProjectSummary::writePdf(const QString &path, const MobilityProject &project, const ProgrammeCatalogue &catalogue,
                              const QDateTime &now)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(project.title);
    writer.setCreator(u"Lianes"_s);
    QTextDocument doc;
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9.5);
    font.setFeature("liga", 0); // "fi" stays two letters: the text can be copied and searched
    doc.setDefaultFont(font);
    doc.setHtml(html(project, catalogue, now));
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    return QFile(path).size() > 0;
}
