// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaevent.h"
#include "agenda/agendaimport.h"
#include "agenda/agendaservice.h"
#include "base/clock.h"
#include "base/paristime.h"
#include "registration/registrar.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

QByteArray testFile(const char *name)
{
    QFile f(QStringLiteral(LIANES_TEST_DATA "/agenda/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QDateTime utc(const char *iso)
{
    return ParisTime::fromUtcIso(QString::fromLatin1(iso));
}

QString fingerprint(const Database &db)
{
    auto q = db.prepare("SELECT count(*), coalesce(group_concat(uid || title || starts_at || duration_min), '') FROM event");
    q.step();
    return q.text(0) + q.text(1);
}
}

/** The network's agenda imported from iCalendar (as Google Calendar and Outlook export it) and CSV:
 *  time zones, recurrences, updates by UID without duplicates, and bad files refused whole, by line. */
class TestAgendaImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_files = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        return Database::open(m_dir.filePath(u"import-%1.db"_s.arg(++m_files)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
        m_db = freshDatabase();
        QVERIFY(m_db);
        const auto report = AgendaImport::importData(*m_db, testFile("network.ics"), Now, u"network.ics"_s);
        QVERIFY2(report.ok(), qPrintable(report.lines().join(u'\n')));
        QCOMPARE(report.added, 10);
        const auto outlook = AgendaImport::importData(*m_db, testFile("outlook.ics"), Now, u"outlook.ics"_s);
        QVERIFY2(outlook.ok(), qPrintable(outlook.lines().join(u'\n')));
        QCOMPARE(outlook.added, 1);
    }

    void icsEvents_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("online");
        QTest::addColumn<QString>("commune");
        const QString lab = u"coop-lab-weekly@lianes.test#"_s;
        // Weekly at 10:00 Paris: 08:00 UTC in summer time, 09:00 UTC after 25 October.
        QTest::newRow("recurring, summer time") << lab + u"20261008T080000Z"_s << utc("2026-10-08T08:00:00Z") << 90 << u"rencontre"_s << true << QString();
        QTest::newRow("recurring, before the change") << lab + u"20261022T080000Z"_s << utc("2026-10-22T08:00:00Z") << 90 << u"rencontre"_s << true << QString();
        QTest::newRow("recurring, winter time") << lab + u"20261029T090000Z"_s << utc("2026-10-29T09:00:00Z") << 90 << u"rencontre"_s << true << QString();
        QTest::newRow("recurring, moved (RECURRENCE-ID)") << lab + u"20261105T090000Z"_s << utc("2026-11-05T13:00:00Z") << 90 << u"rencontre"_s << true << QString();
        QTest::newRow("recurring, last") << lab + u"20261126T090000Z"_s << utc("2026-11-26T09:00:00Z") << 90 << u"rencontre"_s << true << QString();
        QTest::newRow("UTC and DURATION, commune from postcode") << u"festisol-amiens@lianes.test"_s << utc("2026-12-10T13:00:00Z") << 150
                                                                 << u"festisol"_s << false << u"80021"_s;
        QTest::newRow("all day, two days") << u"formation-ecsi@lianes.test"_s << utc("2026-12-14T23:00:00Z") << 2 * 24 * 60
                                           << u"formation"_s << false << u"62041"_s;
        QTest::newRow("floating time is Paris time") << u"rencontre-flottante@lianes.test"_s << utc("2026-12-18T17:00:00Z") << 120
                                                     << u"rencontre"_s << false << u"59350"_s;
        QTest::newRow("IANA zone without VTIMEZONE") << u"webinaire-partenaires@lianes.test"_s << utc("2026-12-16T14:00:00Z") << 60
                                                     << u"webinaire"_s << true << QString();
        QTest::newRow("Outlook zone name, summer") << u"040000008200E00074C5B7101A82E00800000000commission-ecsi"_s
                                                   << utc("2027-06-10T07:30:00Z") << 450 << u"commission"_s << false << u"59350"_s;
    }
    void icsEvents()
    {
        QFETCH(QString, uid);
        QFETCH(QDateTime, start);
        QFETCH(int, minutes);
        QFETCH(QString, kind);
        QFETCH(bool, online);
        QFETCH(QString, commune);
        const auto e = EventStore::byUid(*m_db, uid);
        QVERIFY2(e, qPrintable(uid));
        QCOMPARE(e->start, start);
        QCOMPARE(e->durationMin, minutes);
        QCOMPARE(e->kind, kind);
        QCOMPARE(e->online, online);
        QCOMPARE(e->commune.value_or(QString()), commune);
        QVERIFY(!e->demo);
        QVERIFY(e->source.contains(u".ics"_s));
    }

    void icsTextFields()
    {
        const auto lab = EventStore::byUid(*m_db, u"coop-lab-weekly@lianes.test#20261008T080000Z"_s);
        QVERIFY(lab);
        QCOMPARE(lab->description, u"Temps collectif d'accompagnement, en visio.\nLien envoyé après inscription."_s);
        QCOMPARE(lab->url, u"https://visio.example.org/coop-lab"_s);
        QCOMPARE(lab->place, QString()); // "En ligne" is not a place
        QCOMPARE(lab->seriesUid, u"coop-lab-weekly@lianes.test"_s);
        const auto moved = EventStore::byUid(*m_db, u"coop-lab-weekly@lianes.test#20261105T090000Z"_s);
        QCOMPARE(moved->title, u"Coop Lab : permanence des projets de jeunes (l'après-midi)"_s);
        const auto amiens = EventStore::byUid(*m_db, u"festisol-amiens@lianes.test"_s);
        QCOMPARE(amiens->place, u"Maison du Théâtre, 8 rue des Majots, 80000 Amiens"_s);
        QVERIFY(amiens->festisol);
        QCOMPARE(EventStore::byUid(*m_db, u"formation-ecsi@lianes.test"_s)->organiser, u"Lianes coopération"_s);
    }

    void excludedAndCancelledOccurrencesAreAbsent()
    {
        QCOMPARE(EventStore::seriesUids(*m_db, u"coop-lab-weekly@lianes.test"_s).size(), 6);
        QVERIFY(!EventStore::byUid(*m_db, u"coop-lab-weekly@lianes.test#20261015T080000Z"_s)); // EXDATE
        QVERIFY(!EventStore::byUid(*m_db, u"coop-lab-weekly@lianes.test#20261112T090000Z"_s)); // STATUS:CANCELLED
    }

    void reimportUpdatesWithoutDuplicates()
    {
        auto db = freshDatabase();
        QByteArray ics = testFile("network.ics");
        QCOMPARE(AgendaImport::importData(*db, ics, Now, u"a.ics"_s).added, 10);
        const QString before = fingerprint(*db);
        const auto again = AgendaImport::importData(*db, ics, Now, u"a.ics"_s);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 10);
        QCOMPARE(again.removed, 0);
        QCOMPARE(fingerprint(*db), before);
        // A changed title replaces the event with the same UID.
        ics.replace("SUMMARY:Rencontre des collectifs du Nord", "SUMMARY:Rencontre des collectifs du Nord (reportée)");
        ics.replace("DTSTART:20261218T180000", "DTSTART:20261219T180000");
        ics.replace("DTEND:20261218T200000", "DTEND:20261219T200000");
        const auto changed = AgendaImport::importData(*db, ics, Now, u"a.ics"_s);
        QCOMPARE(changed.added, 0);
        const auto e = EventStore::byUid(*db, u"rencontre-flottante@lianes.test"_s);
        QCOMPARE(e->title, u"Rencontre des collectifs du Nord (reportée)"_s);
        QCOMPARE(e->start, utc("2026-12-19T17:00:00Z"));
        auto count = db->prepare("SELECT count(*) FROM event");
        count.step();
        QCOMPARE(count.integer(0), 10);
    }

    void shorterSeriesRemovesOccurrencesButKeepsRegisteredOnes()
    {
        auto db = freshDatabase();
        QByteArray ics = testFile("network.ics");
        QVERIFY(AgendaImport::importData(*db, ics, Now.addDays(-30), u"a.ics"_s).ok());
        // Someone registered for the 26 November occurrence (a month earlier).
        const auto last = EventStore::byUid(*db, u"coop-lab-weekly@lianes.test#20261126T090000Z"_s);
        RegistrationRequest r;
        r.firstName = u"Inès"_s;
        r.lastName = u"Martin"_s;
        r.email = u"ines@exemple.fr"_s;
        r.ageBracket = u"18_30"_s;
        r.consent = true;
        QCOMPARE(Registrar(*db).registerPerson(last->id, r, Now.addDays(-30)).status, RegistrationOutcome::Confirmed);
        ics.replace("RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TH", "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH");
        const auto report = AgendaImport::importData(*db, ics, Now, u"a.ics"_s);
        QVERIFY(report.ok());
        QCOMPARE(report.removed, 1); // 19 November
        QCOMPARE(report.kept, 1); // 26 November: people are registered
        QVERIFY(report.lines().join(u'\n').contains(u"inscrites"_s));
        QVERIFY(!EventStore::byUid(*db, u"coop-lab-weekly@lianes.test#20261119T090000Z"_s));
        QVERIFY(EventStore::byUid(*db, u"coop-lab-weekly@lianes.test#20261126T090000Z"_s));
    }

    void cancelledSeriesIsRemoved()
    {
        auto db = freshDatabase();
        QByteArray ics = testFile("network.ics");
        QVERIFY(AgendaImport::importData(*db, ics, Now, u"a.ics"_s).ok());
        ics.replace("SUMMARY:Festival des Solidarités : soirée d'ouverture", "SUMMARY:Festival des Solidarités : soirée d'ouverture\r\nSTATUS:CANCELLED");
        const auto report = AgendaImport::importData(*db, ics, Now, u"a.ics"_s);
        QVERIFY(report.ok());
        QCOMPARE(report.removed, 1);
        QVERIFY(!EventStore::byUid(*db, u"festisol-amiens@lianes.test"_s));
    }

    void badIcsIsRefusedWholeByLine_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray good = "BEGIN:VEVENT\nUID:ok@t\nDTSTAMP:20261120T090000Z\nDTSTART:20261210T100000Z\n"
                                "DTEND:20261210T110000Z\nSUMMARY:Bon\nEND:VEVENT\n";
        auto file = [&](const QByteArray &bad) { return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//FR\n" + good + bad + "END:VCALENDAR\n"; };
        // The good event takes lines 4-10; the bad one starts at line 11.
        QTest::newRow("no DTSTART") << file("BEGIN:VEVENT\nUID:a@t\nSUMMARY:Sans date\nEND:VEVENT\n") << 11 << u"DTSTART"_s;
        QTest::newRow("unreadable DTSTART") << file("BEGIN:VEVENT\nUID:a@t\nSUMMARY:Date\nDTSTART:2026-13-45T25:00\nEND:VEVENT\n") << 14 << u"DTSTART"_s;
        QTest::newRow("end before start") << file("BEGIN:VEVENT\nUID:a@t\nSUMMARY:Fin\nDTSTART:20261210T100000Z\nDTEND:20261210T090000Z\nEND:VEVENT\n")
                                          << 15 << u"avant son début"_s;
        QTest::newRow("no UID") << file("BEGIN:VEVENT\nSUMMARY:Sans UID\nDTSTART:20261210T100000Z\nEND:VEVENT\n") << 11 << u"UID"_s;
        QTest::newRow("no title") << file("BEGIN:VEVENT\nUID:a@t\nDTSTART:20261210T100000Z\nEND:VEVENT\n") << 11 << u"SUMMARY"_s;
        QTest::newRow("unknown time zone") << file("BEGIN:VEVENT\nUID:a@t\nSUMMARY:Mars\nDTSTART;TZID=Mars/Olympus:20261210T100000\nEND:VEVENT\n")
                                           << 14 << u"Mars/Olympus"_s;
        QTest::newRow("not a calendar") << QByteArray("BEGIN:VCARD\nFN:x\nEND:VCARD\n") << 1 << u"titre"_s;
    }
    void badIcsIsRefusedWholeByLine()
    {
        QFETCH(QByteArray, ics);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString before = fingerprint(*m_db);
        const auto report = AgendaImport::importData(*m_db, ics, Now, u"bad.ics"_s);
        QVERIFY(!report.ok());
        QCOMPARE(report.added + report.updated + report.removed, 0);
        const ImportIssue first = report.errors.first();
        QVERIFY2(first.line == line && first.message.contains(message), qPrintable(report.lines().join(u'\n')));
        QVERIFY(first.toString().startsWith(u"Ligne %1 : "_s.arg(line)));
        QCOMPARE(fingerprint(*m_db), before); // nothing changed, not even the good event
    }

    void csvImport()
    {
        auto db = freshDatabase();
        const QByteArray csv = testFile("agenda.csv");
        const auto report = AgendaImport::importData(*db, csv, Now, u"agenda.csv"_s);
        QVERIFY2(report.ok(), qPrintable(report.lines().join(u'\n')));
        QCOMPARE(report.added, 3);
        const auto w = EventStore::byUid(*db, u"webinaire-jsi@lianes.test"_s);
        QVERIFY(w);
        QCOMPARE(w->kind, u"webinaire"_s);
        QVERIFY(w->online);
        QCOMPARE(w->start, utc("2026-12-08T14:00:00Z"));
        QCOMPARE(w->durationMin, 60);
        QCOMPARE(w->capacity, std::optional(100));
        QCOMPARE(w->description, u"Présentation du programme ; questions, réponses.\nOuvert à tous."_s);
        QCOMPARE(w->registrationCloses, utc("2026-12-07T23:00:00Z"));
        const auto f = EventStore::byUid(*db, u"festisol-beauvais@lianes.test"_s);
        QVERIFY(f->festisol);
        QCOMPARE(f->commune, std::optional(u"60057"_s));
        QCOMPARE(f->durationMin, 150);
        QCOMPARE(f->start, utc("2026-12-12T17:30:00Z"));
        QVERIFY(!f->capacity);
        // No uid column value: one is made from title and start, the same at each import.
        const auto again = AgendaImport::importData(*db, csv, Now, u"agenda.csv"_s);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 3);
    }

    void badCsvIsRefusedWholeByLine()
    {
        auto db = freshDatabase();
        const QByteArray csv = "\xEF\xBB\xBFtitre;debut;duree;type;commune;places;en_ligne\r\n"
                               "Bon;2026-12-08 15:00;60;webinaire;;;oui\r\n"
                               "Date;2026-02-30 15:00;60;webinaire;;;oui\r\n"
                               "Commune;2026-12-08 15:00;60;rencontre;Atlantis;;non\r\n"
                               "\"Places\nsur deux lignes\";2026-12-09 15:00;60;formation;Laon;-3;non\r\n"
                               "Type;2026-12-10 15:00;60;pique-nique;;;peut-être\r\n";
        const auto report = AgendaImport::importData(*db, csv, Now, u"bad.csv"_s);
        QVERIFY(!report.ok());
        QStringList lines;
        for (const auto &e : report.errors) {
            lines << QString::number(e.line);
        }
        QCOMPARE(lines, (QStringList{u"3"_s, u"4"_s, u"5"_s, u"7"_s, u"7"_s}));
        QVERIFY(report.errors.at(0).message.contains(u"2026-02-30"_s));
        QVERIFY(report.errors.at(1).message.contains(u"Atlantis"_s));
        QVERIFY(report.errors.at(2).message.contains(u"-3"_s));
        QVERIFY(report.errors.at(3).message.contains(u"pique-nique"_s));
        QCOMPARE(fingerprint(*db), u"0"_s);
    }

    /** Hostile files, as an attacker wrote them: each is refused (or its bad part dropped) with
     *  a message, within the limits, nothing written. Before: a VTIMEZONE with FREQ=SECONDLY from
     *  1601 ran past 90 s and 324 MB; DURATION:P99999999W overflowed; 107 MB were read whole. */
    void hostileFilesStayWithinLimits_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("imported");
        const QByteArray event = "BEGIN:VEVENT\r\nUID:h@lianes.test\r\nSUMMARY:Atelier\r\n";
        const QByteArray start = "DTSTART;TZID=Europe/Paris:20261212T100000\r\n";
        QTest::newRow("time zone changing every second since 1601")
            << QByteArray("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
                          "RRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:STANDARD\r\n"
                          "END:VTIMEZONE\r\n")
                   + event + start + "DURATION:PT2H\r\nEND:VEVENT\r\n"
            << u"fuseau horaire « Europe/Paris » du fichier ignoré"_s << true;
        QTest::newRow("duration of two million years")
            << event + start + "DURATION:P99999999W\r\nEND:VEVENT\r\n" << u"plus d'un an"_s << false;
        QTest::newRow("event every second")
            << event + start + "DURATION:PT1H\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n" << u"chaque seconde"_s << false;
        QTest::newRow("hourly since 1990")
            << event + "DTSTART:19900101T100000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n"
            << u"trop de répétitions"_s << false;
        QTest::newRow("year 9999") << event + "DTSTART:99991212T100000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
                                   << u"hors des années"_s << false;
        QTest::newRow("9 MB") << event + start + "DURATION:PT1H\r\nDESCRIPTION:" + QByteArray(9 << 20, 'x')
                                         + "\r\nEND:VEVENT\r\n"
                              << u"trop gros"_s << false;
    }
    void hostileFilesStayWithinLimits()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(bool, imported);
        const auto db = freshDatabase();
        const QByteArray file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//attaque//FR\r\n" + body + "END:VCALENDAR\r\n";
        const QString before = fingerprint(*db);
        const AgendaImportReport report = AgendaImport::importData(*db, file, Now, u"attaque.ics"_s);
        QVERIFY2(report.lines().join(u'\n').contains(message), qPrintable(report.lines().join(u'\n')));
        QCOMPARE(report.ok(), imported);
        if (imported) {
            // The system's zone of that name is used instead: 10:00 in Paris in December.
            QCOMPARE(EventStore::byUid(*db, u"h@lianes.test"_s)->start, utc("2026-12-12T09:00:00Z"));
        } else {
            QCOMPARE(fingerprint(*db), before);
        }
    }

    /** --dry-run counts everything and writes nothing. */
    void dryRunWritesNothing()
    {
        const auto db = freshDatabase();
        const QString before = fingerprint(*db);
        const AgendaImportReport report = AgendaImport::importData(*db, testFile("network.ics"), Now,
                                                                   u"network.ics"_s, true);
        QVERIFY2(report.ok(), qPrintable(report.lines().join(u'\n')));
        QVERIFY(report.added > 0);
        QCOMPARE(fingerprint(*db), before);
    }

    /** The staff's import runs on a worker thread with its own connection: the call returns at
     *  once (importing), a second one waits its turn, the report comes with agendaImported. */
    void importRunsOffTheUiThread()
    {
        const auto db = freshDatabase();
        Clock clock;
        clock.setNow(Now);
        AgendaService service(db.get(), &clock);
        QSignalSpy done(&service, &AgendaService::agendaImported);
        const QUrl file = QUrl::fromLocalFile(QStringLiteral(LIANES_TEST_DATA "/agenda/network.ics"));
        QVERIFY(service.startImportAgenda(file));
        QVERIFY(service.isImporting());
        QVERIFY(!service.startImportAgenda(file));
        QVERIFY(done.wait(30000));
        QVERIFY(!service.isImporting());
        const QStringList lines = done.first().first().toStringList();
        QVERIFY2(lines.value(0).startsWith(u"Agenda importé"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(TestHelpers::count(*db, "SELECT count(*) FROM event") > 0);
    }
};

QTEST_GUILESS_MAIN(TestAgendaImport)
#include "tst_agendaimport.moc"
