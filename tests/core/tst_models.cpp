// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/eventlistmodel.h"
#include "dataio/demoloader.h"
#include "map/actormarkermodel.h"
#include "map/basemapmodel.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QGeoPolygon>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));
}

/** The foundation's models, checked by QAbstractItemModelTester and for what they show. */
class TestModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoLoader::loadIfNeeded(*m_db, Now).loaded);
    }

    void upcomingEventsAreSortedAndFormatted()
    {
        EventListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(m_db.get());
        model.setNow(Now);
        QVERIFY(model.rowCount() > 0);
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            const QDateTime start = i.data(EventListModel::StartsAtRole).toDateTime();
            QVERIFY(start > Now);
            QVERIFY(!previous.isValid() || previous <= start);
            previous = start;
            QVERIFY(!i.data(EventListModel::TitleRole).toString().isEmpty());
            QVERIFY(!i.data(EventListModel::KindLabelRole).toString().isEmpty());
            QVERIFY(i.data(EventListModel::TimeLabelRole).toString().contains(u':'));
        }
        // The day is written in French, in Paris time.
        const QString day = model.index(0).data(EventListModel::DateLabelRole).toString();
        QVERIFY2(day.contains(u"décembre"_s) || day.contains(u"novembre"_s) || day.contains(u"janvier"_s), qPrintable(day));
        // Moving the clock past every event empties the list.
        model.setNow(Now.addYears(5));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.empty());
    }

    void markersAreTheLocatedActors()
    {
        ActorMarkerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        auto q = m_db->prepare("SELECT count(*) FROM actor WHERE lat IS NOT NULL");
        q.step();
        QCOMPARE(model.rowCount(), int(q.integer(0)));
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto c = model.index(row).data(ActorMarkerModel::CoordinateRole).value<QGeoCoordinate>();
            QVERIFY(c.isValid());
            QVERIFY(c.latitude() > 48.8 && c.latitude() < 51.1);
            QVERIFY(c.longitude() > 1.3 && c.longitude() < 4.3);
        }
    }

    void basemapHasTheFiveDepartements()
    {
        BasemapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLayer(u"departements"_s);
        QStringList labelled;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            const auto shape = i.data(BasemapModel::ShapeRole).value<QGeoPolygon>();
            QVERIFY(shape.perimeter().size() >= 3);
            if (i.data(BasemapModel::IsLabelRole).toBool()) {
                labelled << i.data(BasemapModel::CodeRole).toString();
                // The label point lies inside its département.
                QVERIFY(shape.contains(i.data(BasemapModel::LabelCoordinateRole).value<QGeoCoordinate>()));
            }
        }
        labelled.sort();
        QCOMPARE(labelled, QStringList({u"02"_s, u"59"_s, u"60"_s, u"62"_s, u"80"_s}));
        // Nord and Oise are multipolygons (exclaves): more rows than features.
        QVERIFY(model.rowCount() > 5);
        model.setLayer(u"no-such-layer"_s);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
