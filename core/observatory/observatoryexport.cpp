// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// The observatory's exports: the dashboard as a PNG, the report as a PDF.
#include "observatoryservice.h"

#include "base/logging.h"
#include "base/paristime.h"
#include "figurelistmodel.h"
#include "reportwriter.h"
#include "tilelistmodel.h"

#include <QDir>
#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

QString ObservatoryService::exportPath(const QString &suffix) const
{
    if (m_exportDir.isEmpty() || !QDir().mkpath(m_exportDir)) {
        return {};
    }
    const QString name = year() == 0 ? u"observatoire-toutes-annees"_s : u"observatoire-%1"_s.arg(year());
    return QDir(m_exportDir).filePath(name + u'.' + suffix);
}

void ObservatoryService::setExportMessage(const QString &message)
{
    m_exportMessage = message;
    Q_EMIT exportMessageChanged();
}

QString ObservatoryService::exportPng(const QImage &image)
{
    const QString path = exportPath(u"png"_s);
    if (image.isNull() || path.isEmpty() || !image.save(path, "PNG")) {
        qCWarning(LOG_APP) << "observatory: PNG export failed";
        setExportMessage(tr("L'image n'a pas pu être enregistrée."));
        return {};
    }
    setExportMessage(tr("Image enregistrée : %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

QString ObservatoryService::exportPdf(const QImage &snapshot)
{
    const QString path = exportPath(u"pdf"_s);
    QString error;
    if (path.isEmpty() || !ReportWriter::writePdf(path, report(), snapshot, &error)) {
        qCWarning(LOG_APP) << "observatory: PDF export failed";
        setExportMessage(tr("Le rapport PDF n'a pas pu être enregistré."));
        return {};
    }
    setExportMessage(tr("Rapport PDF enregistré : %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

ReportContent ObservatoryService::report() const
{
    ReportContent content;
    content.title = tr("Observatoire de Lianes coopération");
    const QDate today = ParisTime::toParis(m_now.isValid() ? m_now : QDateTime::currentDateTime()).date();
    content.subtitle = tr("%1 · chiffres calculés le %2 à partir des données de l'application")
                           .arg(periodLabel(), QLocale().toString(today, u"d MMMM yyyy"_s));
    for (const auto &tile : m_summary->tiles()) {
        content.tiles.append({TileListModel::valueLabel(tile), TileListModel::label(tile)});
    }
    for (const FigureListModel *model :
         {m_meetingsByMonth, m_mostAttended, m_meetingsByPlace, m_meetingsByStaff, m_trainings, m_registrations,
          m_actorsByType, m_actorsByDepartement, m_actorsByFamily, m_projectsByTheme, m_projectsByCountry,
          m_projectsByKind}) {
        content.sections.append(model->section());
    }
    return content;
}
