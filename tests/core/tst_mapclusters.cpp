// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/vocabulary.h"
#include "dataio/demoloader.h"
#include "map/clustermodel.h"
#include "map/filtermodel.h"
#include "map/mapservice.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>
#include <set>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

// Actors spread over the region with every combination of types, themes, départements and
// membership, some of them unlocated, some sharing one place (like actors geocoded to a town).
QList<ActorRecord> syntheticActors(int n)
{
    QRandomGenerator rnd(42);
    const auto types = Vocabulary::actorTypes();
    QList<ActorRecord> actors;
    for (int i = 0; i < n; ++i) {
        ActorRecord a;
        a.id = 100000 + i;
        a.name = u"Acteur %1"_s.arg(i);
        const int type = int(rnd.bounded(types.size()));
        a.type = types.at(type).code;
        a.typeIndex = type;
        a.family = int(types.at(type).family);
        a.member = rnd.bounded(3) == 0;
        a.departementIndex = int(rnd.bounded(5));
        a.themes = rnd.bounded(1U << 12);
        if (i % 17 != 0) {
            const bool sameTown = i % 5 == 0;
            a.lat = sameTown ? 50.6318 : 49.0 + rnd.bounded(2.0);
            a.lon = sameTown ? 3.0471 : 1.5 + rnd.bounded(2.6);
        }
        actors.append(a);
    }
    return actors;
}
} // namespace

