// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataio/demoloader.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
qint64 scalar(const Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    q.step();
    return q.integer(0);
}

QJsonObject demoFile()
{
    QFile f(u":/lianes/demo/demo.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));
}

/** The demo data set: loaded once, whole, traceable, giving back the report's figures. */
class TestDemoLoader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DemoLoadResult m_first;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
        m_first = DemoLoader::loadIfNeeded(*m_db, Now);
        QVERIFY2(m_first.loaded, qPrintable(m_first.error));
    }

    void countsEqualTheDataFile()
    {
        const QJsonObject demo = demoFile();
        QVERIFY(!demo.isEmpty());
        QCOMPARE(m_first.actors, demo.value("actors"_L1).toArray().size());
        QCOMPARE(m_first.projects, demo.value("projects"_L1).toArray().size());
        QCOMPARE(m_first.meetings, demo.value("meetings"_L1).toArray().size());
        QCOMPARE(m_first.trainings, demo.value("trainings"_L1).toArray().size());
        QCOMPARE(m_first.upcoming, demo.value("upcoming"_L1).toArray().size());
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM actor"), m_first.actors);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM project"), m_first.projects);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM meeting"), m_first.meetings);
    }

    void everyLocatedActorIsGeocodedFromTheGazetteer()
    {
        const QJsonArray actors = demoFile().value("actors"_L1).toArray();
        const auto withTown = std::count_if(actors.begin(), actors.end(),
                                            [](const QJsonValue &a) { return a["commune"_L1].isString(); });
        QCOMPARE(m_first.located, int(withTown));
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM actor a JOIN commune c ON c.insee = a.commune "
                               "WHERE a.lat = c.lat AND a.lon = c.lon"),
                 withTown);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM actor WHERE commune IS NULL AND lat IS NULL"),
                 actors.size() - withTown);
    }

    void meetingsGiveBackTheReportTotals()
    {
        // "233 réunions tenues en 2020", "925 participants", "582 heures de réunions".
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM meeting WHERE starts_at LIKE '2020-%'"), 233);
        QCOMPARE(scalar(*m_db, "SELECT sum(participants) FROM meeting"), 925);
        QCOMPARE(scalar(*m_db, "SELECT CAST(sum(duration_hours) AS INTEGER) FROM meeting"), 582);
    }

    void pooledProjectsHaveTheirCountriesAndConsortium()
    {
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM project WHERE kind = 'projet_mutualise'"), 3);
        auto q = m_db->prepare("SELECT group_concat(country, ',') FROM (SELECT DISTINCT pc.country FROM project p "
                               "JOIN project_country pc ON pc.project = p.id WHERE p.kind = 'projet_mutualise' "
                               "ORDER BY pc.country)");
        q.step();
        QCOMPARE(q.text(0), u"MA,ML,PL"_s);
        // Mali: Roncq, Lesquin, Faches-Thumesnil, Lambersart, Orchies are in the consortium.
        QVERIFY(scalar(*m_db, "SELECT count(*) FROM project p JOIN project_country pc ON pc.project = p.id "
                              "JOIN project_actor pa ON pa.project = p.id WHERE p.kind = 'projet_mutualise' "
                              "AND pc.country = 'ML'")
                >= 5);
    }

    void recitalAmountsAddUp()
    {
        // The 16 laureates of the RECITAL table, amounts as printed.
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM project WHERE kind = 'recital'"), 16);
        QCOMPARE(scalar(*m_db, "SELECT CAST(round(sum(amount_eur) * 100) AS INTEGER) FROM project "
                               "WHERE kind = 'recital'"),
                 4678600);
    }

    void everyEntryIsTraceableToTheReport()
    {
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM actor WHERE source = ''"), 0);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM project WHERE source = ''"), 0);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM event WHERE source = ''"), 0);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM actor WHERE demo = 0"), 0);
    }

    void upcomingEventsAreScheduledAfterNow()
    {
        const QString now = Now.toUTC().toString(Qt::ISODate);
        auto q = m_db->prepare("SELECT count(*) FROM event WHERE demo = 1 AND starts_at > ? AND uid NOT LIKE "
                               "'demo-formation-2020-%'");
        q.bind(1, now);
        q.step();
        QCOMPARE(q.integer(0), m_first.upcoming);
        QVERIFY(m_first.upcoming > 0);
    }

    void loadingTwiceAddsNothing()
    {
        const qint64 actors = scalar(*m_db, "SELECT count(*) FROM actor");
        const qint64 events = scalar(*m_db, "SELECT count(*) FROM event");
        const auto again = DemoLoader::loadIfNeeded(*m_db, Now.addDays(3));
        QVERIFY(!again.loaded);
        QVERIFY(again.error.isEmpty());
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM actor"), actors);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM event"), events);
        QCOMPARE(scalar(*m_db, "SELECT count(*) FROM meeting"), 233);
    }

    void badFileChangesNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"other.db"_s));
        // An actor of an unknown type in the middle: the whole load is refused.
        const QByteArray json = R"({"actors":[{"key":"a","name":"A","type":"ong","source":"x"},
                                            {"key":"b","name":"B","type":"licorne","source":"x"}]})";
        const auto r = DemoLoader::load(*db, json, Now);
        QVERIFY(!r.loaded);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM actor"), 0);
        QVERIFY(db->setting(u"demo.loaded_at"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoLoader)
#include "tst_demoloader.moc"
