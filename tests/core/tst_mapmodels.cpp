// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appcontext.h"
#include "dataio/demoloader.h"
#include "map/actordetails.h"
#include "map/actorlistmodel.h"
#include "map/cooperationprojectlistmodel.h"
#include "map/countrymodel.h"
#include "map/mapservice.h"
#include "map/projectdetails.h"
#include "map/searchresultsmodel.h"
#include "map/townlabelmodel.h"
#include "map/vcard.h"
#include "qr/qrcode.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

QStringList column(QAbstractItemModel *model, int role)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        out.append(model->index(row, 0).data(role).toString());
    }
    return out;
}

QStringList field(const QVariantList &list, const QString &key)
{
    QStringList out;
    for (const QVariant &v : list) {
        out.append(v.toMap().value(key).toString());
    }
    return out;
}
} // namespace

/** What the map's lists and sheets show for the demo data. */
class TestMapModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MapService> m_map;

    qint64 actorId(const QString &key) const
    {
        auto q = m_db->prepare("SELECT id FROM actor WHERE external_id = ?");
        q.bind(1, u"demo:actor:"_s + key);
        return q.step() ? q.integer(0) : 0;
    }
    qint64 projectId(const QString &key) const
    {
        auto q = m_db->prepare("SELECT id FROM project WHERE external_id = ?");
        q.bind(1, u"demo:project:"_s + key);
        return q.step() ? q.integer(0) : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoLoader::loadIfNeeded(*m_db, Now).loaded);
        m_map = std::make_unique<MapService>(m_db.get());
        m_map->setNow(Now);
    }

    void detailSheetOfLianesCooperation()
    {
        ActorDetails *d = m_map->actorDetails();
        QSignalSpy changed(d, &ActorDetails::changed);
        m_map->showActor(actorId(u"lianes-cooperation"_s));
        QVERIFY(changed.count() > 0);
        QVERIFY(d->isValid());
        QCOMPARE(d->property("name").toString(), u"Lianes coopération"_s);
        QCOMPARE(d->property("typeLabel").toString(), u"Collectif d'associations"_s);
        QCOMPARE(d->property("town").toString(), u"Lille"_s);
        QCOMPARE(d->property("departement").toString(), u"59 Nord"_s);
        QCOMPARE(d->property("member").toBool(), false);
        QVERIFY(d->property("description").toString().contains(u"Réseau régional multi-acteurs"_s));
        const QStringList themes = d->property("themes").toStringList();
        QVERIFY2(themes.contains(u"ECSI"_s) && themes.contains(u"Éducation et jeunesse"_s), qPrintable(themes.join(u", "_s)));
        // It leads the three pooled projects: each listed, with its role.
        const QVariantList projects = d->property("projects").toList();
        const QStringList titles = field(projects, u"title"_s);
        QVERIFY(titles.contains(u"Projet mutualisé franco-marocain : développement durable"_s));
        QVERIFY(titles.contains(u"Projet mutualisé Mali : eau et assainissement"_s));
        QVERIFY(field(projects, u"detail"_s).first().contains(u"porteur"_s));
        const QStringList countries = d->property("countries").toStringList();
        for (const QString &c : {u"Mali"_s, u"Maroc"_s, u"Pologne"_s}) {
            QVERIFY2(countries.contains(c), qPrintable(countries.join(u", "_s)));
        }
        // Its upcoming events (the demo's formats, in the coming weeks), dated in French.
        const QVariantList events = d->property("events").toList();
        QVERIFY(!events.isEmpty());
        QVERIFY(field(events, u"title"_s).contains(u"Formation Mobilité internationale 1er accueil"_s));
        QVERIFY(field(events, u"dateLabel"_s).first().contains(u"décembre"_s));
        // Public contact, and the vCard the QR code carries.
        QCOMPARE(d->property("email").toString(), u"contact@lianescooperation.org"_s);
        QCOMPARE(d->property("phone").toString(), u"06 77 78 69 48"_s);
        QVERIFY(d->hasContact());
        const QString vcard = d->property("vcard").toString();
        QVERIFY(vcard.startsWith(u"BEGIN:VCARD\r\nVERSION:3.0\r\n"_s));
        QVERIFY(vcard.contains(u"\r\nFN:Lianes coopération\r\n"_s));
        QVERIFY(vcard.contains(u"\r\nTEL;TYPE=WORK,VOICE:06 77 78 69 48\r\n"_s));
        QVERIFY(vcard.contains(u"\r\nEMAIL;TYPE=INTERNET,WORK:contact@lianescooperation.org\r\n"_s));
        QVERIFY(vcard.contains(u"\r\nADR;TYPE=WORK:;;MRES\\, 5 rue Jules de Vicq\\, 59800 Lille;Lille;;59000;France\r\n"_s));
        QVERIFY(vcard.endsWith(u"END:VCARD\r\n"_s));
    }

    void vcardQrCodeDecodes()
    {
        m_map->showActor(actorId(u"lianes-cooperation"_s));
        const QString vcard = m_map->actorDetails()->property("vcard").toString();
        const auto code = QrCode::encode(vcard.toUtf8());
        QVERIFY(code);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"vcard.png"_s);
        QVERIFY(code->toImage(6).save(png));
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, u"-Sbinary"_s, png});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(zbar.exitCode(), 0);
        QByteArray decoded = zbar.readAllStandardOutput();
        if (decoded == vcard.toUtf8() + '\n') {
            decoded.chop(1); // zbarimg may end its output with a newline of its own
        }
        QCOMPARE(QString::fromUtf8(decoded), vcard);
    }

    void actorWithoutContactHasNoQrCode()
    {
        m_map->showActor(actorId(u"ville-roncq"_s));
        ActorDetails *d = m_map->actorDetails();
        QVERIFY(d->isValid());
        QVERIFY(!d->hasContact());
        QVERIFY(d->property("vcard").toString().isEmpty());
        m_map->closeDetails();
        QVERIFY(!d->isValid());
    }

    void vcardEscaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"Lianes coopération"_s << u"Lianes coopération"_s;
        QTest::newRow("comma") << u"MRES, Lille"_s << u"MRES\\, Lille"_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
        QTest::newRow("line break") << u"a\r\nb\nc"_s << u"a\\nb\\nc"_s;
    }
    void vcardEscaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(VCard::escape(value), escaped);
    }

    void projectSheetAndBack()
    {
        ProjectDetails *p = m_map->projectDetails();
        m_map->showProject(projectId(u"mutualise-maroc"_s));
        QVERIFY(p->isValid());
        QCOMPARE(p->property("kindLabel").toString(), u"Projet mutualisé"_s);
        QCOMPARE(p->property("countries").toStringList(), QStringList{u"Maroc"_s});
        QVERIFY(p->property("themes").toStringList().contains(u"Villes durables"_s));
        const QVariantList actors = p->property("actors").toList();
        QCOMPARE(field(actors, u"name"_s).first(), u"Lianes coopération"_s);
        QVERIFY(field(actors, u"detail"_s).first().startsWith(u"Porteur"_s));
        QVERIFY(field(actors, u"name"_s).contains(u"Amiens Métropole"_s));
        // From the project to a partner, and the partner lists the project.
        const qint64 amiens = actorId(u"amiens-metropole"_s);
        m_map->showActor(amiens);
        QVERIFY(!p->isValid());
        QVERIFY(field(m_map->actorDetails()->property("projects").toList(), u"title"_s)
                    .contains(u"Projet mutualisé franco-marocain : développement durable"_s));
    }

    void worldViewListsThePooledProjectsCountries()
    {
        CountryModel *countries = m_map->countries();
        QAbstractItemModelTester tester(countries, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList codes = column(countries, CountryModel::CodeRole);
        for (const QString &code : {u"MA"_s, u"PL"_s, u"ML"_s}) {
            QVERIFY2(codes.contains(code), qPrintable(codes.join(u' ')));
        }
        // Mali: the pooled project and a Tandem; the most projects first, marker weights in (0, 1].
        const QModelIndex mali = countries->index(countries->rowOf(u"ML"_s));
        QCOMPARE(mali.data(CountryModel::NameRole).toString(), u"Mali"_s);
        QCOMPARE(mali.data(CountryModel::ProjectCountRole).toInt(), 2);
        QCOMPARE(mali.data(CountryModel::ProjectCountLabelRole).toString(), u"2 projets"_s);
        QCOMPARE(countries->index(0).data(CountryModel::WeightRole).toDouble(), 1.0);
        QVERIFY(countries->index(0).data(CountryModel::CoordinateRole).value<QGeoCoordinate>().isValid());
        QCOMPARE(countries->index(countries->rowOf(u"MA"_s)).data(CountryModel::ProjectCountLabelRole).toString(),
                 u"1 projet"_s);

        // Tapping a country lists its projects.
        CooperationProjectListModel *projects = m_map->projects();
        QAbstractItemModelTester projectTester(projects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        projects->showCountry(u"PL"_s);
        QCOMPARE(column(projects, CooperationProjectListModel::TitleRole),
                 QStringList{u"Impliquer les jeunes dans la coopération franco-polonaise"_s});
        QCOMPARE(projects->scopeLabel(), u"Projets : Pologne"_s);
        projects->showCountry(u"ML"_s);
        QCOMPARE(projects->rowCount(), 2);
        QVERIFY(column(projects, CooperationProjectListModel::CountriesLabelRole).contains(u"Mali"_s));
        QCOMPARE(projects->index(0).data(CooperationProjectListModel::LeadNameRole).toString(), u"Lianes coopération"_s);
        projects->showCountry({});
        QCOMPARE(projects->rowCount(), 32);
    }

    void listBesideTheMap()
    {
        ActorListModel *list = m_map->actors();
        QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Whole region: located actors only, nearest to the centre first (once the map stops).
        QSignalSpy updated(list, &ActorListModel::countChanged);
        m_map->setViewport(1.3, 48.8, 4.3, 51.1, 8);
        QVERIFY(updated.wait(2000));
        QVERIFY(list->rowCount() > 0);
        double previous = -1;
        for (int row = 0; row < list->rowCount(); ++row) {
            const double d = list->index(row).data(ActorListModel::DistanceRole).toDouble();
            QVERIFY(d >= previous);
            previous = d;
            QVERIFY(list->index(row).data(ActorListModel::CoordinateRole).value<QGeoCoordinate>().isValid());
        }
        QCOMPARE(list->scopeLabel(), u"Dans la zone visible"_s);
        // Sorted by name.
        list->setSortByDistance(false);
        const QStringList names = column(list, ActorListModel::NameRole);
        QCOMPARE(names.first().left(1).toUpper(), names.first().left(1));
        list->setSortByDistance(true);
        // A small area around Amiens.
        m_map->setViewport(2.2, 49.85, 2.4, 49.95, 12);
        QVERIFY(updated.wait(2000));
        QVERIFY(list->rowCount() > 0);
        for (const QString &place : column(list, ActorListModel::PlaceRole)) {
            QVERIFY2(place.endsWith(u"(80)"_s), qPrintable(place));
        }
    }

    void searchAndChooseACommune()
    {
        SearchResultsModel *search = m_map->search();
        QAbstractItemModelTester tester(search, QAbstractItemModelTester::FailureReportingMode::QtTest);
        search->setQuery(u"lille"_s);
        QVERIFY(search->rowCount() > 1);
        QCOMPARE(search->index(0).data(SearchResultsModel::LabelRole).toString(), u"Lille"_s);
        QCOMPARE(search->index(0).data(SearchResultsModel::SectionRole).toString(), u"Communes"_s);
        QCOMPARE(search->index(0).data(SearchResultsModel::DetailRole).toString(), u"59 Nord · 59000"_s);
        QVERIFY(column(search, SearchResultsModel::SectionRole).contains(u"Acteurs"_s));
        const QStringList details = column(search, SearchResultsModel::DetailRole);
        QVERIFY(details.contains(u"Collectif d'associations · Lille"_s));

        QSignalSpy focus(m_map.get(), &MapService::focusRequested);
        m_map->chooseSearchResult(0);
        QCOMPARE(focus.count(), 1);
        const auto centre = focus.first().at(0).value<QGeoCoordinate>();
        QVERIFY(std::abs(centre.latitude() - 50.632) < 0.01);
        QCOMPARE(m_map->referenceLabel(), u"Autour de Lille"_s);
        // The list: actors by distance from Lille, the ones in Lille at "0 m".
        ActorListModel *list = m_map->actors();
        QSignalSpy updated(list, &ActorListModel::countChanged);
        m_map->setViewport(2.5, 50.3, 3.6, 50.9, 11.5);
        QVERIFY(updated.wait(2000));
        QVERIFY(list->rowCount() > 0);
        QCOMPARE(list->scopeLabel(), u"Autour de Lille"_s);
        QCOMPARE(list->index(0).data(ActorListModel::DistanceLabelRole).toString(), u"0 m"_s);
        QVERIFY(list->index(list->rowCount() - 1).data(ActorListModel::DistanceLabelRole).toString().endsWith(u"km"_s));

        // An actor opens its sheet; a project its sheet.
        search->setQuery(u"lianes coop"_s);
        m_map->chooseSearchResult(0);
        QCOMPARE(m_map->actorDetails()->property("name").toString(), u"Lianes coopération"_s);
        search->setQuery(u"mutualise mali"_s);
        QCOMPARE(search->rowCount(), 1);
        QCOMPARE(search->index(0).data(SearchResultsModel::DetailRole).toString(), u"Projet mutualisé · 2020"_s);
        m_map->chooseSearchResult(0);
        QVERIFY(m_map->projectDetails()->isValid());
        QVERIFY(!m_map->actorDetails()->isValid());

        m_map->reset();
        QVERIFY(m_map->referenceLabel().isEmpty());
        QCOMPARE(search->rowCount(), 0);
        QVERIFY(!m_map->projectDetails()->isValid());
    }

    void townsLabelled()
    {
        TownLabelModel *towns = m_map->towns();
        QAbstractItemModelTester tester(towns, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList prefectures;
        for (int row = 0; row < towns->rowCount(); ++row) {
            if (towns->index(row).data(TownLabelModel::PrefectureRole).toBool()) {
                prefectures.append(towns->index(row).data(TownLabelModel::NameRole).toString());
            }
        }
        QCOMPARE(prefectures, (QStringList{u"Laon"_s, u"Lille"_s, u"Beauvais"_s, u"Arras"_s, u"Amiens"_s}));
        const QStringList names = column(towns, TownLabelModel::NameRole);
        QVERIFY(names.contains(u"Saint-Quentin"_s));
        QVERIFY(names.contains(u"Dunkerque"_s));
        QCOMPARE(names.size(), 5 + TownLabelModel::TownCount);
    }

    void dataReadAtStartIsHandedOverOnce()
    {
        // At start the app reads the map's data on its storage worker, while the QML types load,
        // and hands it to the MapService QML makes: the same map as a service reading it itself.
        QTemporaryDir dir;
        Config config;
        config.dataDir = dir.path();
        AppContext app(config);
        app.beginOpenStorage();
        QVERIFY(app.finishOpenStorage());
        std::optional<MapService::Data> data = app.takeMapData();
        QVERIFY(data);
        QVERIFY(!app.takeMapData()); // once
        MapService ahead(app.database(), std::move(*data));
        MapService itself(app.database());
        QVERIFY(itself.catalog().actors().size() > 100);
        QCOMPARE(ahead.catalog().actors().size(), itself.catalog().actors().size());
        QCOMPARE(ahead.catalog().projects().size(), itself.catalog().projects().size());
        QCOMPARE(ahead.filteredCount(), itself.filteredCount());
        QCOMPARE(ahead.locatedCount(), itself.locatedCount());
        QCOMPARE(column(ahead.towns(), TownLabelModel::NameRole), column(itself.towns(), TownLabelModel::NameRole));
        QVERIFY(ahead.actors()->rowCount() > 100);
        QCOMPARE(column(ahead.actors(), ActorListModel::NameRole), column(itself.actors(), ActorListModel::NameRole));
        QCOMPARE(column(ahead.countries(), CountryModel::CodeRole), column(itself.countries(), CountryModel::CodeRole));
    }

    void kioskReadsNoMapDataAtStart()
    {
        // A kiosk makes its map behind its attract screen, after the first frame: its storage
        // worker does not read the map's data for a service made once it would be dropped.
        QTemporaryDir dir;
        Config config;
        config.dataDir = dir.path();
        config.mode = Config::Mode::Kiosk;
        AppContext app(config);
        app.beginOpenStorage();
        QVERIFY(app.finishOpenStorage());
        QVERIFY(!app.takeMapData());
        MapService map(app.database());
        QVERIFY(map.catalog().actors().size() > 100); // read by the service itself
    }

    void dataReadAtStartIsDroppedOnceTheAppRuns()
    {
        // Past the first turn of the event loop the database may have changed (an import): a
        // service made later reads it again.
        QTemporaryDir dir;
        Config config;
        config.dataDir = dir.path();
        AppContext app(config);
        app.beginOpenStorage();
        QVERIFY(app.finishOpenStorage());
        QCoreApplication::processEvents();
        QVERIFY(!app.takeMapData());
    }
};

QTEST_GUILESS_MAIN(TestMapModels)
#include "tst_mapmodels.moc"
