// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaevent.h"
#include "agenda/agendaformat.h"
#include "agenda/agendamodel.h"
#include "agenda/eventdetails.h"
#include "agenda/registrationform.h"
#include "base/clock.h"
#include "base/paristime.h"
#include "dataio/demoloader.h"
#include "registration/registrationlistmodel.h"
#include "registration/structuresuggestionmodel.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

QStringList titles(const QAbstractItemModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i) {
        out << m.index(i, 0).data(AgendaModel::TitleRole).toString();
    }
    return out;
}
}

/** The agenda's models and the form controller on the demo data: filters, sections, places, staff list,
 *  structure suggestions; the form keeps what was typed through errors and forgets it on clear(). */
class TestAgendaModels : public QObject
{
    Q_OBJECT
private:
    Clock m_clock; ///< pinned at Now
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_limited = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.setNow(Now);
        TestHelpers::setUpFrenchTestCase();
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoLoader::loadIfNeeded(*m_db, Now).loaded);
        // The demo events have no capacity (the report gives none): one of our own has 2 places.
        AgendaEvent e;
        e.uid = u"atelier-limite@lianes.test"_s;
        e.title = u"Atelier Festisol à Beauvais"_s;
        e.kind = u"festisol"_s;
        e.festisol = true;
        e.start = Now.addDays(2);
        e.durationMin = 120;
        e.commune = u"60057"_s;
        e.place = u"Salle des fêtes"_s;
        e.audience = u"Tout public"_s;
        e.capacity = 2;
        Transaction tx(*m_db);
        m_limited = EventStore::upsert(*m_db, e, ParisTime::toUtcIso(Now));
        tx.commit();
    }

    void formats_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("section");
        QTest::newRow("this week") << QDateTime(QDate(2026, 11, 29), QTime(14, 0), ParisTime::zone()) << 90
                                   << u"dimanche 29 novembre"_s << u"14h – 15h30"_s << u"Cette semaine"_s;
        QTest::newRow("next week") << QDateTime(QDate(2026, 12, 3), QTime(13, 30), ParisTime::zone()) << 180
                                   << u"jeudi 3 décembre"_s << u"13h30 – 16h30"_s << u"Semaine prochaine"_s;
        QTest::newRow("later") << QDateTime(QDate(2026, 12, 17), QTime(9, 5), ParisTime::zone()) << 60
                               << u"jeudi 17 décembre"_s << u"9h05 – 10h05"_s << u"Semaine du 14 décembre"_s;
        QTest::newRow("next year") << QDateTime(QDate(2027, 1, 14), QTime(9, 30), ParisTime::zone()) << 420
                                   << u"jeudi 14 janvier 2027"_s << u"9h30 – 16h30"_s << u"Semaine du 11 janvier 2027"_s;
        QTest::newRow("several days") << QDateTime(QDate(2026, 12, 15), QTime(0, 0), ParisTime::zone()) << 2880
                                      << u"mardi 15 décembre"_s << u"15 déc. → 16 déc."_s << u"Semaine du 14 décembre"_s;
        QTest::newRow("past: by month") << QDateTime(QDate(2020, 9, 29), QTime(9, 0), ParisTime::zone()) << 420
                                        << u"mardi 29 septembre 2020"_s << u"9h – 16h"_s << u"Septembre 2020"_s;
    }
    void formats()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, minutes);
        QFETCH(QString, day);
        QFETCH(QString, time);
        QFETCH(QString, section);
        QCOMPARE(AgendaFormat::day(start, Now), day);
        QCOMPARE(AgendaFormat::timeRange(start, minutes), time);
        QCOMPARE(AgendaFormat::section(start, Now), section);
    }

    void agendaUpcomingAndFilters()
    {
        AgendaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setNow(Now);
        const int upcoming = model.rowCount();
        QCOMPARE(upcoming, 11); // ten demo events and ours
        QDateTime previous;
        for (int i = 0; i < upcoming; ++i) {
            QVERIFY(!model.index(i).data(AgendaModel::PastRole).toBool());
            QVERIFY(!model.index(i).data(AgendaModel::SectionRole).toString().isEmpty());
        }
        QCOMPARE(model.index(0).data(AgendaModel::TitleRole).toString(), u"Atelier Festisol à Beauvais"_s);
        QCOMPARE(model.index(0).data(AgendaModel::PlacesRole).toString(), u"2 places restantes sur 2"_s);
        QCOMPARE(model.index(0).data(AgendaModel::PlaceRole).toString(), u"Salle des fêtes, Beauvais"_s);
        QCOMPARE(model.index(1).data(AgendaModel::PlaceRole).toString(), u"En ligne"_s);
        QCOMPARE(model.index(1).data(AgendaModel::PlacesRole).toString(), u"Places illimitées"_s);

        model.setFestisolOnly(true);
        QCOMPARE(titles(model), (QStringList{u"Atelier Festisol à Beauvais"_s, u"Festival des Solidarités : webinaire de présentation"_s}));
        model.setAttendance(u"inperson"_s);
        QCOMPARE(titles(model), QStringList{u"Atelier Festisol à Beauvais"_s});
        QVERIFY(model.isFiltered());
        model.clearFilters();
        QCOMPARE(model.rowCount(), upcoming);

        model.setKind(u"commission"_s);
        QCOMPARE(model.rowCount(), 3);
        model.setDepartement(u"62"_s);
        QCOMPARE(titles(model), QStringList{u"Commission départementale ECSI du Pas-de-Calais"_s});
        model.clearFilters();
        model.setAudience(u"Associations"_s);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.audiences().contains(u"Jeunes en service civique"_s));
        model.clearFilters();

        // Search: accents and case ignored, each word a prefix.
        model.setSearch(u"mobilite jeunes amb"_s);
        QCOMPARE(titles(model), QStringList{u"Formation Mobilité internationale Jeunes Ambassadeurs"_s});
        model.setSearch(u"TANDEM"_s);
        QCOMPARE(titles(model), QStringList{u"Lancer son Tandem Solidaire"_s});
        model.setSearch(u"zzz"_s);
        QVERIFY(model.empty());
        model.clearFilters();

        // Past events behind the toggle, latest first, by month.
        model.setShowPast(true);
        QVERIFY(model.rowCount() > 5);
        QVERIFY(model.index(0).data(AgendaModel::PastRole).toBool());
        QVERIFY(model.index(0).data(AgendaModel::SectionRole).toString().endsWith(u"2020"_s));
        QCOMPARE(model.index(0).data(AgendaModel::PlacesRole).toString(), QString());
        QCOMPARE(model.firstUpcoming(), m_limited);
    }

    void formKeepsWhatWasTypedAndRegisters()
    {
        RegistrationForm form;
        form.setDatabase(m_db.get());
        form.setClock(&m_clock);
        form.setEventId(m_limited);
        form.setProperty("firstName", u"Camille"_s);
        form.setProperty("lastName", u"Dupont"_s);
        form.setProperty("email", u"camille.exemple.fr"_s);
        form.setProperty("ageBracket", u"moins_15"_s);
        QVERIFY(form.needsParent());
        // Leaving the email field says what is wrong with it, and only with it.
        form.checkField(u"email"_s);
        QCOMPARE(form.errors().keys(), QStringList{u"email"_s});
        QVERIFY(!form.submit());
        QCOMPARE(form.status(), u"invalid"_s);
        QCOMPARE(form.errors().keys(), (QStringList{u"consent"_s, u"email"_s, u"parentAgreement"_s}));
        QCOMPARE(form.property("firstName").toString(), u"Camille"_s); // nothing typed is lost
        QCOMPARE(form.property("email").toString(), u"camille.exemple.fr"_s);
        form.setProperty("email", u"camille@exemple.fr"_s);
        form.checkField(u"email"_s);
        QVERIFY(!form.errors().contains(u"email"_s));
        form.setProperty("parentAgreement", true);
        form.setProperty("consent", true);
        QSignalSpy registered(&form, &RegistrationForm::registered);
        QVERIFY(form.submit());
        QCOMPARE(form.status(), u"confirmed"_s);
        QCOMPARE(registered.size(), 1);
        QVERIFY(form.calendarText().contains(u"BEGIN:VEVENT"_s));
        QVERIFY(form.calendarText().contains(u"SUMMARY:Atelier Festisol à Beauvais"_s));
        // The same person again: already registered, and the page says so.
        QVERIFY(form.submit());
        QCOMPARE(form.status(), u"already"_s);
        QVERIFY(form.message().contains(u"déjà inscrit·e"_s));
        form.clear();
        for (const char *field : {"firstName", "lastName", "email", "structure", "actorType", "place", "ageBracket"}) {
            QCOMPARE(form.property(field).toString(), QString());
        }
        QVERIFY(!form.property("consent").toBool());
        QCOMPARE(form.status(), QString());
        QCOMPARE(form.calendarText(), QString());
    }

    void demonstrationWritesNothing()
    {
        RegistrationForm form;
        form.setDatabase(m_db.get());
        form.setClock(&m_clock);
        form.setEventId(m_limited);
        auto count = [&] {
            auto q = m_db->prepare("SELECT count(*) FROM registration");
            q.step();
            return q.integer(0);
        };
        const qint64 before = count();
        form.showDemonstration();
        QVERIFY(form.demonstration());
        QCOMPARE(form.status(), u"confirmed"_s);
        QVERIFY(form.calendarText().startsWith(u"BEGIN:VCALENDAR"_s));
        QCOMPARE(count(), before);
    }

    void detailsAndStaffList()
    {
        EventDetails details;
        details.setDatabase(m_db.get());
        details.load(m_limited, Now);
        QVERIFY(details.open());
        QCOMPARE(details.commune(), u"Beauvais (60 Oise)"_s);
        QVERIFY(details.located());
        QCOMPARE(details.time(), u"10h – 12h"_s);
        RegistrationListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setDatabase(m_db.get());
        list.setEventId(m_limited);
        QCOMPARE(list.confirmed(), 1);
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.index(0).data(RegistrationListModel::NameRole).toString(), u"Camille Dupont"_s);
        QCOMPARE(list.index(0).data(RegistrationListModel::StatusLabelRole).toString(), u"Confirmé·e"_s);
        QVERIFY(list.index(0).data(RegistrationListModel::DetailRole).toString().contains(u"accord parental"_s));
        QCOMPARE(list.placesLabel(), u"Dernière place"_s);
        details.load(m_limited, Now.addDays(3));
        QVERIFY(!details.open());
        QVERIFY(details.closedReason().contains(u"passé"_s));
    }

    void structureSuggestions()
    {
        StructureSuggestionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setText(u"l"_s);
        QCOMPARE(model.rowCount(), 0); // one letter: too early
        model.setText(u"lianes"_s);
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() <= StructureSuggestionModel::MaxSuggestions);
        const QString first = model.index(0).data(StructureSuggestionModel::NameRole).toString();
        QVERIFY2(first.contains(u"Lianes"_s, Qt::CaseInsensitive), qPrintable(first));
        model.setText(first);
        QCOMPARE(model.rowCount(), 0); // chosen: nothing more to suggest
    }
};

QTEST_GUILESS_MAIN(TestAgendaModels)
#include "tst_agendamodels.moc"
