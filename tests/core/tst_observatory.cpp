// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observatory/directoryfigures.h"
#include "observatory/eventfigures.h"
#include "observatory/keyfigures.h"
#include "observatory/meetingfigures.h"
#include "observatoryfixture.h"
#include "testhelpers.h"

#include <QStandardPaths>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lianes::Period)

namespace {
double measure(const FigureRows &rows, const QString &key, int index = 0)
{
    const FigureRow *row = Figures::find(rows, key);
    return row ? row->measures.value(index) : -1;
}
}

/** The observatory's aggregations on small fixed data sets: periods in Paris time, groupings, what is
 *  counted apart. */
class TestObservatory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
    }

    void meetingsOfAPeriod_data()
    {
        QTest::addColumn<QStringList>("starts"); // Paris local times; each meeting lasts 2 h for 3 people
        QTest::addColumn<Period>("period");
        QTest::addColumn<int>("count");

        QTest::newRow("empty data") << QStringList{} << Period::year(2020) << 0;
        QTest::newRow("nothing in the period") << QStringList{u"2019-06-01T10:00"_s} << Period::year(2020) << 0;
        QTest::newRow("one day: its first and last minute, not the days around")
            << QStringList{u"2020-03-10T23:59"_s, u"2020-03-11T00:00"_s, u"2020-03-11T23:59"_s, u"2020-03-12T00:00"_s}
            << Period::days(QDate(2020, 3, 11), QDate(2020, 3, 11)) << 2;
        QTest::newRow("new year's eve 23:30 in Paris is 2020 (22:30 UTC)")
            << QStringList{u"2020-12-31T23:30"_s} << Period::year(2020) << 1;
        QTest::newRow("new year's eve 23:30 in Paris is not 2021")
            << QStringList{u"2020-12-31T23:30"_s} << Period::year(2021) << 0;
        QTest::newRow("new year's day 00:30 in Paris is 2021 (still 2020 in UTC)")
            << QStringList{u"2021-01-01T00:30"_s} << Period::year(2021) << 1;
        QTest::newRow("new year's day 00:30 in Paris is not 2020")
            << QStringList{u"2021-01-01T00:30"_s} << Period::year(2020) << 0;
        QTest::newRow("summer time: 30 June 23:30 in Paris is 30 June")
            << QStringList{u"2020-06-30T23:30"_s, u"2020-07-01T00:30"_s}
            << Period::days(QDate(2020, 6, 30), QDate(2020, 6, 30)) << 1;
        QTest::newRow("every year") << QStringList{u"2019-01-01T00:00"_s, u"2026-11-28T10:00"_s} << Period() << 2;
    }

    void meetingsOfAPeriod()
    {
        QFETCH(QStringList, starts);
        QFETCH(Period, period);
        QFETCH(int, count);
        Fixture::Db f;
        for (const auto &start : starts) {
            Fixture::meeting(*f.db, start, 2, 3);
        }
        const auto m = MeetingFigures::compute(*f.db, period);
        QCOMPARE(m.count, count);
        QCOMPARE(m.participants, 3 * count);
        QCOMPARE(m.hours, 2.0 * count);
        QCOMPARE(Figures::total(m.byMonth), double(count));
        if (period.isOneYear()) {
            QCOMPARE(m.byMonth.size(), 12); // a year always shows its twelve months
        }
    }

    void meetingsAreGrouped()
    {
        Fixture::Db f;
        Fixture::meeting(*f.db, u"2020-01-07T16:00"_s, 1, 1, u"Clarisse"_s, u"Lille"_s);
        Fixture::meeting(*f.db, u"2020-03-11T10:00"_s, 7, 33, u"Nizar"_s, u"Lille"_s, false, u"Commission"_s);
        Fixture::meeting(*f.db, u"2020-05-14T14:30"_s, 2, 53, u"Hugo"_s, u"En ligne"_s, true, u"Webinaire"_s);
        Fixture::meeting(*f.db, u"2020-06-12T15:00"_s, 1, 28, u"Hugo"_s, u"En Ligne"_s, true, u"ISI"_s);
        Fixture::meeting(*f.db, u"2020-02-18T13:45"_s, 3, 28, u""_s, u""_s, false, u"Commission ECSI"_s);
        Fixture::meeting(*f.db, u"2020-12-31T23:30"_s, 0.5, 2, u"Lucie"_s, u"Amiens"_s);

        const auto m = MeetingFigures::compute(*f.db, Period::year(2020), 3);
        QCOMPARE(m.count, 6);
        QCOMPARE(m.participants, 145);
        QCOMPARE(m.hours, 14.5);
        QCOMPARE(m.online, 2);
        // Months: Paris months, French short names, zeros kept; New Year's Eve 23:30 is December.
        QCOMPARE(m.byMonth.first().label, u"janv."_s);
        QCOMPARE(measure(m.byMonth, u"2020-12"_s), 1.0);
        QCOMPARE(measure(m.byMonth, u"2020-04"_s), 0.0);
        QCOMPARE(measure(m.byMonth, u"2020-05"_s, 1), 53.0);
        // Places: online however written, else the place; an empty place is said so; ties (Lille and
        // online, 2 each) keep the order in which they first appear.
        QCOMPARE(m.byPlace.first().label, u"Lille"_s);
        QCOMPARE(m.byPlace[1].label, u"En ligne"_s);
        QCOMPARE(measure(m.byPlace, u"En ligne"_s), 2.0);
        QCOMPARE(measure(m.byPlace, u"Lille"_s, 2), 8.0);
        QCOMPARE(measure(m.byPlace, u"Lieu non précisé"_s), 1.0);
        // Staff: an empty name is "Non attribué".
        QCOMPARE(measure(m.byStaff, u"Hugo"_s, 1), 81.0);
        QCOMPARE(measure(m.byStaff, u"Non attribué"_s), 1.0);
        // Most attended: most participants first, the earlier of two equals first, top 3 only.
        QCOMPARE(m.mostAttended.size(), 3);
        QCOMPARE(m.mostAttended[0].label, u"Webinaire"_s);
        QCOMPARE(m.mostAttended[1].label, u"Commission"_s);
        QCOMPARE(m.mostAttended[2].label, u"Commission ECSI"_s); // 18 Feb before 12 June
        QCOMPARE(m.mostAttended[0].detail, u"14 mai 2020 · En ligne"_s);
    }

    void monthsOfAnOpenPeriodFollowTheData()
    {
        Fixture::Db f;
        Fixture::meeting(*f.db, u"2019-11-05T10:00"_s, 1, 1);
        Fixture::meeting(*f.db, u"2020-02-05T10:00"_s, 1, 1);
        const auto m = MeetingFigures::compute(*f.db, Period());
        QCOMPARE(m.byMonth.size(), 4); // Nov, Dec 2019, Jan, Feb 2020
        QCOMPARE(m.byMonth.first().label, u"nov. 2019"_s);
        QCOMPARE(m.byMonth.last().key, u"2020-02"_s);
        QVERIFY(MeetingFigures::compute(*f.db, Period::year(2018)).byMonth.size() == 12);
    }

    void actorsWithoutDepartementAreCountedApart()
    {
        Fixture::Db f;
        Fixture::actor(*f.db, u"association_locale"_s, u"59"_s, true);
        Fixture::actor(*f.db, u"association_locale"_s, u"59"_s);
        Fixture::actor(*f.db, u"collectivite"_s, u"62"_s, true);
        Fixture::actor(*f.db, u"ong"_s, std::nullopt, true);
        Fixture::actor(*f.db, u"ong"_s, std::nullopt);

        const auto d = DirectoryFigures::compute(*f.db, Period::year(2020));
        QCOMPARE(d.actors, 5);
        QCOMPARE(d.members, 3);
        QCOMPARE(d.actorsWithoutDepartement, 2);
        QCOMPARE(d.actorsByDepartement.size(), 5); // the five, zeros kept, in code order
        QCOMPARE(d.actorsByDepartement.first().key, u"02"_s);
        QCOMPARE(measure(d.actorsByDepartement, u"59"_s), 2.0);
        QCOMPARE(measure(d.actorsByDepartement, u"59"_s, 1), 1.0);
        QCOMPARE(measure(d.actorsByDepartement, u"80"_s), 0.0);
        QCOMPARE(Figures::total(d.actorsByDepartement) + d.actorsWithoutDepartement, double(d.actors));
        QCOMPARE(d.actorsByType.size(), 14);
        QCOMPARE(d.actorsByType.first().key, u"association_locale"_s);
        QCOMPARE(d.actorsByType[1].key, u"ong"_s);
        QCOMPARE(measure(d.actorsByType, u"fondation"_s), 0.0);
        QCOMPARE(measure(d.actorsByFamily, u"0"_s), 4.0); // associations, ONG, collectifs
    }

    void projectsOfAPeriod_data()
    {
        QTest::addColumn<QVariant>("yearStart");
        QTest::addColumn<QVariant>("yearEnd");
        QTest::addColumn<Period>("period");
        QTest::addColumn<bool>("counted");
        const QVariant none;
        QTest::newRow("same year") << QVariant(2020) << none << Period::year(2020) << true;
        QTest::newRow("started before, no end: that year only") << QVariant(2019) << none << Period::year(2020) << false;
        QTest::newRow("spans the year") << QVariant(2019) << QVariant(2021) << Period::year(2020) << true;
        QTest::newRow("ends that year") << QVariant(2018) << QVariant(2020) << Period::year(2020) << true;
        QTest::newRow("starts after") << QVariant(2021) << QVariant(2022) << Period::year(2020) << false;
        QTest::newRow("undated: every period") << none << none << Period::year(2020) << true;
        QTest::newRow("one day of the year") << QVariant(2020) << none
                                             << Period::days(QDate(2020, 7, 1), QDate(2020, 7, 1)) << true;
        QTest::newRow("every year") << QVariant(1990) << none << Period() << true;
    }

    void projectsOfAPeriod()
    {
        QFETCH(QVariant, yearStart);
        QFETCH(QVariant, yearEnd);
        QFETCH(Period, period);
        QFETCH(bool, counted);
        Fixture::Db f;
        auto year = [](const QVariant &v) { return v.isValid() ? std::optional(v.toLongLong()) : std::nullopt; };
        Fixture::project(*f.db, u"recital"_s, year(yearStart), year(yearEnd), 1000.0);
        const auto d = DirectoryFigures::compute(*f.db, period);
        QCOMPARE(d.projects, counted ? 1 : 0);
        QCOMPARE(Figures::total(d.projectsByKind, 1), counted ? 1000.0 : 0.0);
    }

    void projectsByThemeCountryDepartementAndKind()
    {
        Fixture::Db f;
        const qint64 lille = Fixture::actor(*f.db, u"collectivite"_s, u"59"_s);
        const qint64 arras = Fixture::actor(*f.db, u"collectivite"_s, u"62"_s);
        const qint64 nowhere = Fixture::actor(*f.db, u"ong"_s, std::nullopt);
        const qint64 maroc = Fixture::project(*f.db, u"projet_mutualise"_s, 2020, std::nullopt);
        const qint64 r1 = Fixture::project(*f.db, u"recital"_s, 2020, std::nullopt, 2800.0);
        const qint64 r2 = Fixture::project(*f.db, u"recital"_s, 2020, std::nullopt, 2574.0);
        Fixture::project(*f.db, u"tandem"_s, 2020, 2021);
        const char *theme = "INSERT INTO project_theme(project, theme) VALUES(?, ?)";
        const char *country = "INSERT INTO project_country(project, country) VALUES(?, ?)";
        Fixture::projectLink(*f.db, theme, maroc, u"energie_climat"_s);
        Fixture::projectLink(*f.db, theme, r1, u"ecsi"_s);
        Fixture::projectLink(*f.db, theme, r2, u"ecsi"_s);
        Fixture::projectLink(*f.db, country, maroc, u"MA"_s);
        Fixture::projectLink(*f.db, country, r1, u"MA"_s);
        Fixture::projectLink(*f.db, country, r2, u"NA"_s);
        auto link = f.db->prepare("INSERT INTO project_actor(project, actor, role) VALUES(?, ?, ?)");
        link.bind(1, maroc).bind(2, lille).bind(3, u"lead"_s).exec();
        link.bind(1, maroc).bind(2, arras).bind(3, u"partner"_s).exec();
        link.bind(1, r1).bind(2, lille).bind(3, u"lead"_s).exec();
        link.bind(1, r2).bind(2, nowhere).bind(3, u"lead"_s).exec();

        const auto d = DirectoryFigures::compute(*f.db, Period::year(2020));
        QCOMPARE(d.projects, 4);
        QCOMPARE(d.projectsByTheme.size(), 12);
        QCOMPARE(d.projectsByTheme.first().key, u"ecsi"_s);
        QCOMPARE(d.projectsByTheme.first().value(), 2.0);
        QCOMPARE(d.projectsByCountry.first().key, u"MA"_s);
        QCOMPARE(d.projectsByCountry.first().label, u"Maroc"_s);
        QCOMPARE(d.projectsByCountry.first().value(), 2.0);
        // A project counts once in each département where one of its actors is.
        QCOMPARE(measure(d.projectsByDepartement, u"59"_s), 2.0);
        QCOMPARE(measure(d.projectsByDepartement, u"62"_s), 1.0);
        QCOMPARE(d.projectsWithoutDepartement, 2); // r2's actor has none; the tandem has no actor
        QCOMPARE(measure(d.projectsByKind, u"recital"_s), 2.0);
        QCOMPARE(measure(d.projectsByKind, u"recital"_s, 1), 5374.0);
        QCOMPARE(Figures::find(d.projectsByKind, u"tandem"_s)->label, u"Tandems Solidaires"_s);
    }

    void trainingsAreTheFormationsHeld()
    {
        Fixture::Db f;
        Fixture::event(*f.db, u"formation"_s, u"2020-09-29T09:00"_s, 420, 14, u"ECSI"_s);
        Fixture::event(*f.db, u"formation"_s, u"2020-12-31T23:30"_s, 90, 9, u"Tard"_s);
        Fixture::event(*f.db, u"formation"_s, u"2021-01-01T00:30"_s, 60, 5); // next year in Paris
        Fixture::event(*f.db, u"formation"_s, u"2020-11-01T09:00"_s, 60, std::nullopt); // not recorded
        Fixture::event(*f.db, u"webinaire"_s, u"2020-05-14T14:30"_s, 120, 53); // not a training

        const auto e = EventFigures::compute(*f.db, Period::year(2020));
        QCOMPARE(e.trainings, 2);
        QCOMPARE(e.trainingHours, 8.5);
        QCOMPARE(e.trainingParticipants, 23);
        QCOMPARE(e.trainingList.first().label, u"ECSI"_s);
        QCOMPARE(e.trainingList.first().detail, u"29 septembre 2020 · Amiens"_s);
        QCOMPARE(e.trainingList.last().measures, (QList<double>{9, 1.5}));
        QCOMPARE(EventFigures::compute(*f.db, Period::year(2019)).trainings, 0);
    }

    void registrationsPerEvent()
    {
        Fixture::Db f;
        const qint64 a = Fixture::event(*f.db, u"webinaire"_s, u"2026-12-03T15:00"_s, 60, std::nullopt, u"A"_s);
        const qint64 b = Fixture::event(*f.db, u"festisol"_s, u"2026-11-30T15:00"_s, 60, std::nullopt, u"B"_s);
        Fixture::event(*f.db, u"formation"_s, u"2026-12-10T09:00"_s, 60, std::nullopt); // no registration
        Fixture::registration(*f.db, a, u"confirmed"_s, true);
        Fixture::registration(*f.db, a, u"confirmed"_s);
        Fixture::registration(*f.db, a, u"waiting"_s);
        Fixture::registration(*f.db, a, u"cancelled"_s);
        Fixture::registration(*f.db, b, u"confirmed"_s);

        const auto e = EventFigures::compute(*f.db, Period::year(2026));
        QCOMPARE(e.registrationsByEvent.size(), 2);
        QCOMPARE(e.registrationsByEvent[0].label, u"B"_s); // by date
        QCOMPARE(e.registrationsByEvent[1].measures, (QList<double>{2, 1, 1, 1}));
        QCOMPARE(e.confirmed, 3);
        QCOMPARE(e.waiting, 1);
        QCOMPARE(e.cancelled, 1);
        QCOMPARE(e.checkedIn, 1);
        QVERIFY(EventFigures::compute(*f.db, Period::year(2025)).registrationsByEvent.isEmpty());
    }

    void keyFiguresAreComputed()
    {
        Fixture::Db f;
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), ParisTime::zone());
        QCOMPARE(KeyFigures::compute(*f.db, now).actors, 0);
        const qint64 a = Fixture::actor(*f.db, u"ong"_s, u"59"_s, true);
        Fixture::actor(*f.db, u"ong"_s, u"59"_s);
        Fixture::actor(*f.db, u"ong"_s, u"80"_s);
        Fixture::actor(*f.db, u"ong"_s, std::nullopt);
        const qint64 p = Fixture::project(*f.db, u"tandem"_s, 2020, std::nullopt);
        Fixture::projectLink(*f.db, "INSERT INTO project_country(project, country) VALUES(?, ?)", p, u"ML"_s);
        Fixture::projectLink(*f.db, "INSERT INTO actor_country(actor, country) VALUES(?, ?)", a, u"ML"_s);
        Fixture::projectLink(*f.db, "INSERT INTO actor_country(actor, country) VALUES(?, ?)", a, u"BJ"_s);
        Fixture::event(*f.db, u"webinaire"_s, u"2026-11-28T09:59"_s, 60, std::nullopt); // started
        Fixture::event(*f.db, u"webinaire"_s, u"2026-11-28T10:00"_s, 60, std::nullopt);
        Fixture::event(*f.db, u"festisol"_s, u"2027-01-15T10:00"_s, 60, std::nullopt);

        const auto k = KeyFigures::compute(*f.db, now);
        QCOMPARE(k.actors, 4);
        QCOMPARE(k.members, 1);
        QCOMPARE(k.projects, 1);
        QCOMPARE(k.departementsCovered, 2);
        QCOMPARE(k.countries, 2);
        QCOMPARE(k.upcomingEvents, 2);
    }
};

QTEST_GUILESS_MAIN(TestObservatory)
#include "tst_observatory.moc"
