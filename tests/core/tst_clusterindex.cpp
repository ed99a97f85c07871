// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/clusterindex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <set>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

std::vector<ClusterIndex::LonLat> readPoints(const QString &path)
{
    std::vector<ClusterIndex::LonLat> points;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return points;
    }
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() == 2) {
            points.push_back({f[0].toDouble(), f[1].toDouble()});
        }
    }
    return points;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

ClusterIndex::Options optionsFrom(const QJsonObject &o)
{
    ClusterIndex::Options options;
    options.radius = o.value("radius"_L1).toDouble(options.radius);
    options.extent = o.value("extent"_L1).toDouble(options.extent);
    options.maxZoom = o.value("maxZoom"_L1).toInt(options.maxZoom);
    options.minZoom = o.value("minZoom"_L1).toInt(options.minZoom);
    options.minPoints = o.value("minPoints"_L1).toInt(options.minPoints);
    return options;
}

const QString Data = QStringLiteral(LIANES_TEST_DATA "/cluster/");

} // namespace

/** The cluster index answers what supercluster 9.1.0 answers (tests/data/cluster/README.md). */
class TestClusterIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsSupercluster_data()
    {
        QTest::addColumn<QString>("points");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("config");
        QTest::addColumn<bool>("parallel");
        for (const char *size : {"1k", "10k"}) {
            for (int config = 0; config < 3; ++config) {
                for (bool parallel : {false, true}) {
                    QTest::addRow("%s points, options %d%s", size, config, parallel ? ", trees in parallel" : "")
                        << u"points-%1-seed7.csv"_s.arg(QLatin1StringView(size))
                        << u"expected-%1-seed7.json"_s.arg(QLatin1StringView(size)) << config << parallel;
                }
            }
        }
    }

    void sameAsSupercluster()
    {
        QFETCH(QString, points);
        QFETCH(QString, expected);
        QFETCH(int, config);
        QFETCH(bool, parallel);
        const auto input = readPoints(Data + points);
        QVERIFY(input.size() >= 1000);
        const QJsonObject peer = readJson(Data + expected).value("configs"_L1).toArray().at(config).toObject();
        QVERIFY(!peer.isEmpty());

        ClusterIndex::Options options = optionsFrom(peer.value("options"_L1).toObject());
        options.parallelTrees = parallel;
        ClusterIndex index(options);
        index.load(input);
        QCOMPARE(index.pointCount(), input.size());

        // Number of clusters and points at every zoom, over the region and over the world.
        const QJsonObject counts = peer.value("counts"_L1).toObject();
        for (int z = 0; z <= 18; ++z) {
            const auto key = QString::number(z);
            QCOMPARE(int(index.clusters(1.3, 48.8, 4.3, 51.1, z).size()),
                     counts.value("region"_L1).toObject().value(key).toInt());
            QCOMPARE(int(index.clusters(-180, -85, 180, 85, z).size()),
                     counts.value("world"_L1).toObject().value(key).toInt());
        }

        // Zoom 9 item by item: same order, same ids, counts, places, expansion zooms, leaves.
        const QJsonArray items = peer.value("zoom9"_L1).toArray();
        const auto ours = index.clusters(1.3, 48.8, 4.3, 51.1, 9);
        QCOMPARE(int(ours.size()), int(items.size()));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonArray e = items.at(i).toArray();
            const ClusterIndex::Item &item = ours[std::size_t(i)];
            QCOMPARE(item.id, e.at(0).toInt());
            QCOMPARE(item.count, e.at(1).toInt());
            QVERIFY(std::abs(item.lon - e.at(2).toDouble()) < 1e-9);
            QVERIFY(std::abs(item.lat - e.at(3).toDouble()) < 1e-9);
            if (!item.isCluster()) {
                QVERIFY(!index.isClusterId(item.id));
                continue;
            }
            QVERIFY(index.isClusterId(item.id));
            QCOMPARE(index.expansionZoom(item.id), e.at(4).toInt());
            std::vector<std::int32_t> leaves;
            index.leaves(item.id, leaves);
            QCOMPARE(int(leaves.size()), e.at(5).toInt());
            QCOMPARE(int(index.children(item.id).size()), e.at(6).toInt());
        }
    }

    // Big levels get their KD-tree on another thread: the answers are the same as on one thread.
    void parallelTreesGiveTheSameAnswers()
    {
        const auto small = readPoints(Data + u"points-10k-seed7.csv"_s);
        std::vector<ClusterIndex::LonLat> points;
        for (int copy = 0; copy < 15; ++copy) { // 150k points, shifted copies
            for (const auto &p : small) {
                points.push_back({p.lon + copy * 0.01, p.lat - copy * 0.007});
            }
        }
        ClusterIndex::Options options;
        options.minPoints = 3;
        options.parallelTrees = false;
        ClusterIndex single(options);
        single.load(points);
        options.parallelTrees = true;
        ClusterIndex parallel(options);
        parallel.load(points);
        for (int z = 0; z <= 17; ++z) {
            const auto a = single.clusters(-180, -85, 180, 85, z);
            const auto b = parallel.clusters(-180, -85, 180, 85, z);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].id, b[i].id);
                QCOMPARE(a[i].count, b[i].count);
            }
        }
        const auto top = parallel.clusters(1.3, 48.8, 4.3, 51.1, 12);
        for (std::size_t i = 0; i < top.size(); i += 97) {
            if (top[i].isCluster()) {
                QCOMPARE(parallel.children(top[i].id).size(), single.children(top[i].id).size());
                QCOMPARE(parallel.expansionZoom(top[i].id), single.expansionZoom(top[i].id));
            }
        }
    }

    void leavesPartitionThePoints()
    {
        ClusterIndex index;
        const auto input = readPoints(Data + u"points-1k-seed7.csv"_s);
        index.load(input);
        for (int z = 0; z <= 17; ++z) {
            std::set<std::int32_t> seen;
            for (const auto &item : index.clusters(-180, -85, 180, 85, z)) {
                std::vector<std::int32_t> leaves{item.id};
                if (item.isCluster()) {
                    leaves.clear();
                    index.leaves(item.id, leaves);
                }
                QCOMPARE(int(leaves.size()), item.count);
                for (auto leaf : leaves) {
                    QVERIFY2(seen.insert(leaf).second, "a point is in one item per zoom");
                }
            }
            QCOMPARE(seen.size(), input.size());
        }
    }

    void boxAcrossTheAntimeridian()
    {
        ClusterIndex index;
        const std::vector<ClusterIndex::LonLat> points{{179.5, 10}, {-179.5, 10}, {0, 10}};
        index.load(points);
        // West of the box > east: the box wraps; both sides are searched.
        QCOMPARE(index.clusters(179, 0, -179, 20, 17).size(), std::size_t(2));
        QCOMPARE(index.clusters(-200, -85, 200, 85, 17).size(), std::size_t(3));
        QCOMPARE(index.clusters(-1, 0, 1, 20, 17).size(), std::size_t(1));
    }

    void emptyAndSamePlace()
    {
        ClusterIndex empty;
        empty.load({});
        QVERIFY(empty.clusters(-180, -85, 180, 85, 5).empty());
        QVERIFY(empty.children(12345).empty());

        // Points at the same place never split: the expansion zoom goes past maxZoom.
        ClusterIndex index;
        const std::vector<ClusterIndex::LonLat> same(5, ClusterIndex::LonLat{2.3, 49.9});
        index.load(same);
        const auto top = index.clusters(-180, -85, 180, 85, 16);
        QCOMPARE(top.size(), std::size_t(1));
        QCOMPARE(top.front().count, 5);
        QCOMPARE(index.expansionZoom(top.front().id), index.options().maxZoom + 1);
        QCOMPARE(index.clusters(-180, -85, 180, 85, 17).size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestClusterIndex)
#include "tst_clusterindex.moc"
