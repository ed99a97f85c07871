// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataio/demoloader.h"
#include "observatory/observatoryservice.h"
#include "observatory/reportwriter.h"
#include "observatoryfixture.h"
#include "testhelpers.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

// The PDF's text as pdftotext reads it, spaces made plain, lines joined.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        return {};
    }
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    return text.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ').simplified();
}
}

/** The observatory's exports: a PNG of the dashboard, a PDF report that opens and holds the figures. */
class TestObservatoryExport : public QObject
{
    Q_OBJECT
private:
    Fixture::Db m_f;
    ObservatoryService m_service;

private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
        QVERIFY(DemoLoader::loadIfNeeded(*m_f.db, Now).loaded);
        m_service.setNow(Now);
        m_service.setDatabase(m_f.db.get());
        QCOMPARE(m_service.year(), 2020);
    }

    void exportsGoBesideTheDatabase()
    {
        QCOMPARE(m_service.exportDirectory(), m_f.dir.filePath(u"exports"_s));
    }

    void png()
    {
        QImage image(320, 200, QImage::Format_ARGB32);
        image.fill(Qt::darkGreen);
        const QString path = m_service.exportPng(image);
        QCOMPARE(path, m_f.dir.filePath(u"exports/observatoire-2020.png"_s));
        QCOMPARE(QImage(path).size(), QSize(320, 200));
        QVERIFY(m_service.exportMessage().contains(u"observatoire-2020.png"_s));
        QTest::ignoreMessage(QtWarningMsg, "observatory: PNG export failed");
        QVERIFY(m_service.exportPng(QImage()).isEmpty());
        QCOMPARE(m_service.exportMessage(), u"L'image n'a pas pu être enregistrée."_s);
    }

    void pdfHoldsTheFigures()
    {
        QImage snapshot(1600, 900, QImage::Format_RGB32);
        snapshot.fill(Qt::white);
        const QString path = m_service.exportPdf(snapshot);
        QCOMPARE(path, m_f.dir.filePath(u"exports/observatoire-2020.pdf"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext could not read the report");
        for (const QString &expected : {
                 u"Observatoire de Lianes coopération"_s, u"Année 2020"_s,
                 // The tiles: pdftotext reads a row of values, then their labels.
                 u"127 65 32 233 acteurs adhérents projets réunions"_s,
                 u"925 582 10 118 participants aux réunions heures de réunion formations participants aux formations"_s,
                 u"Formations dont la participation est enregistrée : 50 h, 118 participants."_s,
                 u"Réunions par mois"_s, u"Les réunions les plus suivies"_s, u"Webinaire : Mobilité et Covid 19"_s,
                 u"Formations organisées"_s, u"Changement climatique et Justice Sociale"_s,
                 u"Projets par dispositif"_s, u"Lauréats RECITAL 16 46 786"_s, u"Tandems Solidaires 13"_s,
                 u"Acteurs par département"_s, u"Nord 36"_s, u"Projets par pays partenaire"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(u"missing « %1 » in: %2"_s.arg(expected, text)));
        }
    }

    void pdfOfAnEmptyPeriod()
    {
        m_service.setYear(2015);
        const QString path = m_service.exportPdf();
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Année 2015"_s));
        QVERIFY2(text.contains(u"127 65 0 0 acteurs adhérents projet réunion 0 0 0 0"_s), qPrintable(text));
        QVERIFY(text.contains(u"Aucune donnée sur la période."_s));
        m_service.setYear(2020);
    }

    void unwritablePathIsReported()
    {
        QString error;
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        QVERIFY(!ReportWriter::writePdf(u"/nonexistent/dir/report.pdf"_s, m_service.report(), {}, &error));
        QVERIFY(error.contains(u"/nonexistent/dir/report.pdf"_s));
    }
};

QTEST_MAIN(TestObservatoryExport)
#include "tst_observatoryexport.moc"