/** Filters with their counts, and clusters that always hold exactly the filtered actors. */
class TestMapClusters : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MapService> m_map;

    int rowOf(MapFilter::Group group, const QString &code) const
    {
        FilterModel *f = m_map->filters();
        for (int row = 0; row < f->rowCount(); ++row) {
            const QModelIndex i = f->index(row);
            if (i.data(FilterModel::GroupRole).toInt() == group && i.data(FilterModel::CodeRole).toString() == code) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoLoader::loadIfNeeded(*m_db, Now).loaded);
        m_map = std::make_unique<MapService>(m_db.get());
    }

    void facetsOfTheDemoData()
    {
        FilterModel *f = m_map->filters();
        QAbstractItemModelTester tester(f, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f->rowCount(), 2 + 1 + 14 + 12 + 5);
        QVERIFY(!f->isActive());
        const int all = f->index(rowOf(MapFilter::ShowGroup, u"actors"_s)).data(FilterModel::CountRole).toInt();
        QCOMPARE(all, m_map->catalog().actors().size());
        QCOMPARE(m_map->filteredCount(), all);

        // Counts per type add up to every actor; labels are the report's.
        int sum = 0;
        for (int row = 0; row < f->rowCount(); ++row) {
            if (f->index(row).data(FilterModel::GroupRole).toInt() == MapFilter::TypeGroup) {
                sum += f->index(row).data(FilterModel::CountRole).toInt();
            }
        }
        QCOMPARE(sum, all);
        const QModelIndex collectivite = f->index(rowOf(MapFilter::TypeGroup, u"collectivite"_s));
        QCOMPARE(collectivite.data(FilterModel::LabelRole).toString(), u"Collectivité territoriale"_s);
        QVERIFY(collectivite.data(FilterModel::CountRole).toInt() > 30);
        QCOMPARE(f->index(rowOf(MapFilter::DepartementGroup, u"59"_s)).data(FilterModel::LabelRole).toString(), u"59 Nord"_s);
        // Projects: the 32 of the demo data all have an actor.
        QCOMPARE(f->index(rowOf(MapFilter::ShowGroup, u"projects"_s)).data(FilterModel::CountRole).toInt(), 32);
    }

    void tickingAndClearing()
    {
        FilterModel *f = m_map->filters();
        QAbstractItemModelTester tester(f, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int collectivites = f->index(rowOf(MapFilter::TypeGroup, u"collectivite"_s)).data(FilterModel::CountRole).toInt();
        const int ongs = f->index(rowOf(MapFilter::TypeGroup, u"ong"_s)).data(FilterModel::CountRole).toInt();
        f->toggle(rowOf(MapFilter::TypeGroup, u"collectivite"_s));
        QVERIFY(f->isActive());
        QCOMPARE(f->activeCount(), 1);
        QCOMPARE(m_map->filteredCount(), collectivites);
        // Another type's count does not drop to zero: it says what ticking it would add.
        QCOMPARE(f->index(rowOf(MapFilter::TypeGroup, u"ong"_s)).data(FilterModel::CountRole).toInt(), ongs);
        f->toggle(rowOf(MapFilter::TypeGroup, u"ong"_s));
        QCOMPARE(m_map->filteredCount(), collectivites + ongs);
        // A département narrows the type counts.
        f->toggle(rowOf(MapFilter::DepartementGroup, u"80"_s));
        QVERIFY(f->index(rowOf(MapFilter::TypeGroup, u"collectivite"_s)).data(FilterModel::CountRole).toInt() < collectivites);
        QCOMPARE(f->activeCount(), 3);
        f->clear();
        QVERIFY(!f->isActive());
        QCOMPARE(m_map->filteredCount(), m_map->catalog().actors().size());
    }

    void membersOnlyAndProjects()
    {
        FilterModel *f = m_map->filters();
        f->toggle(rowOf(MapFilter::MemberGroup, u"member"_s));
        int members = 0;
        for (const auto &a : m_map->catalog().actors()) {
            members += a.member ? 1 : 0;
        }
        QCOMPARE(m_map->filteredCount(), members);
        f->clear();
        f->toggle(rowOf(MapFilter::ShowGroup, u"projects"_s));
        QVERIFY(f->showProjects());
        int carriers = 0;
        for (const auto &a : m_map->catalog().actors()) {
            carriers += a.projectCount > 0 ? 1 : 0;
        }
        QCOMPARE(m_map->filteredCount(), carriers);
        f->clear();
    }

    void clustersFollowTheFilters_data()
    {
        QTest::addColumn<QStringList>("ticks"); // "group:code"
        QTest::newRow("no filter") << QStringList();
        QTest::newRow("one type") << QStringList{u"0:collectivite"_s};
        QTest::newRow("two types") << QStringList{u"0:ong"_s, u"0:jumelage"_s};
        QTest::newRow("theme") << QStringList{u"1:ecsi"_s};
        QTest::newRow("département") << QStringList{u"2:59"_s};
        QTest::newRow("members") << QStringList{u"3:member"_s};
        QTest::newRow("everything") << QStringList{u"0:ong"_s, u"1:ecsi"_s, u"1:sante_urgence"_s, u"2:62"_s, u"3:member"_s};
    }
    void clustersFollowTheFilters()
    {
        QFETCH(QStringList, ticks);
        m_map->replaceActors(syntheticActors(6000));
        FilterModel *f = m_map->filters();
        ClusterModel *clusters = m_map->clusters();
        QAbstractItemModelTester tester(clusters, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &tick : ticks) {
            const auto parts = tick.split(u':');
            f->toggle(rowOf(MapFilter::Group(parts[0].toInt()), parts[1]));
        }
        const MapFilter &filter = f->filter();
        QSet<qint64> expected;
        for (const auto &a : m_map->catalog().actors()) {
            if (a.located() && filter.passes(a)) {
                expected.insert(a.id);
            }
        }
        QCOMPARE(clusters->pointCount(), expected.size());
        for (double zoom : {5.0, 7.3, 9.0, 11.5, 14.0, 16.0, 17.0}) {
            m_map->setViewport(1.3, 48.8, 4.3, 51.1, zoom);
            QSet<qint64> seen;
            int total = 0;
            for (int row = 0; row < clusters->rowCount(); ++row) {
                const QModelIndex i = clusters->index(row);
                const qint64 key = i.data(ClusterModel::KeyRole).toLongLong();
                const int count = i.data(ClusterModel::CountRole).toInt();
                const QList<qint64> ids = clusters->actorIds(key);
                // A cluster's count is the number of filtered actors it covers.
                QCOMPARE(ids.size(), count);
                QCOMPARE(i.data(ClusterModel::IsClusterRole).toBool(), count > 1);
                for (qint64 id : ids) {
                    QVERIFY2(expected.contains(id), "every actor under a marker passes the filters");
                    QVERIFY2(!seen.contains(id), "an actor is under one marker only");
                    seen.insert(id);
                }
                total += count;
            }
            QCOMPARE(total, expected.size());
        }
        f->clear();
        m_map->reload();
    }

    void viewportKeepsRowsThatStay()
    {
        m_map->replaceActors(syntheticActors(3000));
        ClusterModel *clusters = m_map->clusters();
        QAbstractItemModelTester tester(clusters, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_map->setViewport(2.8, 50.4, 3.3, 50.8, 13);
        const int before = clusters->rowCount();
        QVERIFY(before > 0);
        QSignalSpy reset(clusters, &QAbstractItemModel::modelReset);
        QSignalSpy removed(clusters, &QAbstractItemModel::rowsRemoved);
        // A small pan: rows come and go, no reset; everything shown is inside the view (+ a tenth).
        m_map->setViewport(2.85, 50.4, 3.35, 50.8, 13);
        QCOMPARE(reset.count(), 0);
        for (int row = 0; row < clusters->rowCount(); ++row) {
            const auto c = clusters->index(row).data(ClusterModel::CoordinateRole).value<QGeoCoordinate>();
            QVERIFY(c.longitude() >= 2.85 - 0.05 - 1e-9 && c.longitude() <= 3.35 + 0.05 + 1e-9);
        }
        // Far away: nothing there.
        m_map->setViewport(-60, 10, -50, 20, 8);
        QCOMPARE(clusters->rowCount(), 0);
        QVERIFY(removed.count() > 0);
        m_map->reload();
    }

    void tapOnAClusterGivesItsExtent()
    {
        m_map->replaceActors(syntheticActors(3000));
        ClusterModel *clusters = m_map->clusters();
        m_map->setViewport(1.3, 48.8, 4.3, 51.1, 7);
        bool sawSpread = false;
        bool sawSamePlace = false;
        for (int row = 0; row < clusters->rowCount(); ++row) {
            const qint64 key = clusters->index(row).data(ClusterModel::KeyRole).toLongLong();
            if (!clusters->index(row).data(ClusterModel::IsClusterRole).toBool()) {
                continue;
            }
            const QGeoRectangle box = clusters->extent(key);
            QVERIFY(box.isValid());
            for (qint64 id : clusters->actorIds(key)) {
                const auto &a = m_map->catalog().actors().at(m_map->catalog().actorIndex(id));
                QVERIFY(box.contains(QGeoCoordinate(*a.lat, *a.lon)));
            }
            const int zoom = clusters->expansionZoom(key);
            QVERIFY(zoom > 7);
            sawSpread = sawSpread || box.width() > 0.01;
        }
        // Actors at one place: zooming never splits them; the list shows them instead.
        m_map->setViewport(3.0, 50.6, 3.1, 50.7, 16);
        for (int row = 0; row < clusters->rowCount(); ++row) {
            const QModelIndex i = clusters->index(row);
            if (i.data(ClusterModel::CountRole).toInt() > 100) {
                const qint64 key = i.data(ClusterModel::KeyRole).toLongLong();
                QVERIFY(clusters->expansionZoom(key) > 16);
                QCOMPARE(clusters->extent(key).width(), 0.0);
                sawSamePlace = true;
            }
        }
        QVERIFY(sawSpread);
        QVERIFY(sawSamePlace);
        m_map->reload();
    }

    // Labels give way to the markers drawn over them (ClusterModel::covers): a box in pixels
    // relative to a point, against the discs shown at the viewport's zoom.
    void labelsGiveWayToMarkers_data()
    {
        QTest::addColumn<int>("actors"); // at the point: 1 is a dot (20 px), 10 a cluster (39 px)
        QTest::addColumn<double>("dx");
        QTest::addColumn<double>("dy");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("covered");
        QTest::newRow("name on the dot") << 1 << -20.0 << -5.0 << 40.0 << 10.0 << 1.0 << true;
        QTest::newRow("name 9 px right of a dot") << 1 << 9.0 << -5.0 << 40.0 << 10.0 << 1.0 << true;
        QTest::newRow("name 11 px right of a dot") << 1 << 11.0 << -5.0 << 40.0 << 10.0 << 1.0 << false;
        QTest::newRow("dot drawn twice as big") << 1 << 11.0 << -5.0 << 40.0 << 10.0 << 2.0 << true;
        QTest::newRow("name 19 px under a cluster") << 10 << -20.0 << 19.0 << 40.0 << 10.0 << 1.0 << true;
        QTest::newRow("name 20 px under a cluster") << 10 << -20.0 << 20.0 << 40.0 << 10.0 << 1.0 << false;
        // The box's corner at (14, 14): 19.8 px from the centre, outside a 19.5 px disc.
        QTest::newRow("corner beside a cluster") << 10 << 14.0 << 14.0 << 40.0 << 10.0 << 1.0 << false;
        QTest::newRow("corner in a cluster") << 10 << 13.0 << 13.0 << 40.0 << 10.0 << 1.0 << true;
    }

    void labelsGiveWayToMarkers()
    {
        QFETCH(int, actors);
        QFETCH(double, dx);
        QFETCH(double, dy);
        QFETCH(double, width);
        QFETCH(double, height);
        QFETCH(double, scale);
        QFETCH(bool, covered);
        const QGeoCoordinate place(50.0, 3.0);
        MapCatalog catalog;
        QList<ActorRecord> records;
        for (int i = 0; i < actors; ++i) {
            ActorRecord a;
            a.id = i + 1;
            a.lat = place.latitude();
            a.lon = place.longitude();
            records.append(a);
        }
        catalog.setActors(records);
        std::vector<int> indices(static_cast<std::size_t>(actors));
        std::iota(indices.begin(), indices.end(), 0);
        ClusterModel model;
        QCOMPARE(model.covers(place, -5, -5, 10, 10, 1), false); // no viewport yet: no marker shown
        model.rebuild(&catalog, indices);
        model.setViewport(2.9, 49.9, 3.1, 50.1, 10);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ClusterModel::CountRole).toInt(), actors);
        QCOMPARE(model.index(0).data(ClusterModel::DiameterRole).toDouble(), ClusterModel::markerDiameter(actors));
        QCOMPARE(model.covers(place, dx, dy, width, height, scale), covered);
        // The same box around another place, 20 km away (220 px at zoom 10): nothing over it.
        QCOMPARE(model.covers(QGeoCoordinate(50.0, 3.3), dx, dy, width, height, scale), false);
    }

    void markersGrowWithTheirCount_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("diameter");
        QTest::newRow("single actor") << 1 << 20.0;
        QTest::newRow("2") << 2 << 30 + 9 * std::log10(2.0);
        QTest::newRow("10") << 10 << 39.0;
        QTest::newRow("1000") << 1000 << 57.0;
    }

    void markersGrowWithTheirCount()
    {
        QFETCH(int, count);
        QFETCH(double, diameter);
        QCOMPARE(ClusterModel::markerDiameter(count), diameter);
    }

    void revisionFollowsTheMarkersNotThePan()
    {
        // Labels ask covers() again when the revision moves: when the markers or the zoom change,
        // not at every frame of a pan that keeps them.
        MapCatalog catalog;
        ActorRecord a;
        a.id = 1;
        a.lat = 50.0;
        a.lon = 3.0;
        catalog.setActors({a});
        ClusterModel model;
        model.rebuild(&catalog, {0});
        QSignalSpy changed(&model, &ClusterModel::markersChanged);
        model.setViewport(2.5, 49.5, 3.5, 50.5, 9);
        QCOMPARE(changed.size(), 1);
        const int revision = model.revision();
        model.setViewport(2.51, 49.5, 3.51, 50.5, 9); // panned a little: the same marker
        QCOMPARE(model.revision(), revision);
        model.setViewport(2.51, 49.5, 3.51, 50.5, 9.5); // zoomed: the pixels between points change
        QVERIFY(model.revision() > revision);
        const int zoomed = model.revision();
        model.setViewport(10, 10, 11, 11, 9.5); // the marker leaves the view
        QVERIFY(model.revision() > zoomed);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMapClusters)
#include "tst_mapclusters.moc"
