// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaevent.h"
#include "agenda/icalreader.h"
#include "agenda/icalwriter.h"
#include "base/paristime.h"
#include "qr/qrcode.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));
const QDateTime Stamp(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::UTC);

AgendaEvent festisol()
{
    AgendaEvent e;
    e.uid = u"festisol-2026-cine@lianescooperation.org"_s;
    e.title = u"Ciné-débat : l'eau, un bien commun; entrée libre, sur inscription \\ Festisol"_s;
    e.description = u"Projection du film.\nDébat avec l'association ; entrée libre, sur inscription."_s;
    e.kind = u"festisol"_s;
    e.start = QDateTime(QDate(2026, 12, 3), QTime(13, 30), ParisTime::zone());
    e.durationMin = 180;
    e.place = u"MRES, 23 rue Gosselet"_s;
    e.commune = u"59350"_s;
    e.communeName = u"Lille"_s;
    e.lat = 50.63178;
    e.lon = 3.04706;
    e.url = u"https://www.lianescooperation.org/agenda?id=12&lang=fr"_s;
    e.organiser = u"Collectif Festisol de Lille"_s;
    e.audience = u"Tout public, dès 12 ans"_s;
    e.capacity = 40;
    e.festisol = true;
    e.registrationOpens = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    e.registrationCloses = QDateTime(QDate(2026, 12, 3), QTime(11, 0), QTimeZone::UTC);
    return e;
}

/** Content lines (RFC 5545 §3.1: CRLF, folded lines joined back). */
QStringList unfold(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList out = QString::fromUtf8(joined).split(u"\r\n"_s);
    if (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    return out;
}

/** The lines of the first component named @p name (VEVENT, VTIMEZONE). */
QStringList component(const QStringList &lines, const QString &name)
{
    const auto begin = lines.indexOf(u"BEGIN:"_s + name);
    const auto end = lines.indexOf(u"END:"_s + name, begin);
    return begin < 0 || end < 0 ? QStringList() : lines.mid(begin + 1, end - begin - 1);
}
}

