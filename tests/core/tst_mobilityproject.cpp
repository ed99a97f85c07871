// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// "Mon projet": progress arithmetic, persistence across restarts, a kiosk that writes nothing,
// the one-page PDF summary (read back with pdftotext), "Qui peut m'aider ?".
#include "app/appcontext.h"
#include "base/paristime.h"
#include "mobility/cooplab.h"
#include "mobility/cooplabstepmodel.h"
#include "mobility/helperactormodel.h"
#include "mobility/mobilityservice.h"
#include "mobility/projectlistmodel.h"
#include "mobility/projectsummary.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

std::unique_ptr<AppContext> openApp(const QString &dir, Config::Mode mode)
{
    Config config;
    config.mode = mode;
    config.dataDir = dir;
    auto app = std::make_unique<AppContext>(config);
    app->setCurrentDateTime(Now);
    if (!app->openStorage()) {
        qFatal("cannot open storage");
    }
    return app;
}

QByteArray filesHash(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : {u"lianes.db"_s, u"lianes.db-wal"_s}) {
        QFile file(dir + u'/' + name);
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}
} // namespace

class TestMobilityProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void progress_data()
    {
        QTest::addColumn<QStringList>("done");
        QTest::addColumn<int>("ideaDone");
        QTest::addColumn<int>("ideaPercent");
        QTest::addColumn<int>("overallDone");
        QTest::addColumn<int>("overallPercent");
        QTest::newRow("nothing") << QStringList{} << 0 << 0 << 0 << 0;
        QTest::newRow("one idea item") << QStringList{u"idee.envie"_s} << 1 << 20 << 1 << 5;
        QTest::newRow("two steps") << QStringList{u"idee.envie"_s, u"idee.pourquoi"_s, u"budget.depenses"_s} << 2 << 40 << 3 << 14;
        QTest::newRow("unknown item ignored") << QStringList{u"idee.envie"_s, u"nimporte.quoi"_s} << 1 << 20 << 1 << 5;
        QStringList all;
        for (const CoopLabStep &step : CoopLab::steps()) {
            for (const CoopLabItem &item : step.items) {
                all.append(item.key);
            }
        }
        QTest::newRow("everything") << all << 5 << 100 << 22 << 100;
    }

    void progress()
    {
        QFETCH(QStringList, done);
        QFETCH(int, ideaDone);
        QFETCH(int, ideaPercent);
        QFETCH(int, overallDone);
        QFETCH(int, overallPercent);
        const QSet<QString> set(done.begin(), done.end());
        QCOMPARE(CoopLab::steps().size(), 5);
        const Progress idea = CoopLab::stepProgress(CoopLab::steps().constFirst(), set);
        QCOMPARE(idea.total, 5);
        QCOMPARE(idea.done, ideaDone);
        QCOMPARE(idea.percent(), ideaPercent);
        const Progress overall = CoopLab::overallProgress(set);
        QCOMPARE(overall.total, 22);
        QCOMPARE(overall.done, overallDone);
        QCOMPARE(overall.percent(), overallPercent);
    }

    void persistsAcrossRestarts()
    {
        QTemporaryDir dir;
        {
            auto app = openApp(dir.path(), Config::Mode::Mobile);
            MobilityService mobility(app->database(), true, app->clock());
            QAbstractItemModelTester steps(mobility.steps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester projects(mobility.projects(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(mobility.savesProjects());
            QCOMPARE(mobility.projects()->count(), 0);
            const qint64 first = mobility.createProject(u"Chantier au Bénin"_s);
            mobility.setItemDone(u"idee.envie"_s, true);
            mobility.setItemDone(u"idee.pourquoi"_s, true);
            mobility.setItemDone(u"depart.sante"_s, true);
            mobility.setItemDone(u"depart.sante"_s, false);
            QCOMPARE(mobility.steps()->data(mobility.steps()->index(0), CoopLabStepModel::PercentRole).toInt(), 40);
            QCOMPARE(mobility.steps()->overallPercent(), 9);
            mobility.createProject();
            QCOMPARE(mobility.currentProjectTitle(), u"Mon projet 2"_s);
            mobility.setItemDone(u"budget.depenses"_s, true);
            mobility.selectProject(first);
            QCOMPARE(mobility.steps()->overallLabel(), u"9 % · 2 sur 22"_s);
        }
        // A new AppContext and database on the same file: everything is still there.
        auto app = openApp(dir.path(), Config::Mode::Mobile);
        MobilityService mobility(app->database(), true, app->clock());
        QCOMPARE(mobility.projects()->count(), 2);
        QCOMPARE(mobility.projects()->data(mobility.projects()->index(0), ProjectListModel::TitleRole).toString(),
                 u"Chantier au Bénin"_s);
        QCOMPARE(mobility.projects()->data(mobility.projects()->index(0), ProjectListModel::PercentRole).toInt(), 9);
        QCOMPARE(mobility.projects()->data(mobility.projects()->index(1), ProjectListModel::PercentRole).toInt(), 5);
        const auto stored = mobility.store().projects();
        QCOMPARE(stored.constFirst().done, (QSet<QString>{u"idee.envie"_s, u"idee.pourquoi"_s}));
        mobility.removeProject(stored.constFirst().id);
        QCOMPARE(mobility.projects()->count(), 1);
        auto items = app->database()->prepare("SELECT count(*) FROM mobility_project_item");
        QVERIFY(items.step());
        QCOMPARE(items.integer(0), 1); // the removed project's items went with it
    }

    void kioskWritesNothing()
    {
        QTemporaryDir dir;
        { auto warmUp = openApp(dir.path(), Config::Mode::Kiosk); } // first start: migrations and demo data
        auto app = openApp(dir.path(), Config::Mode::Kiosk);
        const QByteArray before = filesHash(dir.path());
        MobilityService mobility(app->database(), !app->isKiosk(), app->clock());
        QVERIFY(!mobility.savesProjects());
        mobility.createProject();
        mobility.setItemDone(u"idee.envie"_s, true);
        QCOMPARE(mobility.steps()->overallPercent(), 5);
        mobility.finder()->showDemoProfile();
        QVERIFY(!mobility.importCatalogue(QUrl::fromLocalFile(u"/nonexistent.json"_s)).isEmpty());
        QCOMPARE(mobility.exportSummary(dir.path()), QString());
        QVERIFY(mobility.setHelpersCommune(u"Amiens"_s).isEmpty());
        QCOMPARE(filesHash(dir.path()), before);
        auto q = app->database()->prepare("SELECT count(*) FROM mobility_project");
        QVERIFY(q.step());
        QCOMPARE(q.integer(0), 0);
        // The idle reset forgets the visitor.
        mobility.resetVisitor();
        QCOMPARE(mobility.projects()->count(), 0);
        QCOMPARE(mobility.finder()->step(), 0);
        QCOMPARE(filesHash(dir.path()), before);
    }

    void pdfSummary()
    {
        QTemporaryDir dir;
        auto app = openApp(dir.path(), Config::Mode::Mobile);
        MobilityService mobility(app->database(), true, app->clock());
        mobility.createProject(u"Échange de jeunes à Cracovie"_s);
        mobility.setItemDone(u"partenaires.accueil"_s, true);
        const QString path = mobility.exportSummary(dir.path());
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile(path).size() > 1000);
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(u"Échange de jeunes à Cracovie"_s), qPrintable(text));
        int number = 1;
        for (const CoopLabStep &step : CoopLab::steps()) {
            QVERIFY2(text.contains(u"Étape %1"_s.arg(number++)), qPrintable(text));
            QVERIFY2(text.contains(step.title.left(20)), qPrintable(step.title + u" in "_s + text));
        }
        QVERIFY(text.contains(u"[fait] J'ai trouvé une structure qui m'accueille là-bas"_s));
        QVERIFY(text.contains(u"5 % (1 sur 22)"_s));
        QProcess pdfinfo;
        pdfinfo.start(u"pdfinfo"_s, {path});
        QVERIFY(pdfinfo.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(pdfinfo.readAllStandardOutput()).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
    }

    void helpersNearACommune()
    {
        QTemporaryDir dir;
        auto app = openApp(dir.path(), Config::Mode::Mobile);
        MobilityService mobility(app->database(), true, app->clock());
        HelperActorModel *helpers = mobility.helpers();
        QAbstractItemModelTester tester(helpers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(helpers->count() >= 8, qPrintable(helpers->names().join(u", "_s)));
        QVERIFY(helpers->names().contains(u"Adice"_s));
        QVERIFY(helpers->names().contains(u"STAJ Nord Artois"_s));
        QVERIFY(mobility.setHelpersCommune(u"Villeneuve-d'Ascq"_s).isEmpty());
        QCOMPARE(mobility.helpersOrigin(), u"Villeneuve-d'Ascq"_s);
        QCOMPARE(helpers->names().constFirst(), u"OMJC de Villeneuve d'Ascq"_s);
        QCOMPARE(helpers->data(helpers->index(0), HelperActorModel::DistanceLabelRole).toString(), u"moins d'1 km"_s);
        // Actors with no known address come after the located ones.
        const double last = helpers->data(helpers->index(helpers->count() - 1), HelperActorModel::DistanceKmRole).toDouble();
        QCOMPARE(last, -1.0);
        QVERIFY(!mobility.setHelpersCommune(u"Atlantis"_s).isEmpty());
        // Mobility trainings and webinars from the agenda.
        QStringList titles;
        for (const QVariant &event : mobility.mobilityEvents()) {
            titles.append(event.toMap().value(u"title"_s).toString());
        }
        QVERIFY2(titles.contains(u"Formation Mobilité internationale 1er accueil"_s), qPrintable(titles.join(u", "_s)));
        QVERIFY(titles.contains(u"Webinaire : présentation du JSI-VVSI"_s));
        QVERIFY(titles.contains(u"Coop Lab des projets internationaux de jeunes"_s));
        QVERIFY(!titles.contains(u"Commission ECSI"_s));
    }
    /** A kiosk or phone runs for days: a step ticked today is dated today, and the upcoming
     *  events are those after the clock's time, not after the time the service was made. */
    void followsTheClock()
    {
        QTemporaryDir dir;
        auto app = openApp(dir.path(), Config::Mode::Mobile);
        MobilityService mobility(app->database(), true, app->clock());
        const qint64 project = mobility.createProject(u"Volontariat au Togo"_s);
        const auto doneAt = [&app, project](const QString &item) {
            auto q = app->database()->prepare("SELECT done_at FROM mobility_project_item WHERE project = ? AND item = ?");
            q.bind(1, project).bind(2, item);
            return q.step() ? ParisTime::fromUtcIso(q.text(0)) : QDateTime();
        };
        mobility.setItemDone(u"idee.envie"_s, true);
        QCOMPARE(doneAt(u"idee.envie"_s), Now);

        const QVariantList before = mobility.mobilityEvents();
        QVERIFY(before.size() >= 2);
        auto first = app->database()->prepare("SELECT min(starts_at) FROM event WHERE title = ? AND starts_at >= ?");
        first.bind(1, before.constFirst().toMap().value(u"title"_s).toString()).bind(2, ParisTime::toUtcIso(Now));
        QVERIFY(first.step());
        const QDateTime firstStart = ParisTime::fromUtcIso(first.text(0));
        QVERIFY(firstStart.isValid());

        QSignalSpy eventsChanged(&mobility, &MobilityService::eventsChanged);
        const QDateTime later = firstStart.addSecs(60);
        app->setCurrentDateTime(later);
        QVERIFY(eventsChanged.count() >= 1);
        const QVariantList after = mobility.mobilityEvents();
        QVERIFY2(after.size() < before.size(), qPrintable(u"%1 -> %2"_s.arg(before.size()).arg(after.size())));
        QVERIFY(after.isEmpty() || after.constFirst() != before.constFirst());

        mobility.setItemDone(u"idee.pourquoi"_s, true);
        QCOMPARE(doneAt(u"idee.pourquoi"_s), later);
        QCOMPARE(doneAt(u"idee.envie"_s), Now);
    }
};

QTEST_MAIN(TestMobilityProject)
#include "tst_mobilityproject.moc"
