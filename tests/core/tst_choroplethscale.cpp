// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observatory/choroplethscale.h"
#include "observatory/period.h"
#include "testhelpers.h"

#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lianes::Period)

/** Colour classes of the choropleth, and the periods the observatory counts over. */
class TestChoroplethScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestHelpers::useFrenchLocale(); }

    void bins_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<int>>("areas");

        QTest::newRow("nothing") << QList<int>{} << QStringList{} << QList<int>{};
        QTest::newRow("only zeros") << QList<int>{0, 0, 0} << QStringList{} << QList<int>{};
        QTest::newRow("one value") << QList<int>{0, 7, 0} << QStringList{u"7"_s} << QList<int>{1};
        // The five départements of the demo data: each count is its own class.
        QTest::newRow("few distinct values: exact classes")
            << QList<int>{4, 36, 3, 12, 6} << QStringList{u"3"_s, u"4"_s, u"6"_s, u"12"_s, u"36"_s}
            << QList<int>{1, 1, 1, 1, 1};
        QTest::newRow("repeated values") << QList<int>{1, 1, 2, 0, 2, 1} << QStringList{u"1"_s, u"2"_s}
                                         << QList<int>{3, 2};
        QTest::newRow("many values: quantile classes")
            << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
            << QStringList{u"1 – 2"_s, u"3 – 4"_s, u"5 – 6"_s, u"7 – 8"_s, u"9 – 10"_s} << QList<int>{2, 2, 2, 2, 2};
        QTest::newRow("skewed: many ones, never an empty class")
            << QList<int>{1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 4, 5, 6, 7, 40}
            << QStringList{u"1"_s, u"2 – 3"_s, u"4"_s, u"5"_s, u"6 – 40"_s} << QList<int>{9, 1, 1, 1, 3};
    }

    void bins()
    {
        QFETCH(QList<int>, values);
        QFETCH(QStringList, labels);
        QFETCH(QList<int>, areas);
        const auto scale = ChoroplethScale::fromValues(values);
        QStringList gotLabels;
        QList<int> gotAreas;
        for (const auto &bin : scale.bins()) {
            gotLabels.append(bin.label);
            gotAreas.append(bin.areas);
            QVERIFY(bin.lower <= bin.upper);
            QVERIFY(bin.areas > 0);
        }
        QCOMPARE(gotLabels, labels);
        QCOMPARE(gotAreas, areas);
        // Every value falls in exactly one class; zero in none; darker means more.
        for (int v : values) {
            QCOMPARE(scale.classOf(v) < 0, v == 0);
        }
        for (qsizetype i = 1; i < scale.bins().size(); ++i) {
            QVERIFY(scale.bins()[i].color.lightness() < scale.bins()[i - 1].color.lightness());
        }
        QCOMPARE(scale.colorOf(0), ChoroplethScale::zeroColor());
    }

    void periods_data()
    {
        QTest::addColumn<Period>("period");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("label");
        QTest::newRow("a winter-to-winter year") << Period::year(2020) << u"2019-12-31T23:00:00Z"_s
                                                 << u"2020-12-31T23:00:00Z"_s << u"2020"_s;
        QTest::newRow("a summer day") << Period::days(QDate(2020, 7, 14), QDate(2020, 7, 14))
                                      << u"2020-07-13T22:00:00Z"_s << u"2020-07-14T22:00:00Z"_s
                                      << u"du 14 juillet 2020 au 14 juillet 2020"_s;
        QTest::newRow("every date") << Period() << u"0000-01-01T00:00:00Z"_s << u"9999-12-31T23:59:59Z"_s
                                    << u"toutes les années"_s;
        QTest::newRow("reversed bounds: every date") << Period::days(QDate(2021, 1, 1), QDate(2020, 1, 1))
                                                     << u"0000-01-01T00:00:00Z"_s << u"9999-12-31T23:59:59Z"_s
                                                     << u"toutes les années"_s;
    }

    void periods()
    {
        QFETCH(Period, period);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, label);
        QCOMPARE(period.utcStart(), start);
        QCOMPARE(period.utcEnd(), end);
        QCOMPARE(period.label(), label);
    }

    void periodContainsParisDays()
    {
        const Period y2020 = Period::year(2020);
        const QTimeZone paris("Europe/Paris");
        QVERIFY(y2020.contains(QDateTime(QDate(2020, 12, 31), QTime(23, 30), paris)));
        QVERIFY(!y2020.contains(QDateTime(QDate(2021, 1, 1), QTime(0, 30), paris)));
        QVERIFY(!y2020.contains(QDateTime(QDate(2020, 12, 31), QTime(23, 30), QTimeZone::UTC)));
        QVERIFY(y2020.isOneYear());
        QVERIFY(!Period::days(QDate(2020, 1, 1), QDate(2020, 12, 30)).isOneYear());
    }
};

QTEST_GUILESS_MAIN(TestChoroplethScale)
#include "tst_choroplethscale.moc"