/** iCalendar written with libical against RFC 5545, and read back by the importer. */
class TestICalendar : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
    }

    void veventFieldByField_data()
    {
        // Each property as RFC 5545 writes it (§3.3.11 TEXT escaping, §3.3.5 DATE-TIME form #3 with TZID,
        // §3.8.7.2 DTSTAMP in UTC, §3.8.1.6 GEO, §3.8.4.6 URI unescaped).
        QTest::addColumn<QString>("line");
        QTest::newRow("UID") << u"UID:festisol-2026-cine@lianescooperation.org"_s;
        QTest::newRow("DTSTAMP") << u"DTSTAMP:20261128T090000Z"_s;
        QTest::newRow("DTSTART") << u"DTSTART;TZID=Europe/Paris:20261203T133000"_s;
        QTest::newRow("DTEND") << u"DTEND;TZID=Europe/Paris:20261203T163000"_s;
        QTest::newRow("SUMMARY") << u"SUMMARY:Ciné-débat : l'eau\\, un bien commun\\; entrée libre\\, sur inscription \\\\ Festisol"_s;
        QTest::newRow("DESCRIPTION") << u"DESCRIPTION:Projection du film.\\nDébat avec l'association \\; entrée libre\\, sur inscription."_s;
        QTest::newRow("LOCATION") << u"LOCATION:MRES\\, 23 rue Gosselet\\, Lille"_s;
        QTest::newRow("URL") << u"URL:https://www.lianescooperation.org/agenda?id=12&lang=fr"_s;
        QTest::newRow("GEO") << u"GEO:50.631780;3.047060"_s;
        QTest::newRow("CATEGORIES") << u"CATEGORIES:Festival des Solidarités"_s;
        QTest::newRow("X-LIANES-KIND") << u"X-LIANES-KIND;VALUE=TEXT:festisol"_s;
        QTest::newRow("X-LIANES-CAPACITY") << u"X-LIANES-CAPACITY;VALUE=TEXT:40"_s;
        QTest::newRow("X- text escaped") << u"X-LIANES-AUDIENCE;VALUE=TEXT:Tout public\\, dès 12 ans"_s;
    }
    void veventFieldByField()
    {
        QFETCH(QString, line);
        const QByteArray ics = ICalWriter::calendar({festisol()}, Stamp);
        const QStringList event = component(unfold(ics), u"VEVENT"_s);
        QVERIFY2(event.contains(line), qPrintable(event.join(u'\n')));
    }

    void calendarStructure()
    {
        const QByteArray ics = ICalWriter::calendar({festisol()}, Stamp);
        const QStringList lines = unfold(ics);
        QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_s);
        QCOMPARE(lines.last(), u"END:VCALENDAR"_s);
        QVERIFY(lines.contains(u"VERSION:2.0"_s));
        QVERIFY(lines.contains(u"PRODID:-//Lianes coopération//Lianes//FR"_s));
        QVERIFY(lines.contains(u"METHOD:PUBLISH"_s));
        // §3.6.5: the time zone the event refers to, with its observances (CET in December).
        const QStringList tz = component(lines, u"VTIMEZONE"_s);
        QVERIFY2(tz.contains(u"TZID:Europe/Paris"_s), qPrintable(tz.join(u'\n')));
        const QStringList standard = component(tz, u"STANDARD"_s);
        QVERIFY2(standard.contains(u"TZOFFSETTO:+0100"_s), qPrintable(tz.join(u'\n')));
        QVERIFY(std::any_of(standard.cbegin(), standard.cend(), [](const QString &l) { return l.startsWith(u"DTSTART:"_s); }));
        QVERIFY(lines.indexOf(u"BEGIN:VTIMEZONE"_s) < lines.indexOf(u"BEGIN:VEVENT"_s));
        // §3.6.1: exactly one UID and one DTSTAMP in the VEVENT.
        const QStringList event = component(lines, u"VEVENT"_s);
        QCOMPARE(std::count_if(event.cbegin(), event.cend(), [](const QString &l) { return l.startsWith(u"UID:"_s); }), 1);
        QCOMPARE(std::count_if(event.cbegin(), event.cend(), [](const QString &l) { return l.startsWith(u"DTSTAMP:"_s); }), 1);
    }

    void linesAreFoldedAndEndWithCrlf()
    {
        AgendaEvent e = festisol();
        e.description = QString(40, u'é') + u" — "_s + QString(300, u'x') + u" "_s + QString(50, u'ç');
        const QByteArray ics = ICalWriter::calendar({e}, Stamp);
        QVERIFY(ics.endsWith("\r\n"));
        QList<QByteArray> physical = ics.split('\n');
        QVERIFY(physical.takeLast().isEmpty());
        int continuations = 0;
        for (const QByteArray &l : physical) {
            QVERIFY2(l.endsWith('\r'), l.constData()); // §3.1: CRLF
            const QByteArray line = l.chopped(1);
            QVERIFY2(line.size() <= 75, line.constData()); // §3.1: 75 octets at most
            // A fold never cuts a UTF-8 sequence: each physical line is valid UTF-8 on its own.
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData());
            continuations += line.startsWith(' ');
        }
        QVERIFY(continuations >= 5);
        const QStringList event = component(unfold(ics), u"VEVENT"_s);
        QVERIFY(event.contains(u"DESCRIPTION:"_s + e.description));
    }

    void rfcTextExamples_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("expected");
        // RFC 5545 §3.3.11 and §3.8.1.5, §3.8.1.7, §3.8.1.12 examples.
        QTest::newRow("3.3.11 newlines") << u"Réunion"_s << u"Project XYZ Final Review\nConference Room - 3B\nCome Prepared."_s
                                         << QString() << u"DESCRIPTION:Project XYZ Final Review\\nConference Room - 3B\\nCome Prepared."_s;
        QTest::newRow("3.8.1.7 location") << u"Réunion"_s << QString() << u"Conference Room - F123, Bldg. 002"_s
                                          << u"LOCATION:Conference Room - F123\\, Bldg. 002"_s;
        QTest::newRow("3.8.1.12 summary") << u"Department Party"_s << QString() << QString() << u"SUMMARY:Department Party"_s;
        QTest::newRow("backslash") << u"C:\\dossier"_s << QString() << QString() << u"SUMMARY:C:\\\\dossier"_s;
    }
    void rfcTextExamples()
    {
        QFETCH(QString, title);
        QFETCH(QString, description);
        QFETCH(QString, place);
        QFETCH(QString, expected);
        AgendaEvent e = festisol();
        e.title = title;
        e.description = description;
        e.place = place;
        e.communeName.clear();
        const QStringList event = component(unfold(ICalWriter::calendar({e}, Stamp)), u"VEVENT"_s);
        QVERIFY2(event.contains(expected), qPrintable(event.join(u'\n')));
    }

    void summerTimeUsesTheDaylightObservance()
    {
        AgendaEvent e = festisol();
        e.start = QDateTime(QDate(2027, 6, 15), QTime(18, 0), ParisTime::zone());
        const QStringList lines = unfold(ICalWriter::calendar({e}, Stamp));
        QVERIFY(component(lines, u"VEVENT"_s).contains(u"DTSTART;TZID=Europe/Paris:20270615T180000"_s));
        const QStringList tz = component(lines, u"VTIMEZONE"_s);
        QVERIFY2(component(tz, u"DAYLIGHT"_s).contains(u"TZOFFSETTO:+0200"_s), qPrintable(tz.join(u'\n')));
        QVERIFY(component(tz, u"DAYLIGHT"_s).contains(u"RRULE:FREQ=YEARLY;UNTIL=20270328T010000Z;BYDAY=-1SU;BYMONTH=3"_s));
    }

    void parsedBackByTheImporter_data()
    {
        QTest::addColumn<bool>("online");
        QTest::addColumn<bool>("summer");
        QTest::newRow("in person, winter") << false << false;
        QTest::newRow("online, summer") << true << true;
    }
    void parsedBackByTheImporter()
    {
        QFETCH(bool, online);
        QFETCH(bool, summer);
        AgendaEvent e = festisol();
        if (online) {
            e.online = true;
            e.place.clear();
            e.commune.reset();
            e.communeName.clear();
            e.lat.reset();
            e.lon.reset();
            e.capacity.reset();
        }
        if (summer) {
            e.start = QDateTime(QDate(2027, 6, 15), QTime(18, 0), ParisTime::zone());
            e.registrationOpens = {};
            e.registrationCloses = {};
        }
        AgendaImportReport report;
        const auto events = ICalReader::parse(*m_db, ICalWriter::calendar({e}, Stamp), Now, u"test.ics"_s, report);
        QVERIFY2(report.ok(), qPrintable(report.lines().join(u'\n')));
        QCOMPARE(events.size(), 1);
        const AgendaEvent &r = events.first().event;
        QCOMPARE(r.uid, e.uid);
        QCOMPARE(r.title, e.title);
        QCOMPARE(r.description, e.description);
        QCOMPARE(r.kind, e.kind);
        QCOMPARE(r.start, e.start.toUTC());
        QCOMPARE(r.durationMin, e.durationMin);
        QCOMPARE(r.url, e.url);
        QCOMPARE(r.online, e.online);
        QCOMPARE(r.place, online ? QString() : e.locationText());
        QCOMPARE(r.commune, e.commune);
        QCOMPARE(r.organiser, e.organiser);
        QCOMPARE(r.audience, e.audience);
        QCOMPARE(r.capacity, e.capacity);
        QCOMPARE(r.festisol, e.festisol);
        QCOMPARE(r.registrationOpens, e.registrationOpens);
        QCOMPARE(r.registrationCloses, e.registrationCloses);
        QCOMPARE(events.first().line, unfold(ICalWriter::calendar({e}, Stamp)).indexOf(u"BEGIN:VEVENT"_s) + 1);
    }

    void qrCodeHoldsTheVevent()
    {
        AgendaEvent e = festisol();
        e.description = QString(600, u'd');
        const QByteArray text = ICalWriter::qrCalendar(e, Stamp);
        const QStringList event = component(unfold(text), u"VEVENT"_s);
        QVERIFY(event.contains(u"DTSTART;TZID=Europe/Paris:20261203T133000"_s));
        QVERIFY(event.contains(u"SUMMARY:Ciné-débat : l'eau\\, un bien commun\\; entrée libre\\, sur inscription \\\\ Festisol"_s));
        QVERIFY(component(unfold(text), u"VTIMEZONE"_s).contains(u"TZID:Europe/Paris"_s));
        QVERIFY2(text.size() < 1200, "small enough for a QR code read from a screen");
        QVERIFY(!text.contains("X-LIANES"));
        const auto code = QrCode::encode(text);
        QVERIFY(code);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"vevent.png"_s);
        QVERIFY(code->toImage(4).save(png));
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, u"-Sbinary"_s, png});
        QVERIFY2(zbar.waitForFinished(30000), "zbarimg (zbar-tools) runs");
        QCOMPARE(zbar.exitCode(), 0);
        QByteArray decoded = zbar.readAllStandardOutput();
        if (decoded.endsWith('\n') && !text.endsWith('\n')) {
            decoded.chop(1);
        }
        QCOMPARE(decoded, text);
        // And the phone's calendar gets the same event back.
        AgendaImportReport report;
        const auto back = ICalReader::parse(*m_db, decoded, Now, u"qr"_s, report);
        QVERIFY(report.ok());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().event.start, e.start.toUTC());
        QCOMPARE(back.first().event.title, e.title);
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
