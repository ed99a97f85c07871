// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataio/demoloader.h"
#include "observatory/choroplethmodel.h"
#include "observatory/figurelistmodel.h"
#include "observatory/observatoryservice.h"
#include "observatory/reportwriter.h"
#include "observatory/tilelistmodel.h"
#include "observatoryfixture.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));
using Tester = QAbstractItemModelTester;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::QtTest;

// Spaces as people read them: the locale's narrow and no-break spaces become plain ones.
QString plain(QString text)
{
    return text.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
}
}

/** The observatory's chart models (checked by QAbstractItemModelTester) and the Observatory service. */
class TestObservatoryModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
    }

    void figureListModel()
    {
        FigureListModel model;
        Tester tester(&model, Fatal);
        QVERIFY(model.empty());
        QCOMPARE(model.axisMaximum(), 1.0);
        model.setColumns(u"Réunions par lieu"_s, u"Lieu"_s,
                         {{u"Réunions"_s, FigureFormat::Kind::Count}, {u"Heures"_s, FigureFormat::Kind::Hours}});
        model.setChartLimit(3);
        QSignalSpy changed(&model, &FigureListModel::changed);
        model.setRows({{u"a"_s, u"En ligne"_s, {}, {117, 250.5}},
                       {u"b"_s, u"Lille"_s, {}, {58, 120}},
                       {u"c"_s, u"Amiens"_s, {}, {14, 20}},
                       {u"d"_s, u"Arras"_s, {}, {6, 12}},
                       {u"e"_s, u"Roubaix"_s, {}, {4, 4}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowCount(model.index(0)), 0);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(FigureListModel::LabelRole).toString(), u"En ligne"_s);
        QCOMPARE(first.data(FigureListModel::FractionRole).toDouble(), 1.0);
        QCOMPARE(model.index(1).data(FigureListModel::FractionRole).toDouble(), 58.0 / 117.0);
        QCOMPARE(plain(first.data(FigureListModel::ShareLabelRole).toString()), u"59 %"_s);
        QCOMPARE(first.data(FigureListModel::CellsRole).toStringList(), (QStringList{u"117"_s, u"250,5"_s}));
        QCOMPARE(model.columnTitles(), (QStringList{u"Réunions"_s, u"Heures"_s}));
        QCOMPARE(model.totalLabel(), u"199"_s);
        // The chart keeps 2 rows and sums the rest as "Autres"; the table keeps them all.
        QCOMPARE(model.labels(), (QStringList{u"En ligne"_s, u"Lille"_s, u"Autres"_s}));
        QCOMPARE(model.values(), (QVariantList{117.0, 58.0, 24.0}));
        QCOMPARE(plain(model.sliceLabels().constLast()), u"Autres : 24"_s);
        QCOMPARE(model.axisMaximum(), 150.0); // 117 + 15 % = 134.55, rounded up to 1.5 × 100 (ticks of 30)
        const auto section = model.section();
        QCOMPARE(section.rows.size(), 5);
        QCOMPARE(section.rows[3].cells, (QStringList{u"6"_s, u"12"_s}));
        model.setRows({});
        QVERIFY(model.empty());
    }

    void tileListModel()
    {
        TileListModel model;
        Tester tester(&model, Fatal);
        model.setTiles({{u"meetings"_s, 233, FigureFormat::Kind::Count, u"réunion"_s, u"réunions"_s},
                        {u"hours"_s, 1, FigureFormat::Kind::Hours, u"heure"_s, u"heures"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(TileListModel::LabelRole).toString(), u"réunions"_s);
        QCOMPARE(model.index(1).data(TileListModel::LabelRole).toString(), u"heure"_s);
        QCOMPARE(model.value(u"meetings"_s), 233.0);
        QCOMPARE(model.value(u"nothing"_s), 0.0);
        // Same keys: the values change in place (no reset), the kiosk's tiles stay.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.setTiles({{u"meetings"_s, 1234, FigureFormat::Kind::Count, u"réunion"_s, u"réunions"_s},
                        {u"hours"_s, 0, FigureFormat::Kind::Hours, u"heure"_s, u"heures"_s}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(data.count(), 1);
        QCOMPARE(plain(model.index(0).data(TileListModel::ValueLabelRole).toString()), u"1 234"_s);
    }

    void choroplethModel()
    {
        ChoroplethModel model(u"departements"_s);
        Tester tester(&model, Fatal);
        const FigureRows actors{{u"02"_s, u"Aisne"_s, {}, {4}},  {u"59"_s, u"Nord"_s, {}, {36}},
                                {u"60"_s, u"Oise"_s, {}, {3}},   {u"62"_s, u"Pas-de-Calais"_s, {}, {12}},
                                {u"80"_s, u"Somme"_s, {}, {0}}};
        const FigureRows projects{{u"02"_s, u"Aisne"_s, {}, {1}}, {u"59"_s, u"Nord"_s, {}, {20}},
                                  {u"60"_s, u"Oise"_s, {}, {1}},  {u"62"_s, u"Pas-de-Calais"_s, {}, {4}},
                                  {u"80"_s, u"Somme"_s, {}, {2}}};
        model.setFigures(actors, 66, projects, 1);
        QCOMPARE(model.rowCount(), 5); // every département, a zero included
        QCOMPARE(model.legend().size(), 5); // 3, 4, 12, 36 and the zero class
        QCOMPARE(model.legend().constFirst().toMap().value(u"label"_s).toString(), u"3"_s);
        QCOMPARE(model.colors().value(u"80"_s).value<QColor>(), model.zeroColor());
        QCOMPARE(model.colors().value(u"59"_s).value<QColor>(), QColor(0x006d2c)); // the darkest
        QCOMPARE(model.valueLabels().value(u"62"_s).toString(), u"12"_s);
        QCOMPARE(model.index(1).data(ChoroplethModel::ClassRole).toInt(), 3);
        QCOMPARE(model.apartLabel(), u"66 acteurs sans département"_s);
        QCOMPARE(model.legendTitle(), u"Nombre d'acteurs"_s);

        QSignalSpy measure(&model, &ChoroplethModel::measureChanged);
        model.setMeasure(ChoroplethModel::Measure::Projects);
        QCOMPARE(measure.count(), 1);
        QCOMPARE(model.legend().size(), 4); // 1, 2, 4, 20: no département at zero, no zero class
        QCOMPARE(model.valueLabels().value(u"80"_s).toString(), u"2"_s);
        QCOMPARE(model.apartLabel(), u"1 projet sans acteur situé"_s);

        ChoroplethModel world(u"world"_s);
        Tester worldTester(&world, Fatal);
        world.setMeasure(ChoroplethModel::Measure::Projects);
        world.setFigures({}, 0, {{u"ML"_s, u"Mali"_s, {}, {3}}, {u"PL"_s, u"Pologne"_s, {}, {0}}}, 20);
        QCOMPARE(world.rowCount(), 1); // countries only where there is a count
        QVERIFY(!world.colors().contains(u"PL"_s));
        QCOMPARE(world.apartLabel(), u"20 projets sans pays partenaire"_s);
        QCOMPARE(world.legend().constLast().toMap().value(u"label"_s).toString(), u"0"_s); // the other countries
    }

    void defaultYearIsTheParisYear_data()
    {
        QTest::addColumn<QString>("meeting"); // Paris local time of the only meeting
        QTest::addColumn<int>("year");
        QTest::newRow("new year's eve, 23:30 in Paris (22:30 UTC)") << u"2020-12-31T23:30"_s << 2020;
        QTest::newRow("new year's day, 00:30 in Paris (still 2020 in UTC)") << u"2021-01-01T00:30"_s << 2021;
        QTest::newRow("summer") << u"2019-07-01T00:30"_s << 2019;
    }
    void defaultYearIsTheParisYear()
    {
        QFETCH(QString, meeting);
        QFETCH(int, year);
        Fixture::Db f;
        Fixture::meeting(*f.db, meeting, 1, 1);
        ObservatoryService service;
        service.setNow(Now);
        service.setDatabase(f.db.get());
        QCOMPARE(service.year(), year);
        QCOMPARE(service.years(), (QList<int>{year, 2026}));
        QCOMPARE(service.summary()->value(u"meetings"_s), 1.0);
    }

    void emptyDatabaseShowsTheClocksYear()
    {
        Fixture::Db f;
        ObservatoryService service;
        service.setNow(Now);
        service.setDatabase(f.db.get());
        QCOMPARE(service.year(), 2026);
        QCOMPARE(service.years(), QList<int>{2026});
        QVERIFY(!service.hasPreviousYear());
        QVERIFY(!service.hasNextYear());
        QVERIFY(service.meetingsByMonth()->rowCount() == 12);
        QCOMPARE(service.summary()->value(u"actors"_s), 0.0);
    }

    void serviceOnTheDemoData()
    {
        Fixture::Db f;
        QVERIFY(DemoLoader::loadIfNeeded(*f.db, Now).loaded);
        ObservatoryService service;
        service.setNow(Now);
        service.setDatabase(f.db.get());
        // Testers stay for the whole test: every reset below is checked.
        std::vector<std::unique_ptr<Tester>> testers;
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 service.actorsByType(), service.meetingsByMonth(), service.mostAttended(), service.trainings(),
                 service.registrations(), service.projectsByKind(), service.departements(), service.countries(),
                 service.keyFigures(), service.summary()}) {
            testers.push_back(std::make_unique<Tester>(model, Fatal));
        }

        // The latest year with meetings is shown first; the clock's year can be chosen too.
        QCOMPARE(service.year(), 2020);
        QCOMPARE(service.periodLabel(), u"Année 2020"_s);
        QVERIFY(service.years().contains(2026));
        QCOMPARE(service.summary()->value(u"meetings"_s), 233.0);
        QCOMPARE(service.meetingsByMonth()->rowCount(), 12);
        QVERIFY(service.hasNextYear());

        QSignalSpy period(&service, &ObservatoryService::periodChanged);
        service.showNextYear();
        QVERIFY(service.year() > 2020);
        QCOMPARE(period.count(), 1);
        QCOMPARE(service.summary()->value(u"meetings"_s), 0.0);
        service.setAllYears(true);
        QCOMPARE(service.year(), 0);
        QCOMPARE(service.periodLabel(), u"Toutes les années"_s);
        QCOMPARE(service.summary()->value(u"meetings"_s), 233.0);
        service.setAllYears(false);
        QVERIFY(service.year() > 2020); // back to the year shown before

        // Key figures for the kiosk, computed: the demo data's actors, projects, départements, events.
        QCOMPARE(service.keyFigures()->value(u"actors"_s), 127.0);
        QCOMPARE(service.keyFigures()->value(u"projects"_s), 32.0);
        QCOMPARE(service.keyFigures()->value(u"departements"_s), 5.0);
        QCOMPARE(service.keyFigures()->value(u"upcomingEvents"_s), 10.0);
        // A new actor shows after a refresh (the App's dataChanged triggers it in the app).
        Fixture::actor(*f.db, u"ong"_s, u"80"_s);
        service.refresh();
        QCOMPARE(service.keyFigures()->value(u"actors"_s), 128.0);
    }
};

QTEST_GUILESS_MAIN(TestObservatoryModels)
#include "tst_observatorymodels.moc"
