// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataio/hashindex.h"

#include <QMultiHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Lianes;

/** The flat multimap under the import's indexes, against QMultiHash. */
class TestHashIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsQMultiHash_data()
    {
        QTest::addColumn<quint64>("keys"); // keys drawn in [0, keys): few keys, long runs of probing
        QTest::addColumn<int>("operations");
        QTest::addColumn<int>("removeEvery"); // one operation in n removes
        QTest::newRow("one key") << quint64(1) << 300 << 3;
        QTest::newRow("few keys, many values") << quint64(5) << 2000 << 4;
        QTest::newRow("row ids") << quint64(5000) << 20000 << 5;
        QTest::newRow("hashes, few removals") << ~quint64(0) << 20000 << 50;
        QTest::newRow("hashes, removed as often as added") << ~quint64(0) << 5000 << 2;
    }
    void sameAsQMultiHash()
    {
        QFETCH(quint64, keys);
        QFETCH(int, operations);
        QFETCH(int, removeEvery);
        QRandomGenerator random(7);
        HashIndex index;
        QMultiHash<quint64, qint64> reference;
        QList<std::pair<quint64, qint64>> entries;
        for (int i = 0; i < operations; ++i) {
            if (!entries.isEmpty() && random.bounded(removeEvery) == 0) {
                const auto [key, value] = entries.takeAt(random.bounded(int(entries.size())));
                index.remove(key, value);
                reference.remove(key, value);
            } else {
                const quint64 key = keys == ~quint64(0) ? random.generate64() : random.bounded(keys);
                const qint64 value = 1 + i;
                index.insert(key, value);
                reference.insert(key, value);
                entries.append({key, value});
            }
            QCOMPARE(index.size(), reference.size());
        }
        QVERIFY(index.capacity() * 4 >= index.size() * 5);
        for (const auto &[key, value] : std::as_const(entries)) {
            QList<qint64> got = index.values(key);
            QList<qint64> want = reference.values(key);
            std::sort(got.begin(), got.end());
            std::sort(want.begin(), want.end());
            QCOMPARE(got, want);
            QVERIFY(want.contains(index.value(key)));
        }
        index.remove(12345, 999'999); // absent: nothing changes
        QCOMPARE(index.size(), reference.size());
        index.insert(12345, 0); // 0 marks a free slot: not stored
        QCOMPARE(index.size(), reference.size());
        QVERIFY(!index.values(12345).contains(0));
        QVERIFY(HashIndex().values(1).isEmpty());
        QCOMPARE(HashIndex().value(1), 0);
    }
};

QTEST_GUILESS_MAIN(TestHashIndex)
#include "tst_hashindex.moc"
