// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// The staff's data in and out service and its preview model.
#include "base/clock.h"
#include "dataio/dataservice.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Lianes;
using namespace TestHelpers;
using namespace Qt::StringLiterals;

/** DataService and ImportPreviewModel. */
class TestDataService : public QObject
{
    Q_OBJECT
private:
    Clock m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clock.setNow(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    }

    void previewModelShowsRejectedRowsFirst()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        DataService service(db.get(), &m_clock);
        QAbstractItemModelTester tester(service.preview(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(service.previewFile(QUrl::fromLocalFile(dataPath(u"acteurs-doublons.csv"_s))));
        const auto *model = service.preview();
        QCOMPARE(model->rowCount(), 5);
        const QModelIndex first = model->index(0);
        QCOMPARE(first.data(ImportPreviewModel::StatusRole).toString(), u"rejected"_s);
        QCOMPARE(first.data(ImportPreviewModel::WhereRole).toString(), u"ligne 3"_s);
        QCOMPARE(first.data(ImportPreviewModel::ColumnRole).toString(), u"Identifiant"_s);
        QCOMPARE(first.data(ImportPreviewModel::DetailRole).toString(), u"même identifiant qu'à la ligne 2"_s);
        const QModelIndex added = model->index(2);
        QCOMPARE(added.data(ImportPreviewModel::StatusLabelRole).toString(), u"À ajouter"_s);
        QCOMPARE(added.data(ImportPreviewModel::LabelRole).toString(), u"Association G"_s);
        service.clear();
        QCOMPARE(model->rowCount(), 0);
    }

    void applyWritesAndTellsTheModels()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        DataService service(db.get(), &m_clock);
        QSignalSpy written(&service, &DataService::dataWritten);
        QVERIFY(service.previewFile(QUrl::fromLocalFile(dataPath(u"acteurs-excel-cp1252.csv"_s))));
        QVERIFY(service.canApply());
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 0);
        QVERIFY(service.apply());
        QCOMPARE(written.count(), 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM actor"), 3);
        QVERIFY(!service.hasPreview());
        QVERIFY(service.previewFile(QUrl::fromLocalFile(dataPath(u"acteurs-excel-utf8.csv"_s))));
        QCOMPARE(service.unchanged(), 3);
        QVERIFY(!service.canApply()); // nothing to change
    }

    void exportsAndBackupGoToTheChosenFolder()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        DataService service(db.get(), &m_clock);
        QVERIFY(!service.backup());
        QVERIFY(service.messageIsError());
        const QString usb = dir.filePath(u"usb"_s);
        QDir().mkpath(usb);
        service.setExportFolder(QUrl::fromLocalFile(usb));
        QVERIFY(service.backup());
        QVERIFY(QFile::exists(usb + u"/lianes-sauvegarde-2026-11-28-1000.db"_s));
        QVERIFY(service.message().startsWith(u"Sauvegarde complète enregistrée et vérifiée"_s));
        QVERIFY(service.exportJson());
        QVERIFY(QFile::exists(usb + u"/lianes-export-2026-11-28-1000.json"_s));
        QVERIFY(service.exportCsv(u"acteurs"_s));
        QVERIFY(QFile::exists(usb + u"/lianes-acteurs-2026-11-28-1000.csv"_s));
        QVERIFY(!service.messageIsError());
    }

    /** Staff ask for the whole check: a healthy database says so. */
    void checkDatabaseOnRequest()
    {
        QTemporaryDir dir;
        const auto db = TestHelpers::openDatabase(dir);
        DataService service(db.get(), &m_clock);
        QVERIFY(service.checkDatabase());
        QVERIFY2(service.property("message").toString().contains(u"intègre"_s),
                 qPrintable(service.property("message").toString()));
    }
};

QTEST_GUILESS_MAIN(TestDataService)
#include "tst_dataservice.moc"
