// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaservice.h"
#include "app/appcontext.h"
#include "dataio/dataservice.h"
#include "staff/meetinglistmodel.h"
#include "registration/registrar.h"
#include "registration/registrationrules.h"
#include "staff/personaldata.h"
#include "staff/staffarea.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

qint64 scalar(const Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    q.step();
    return q.integer(0);
}

// A registration as the registration form writes it (columns of migration 2).
void addRegistration(const Database &db, qint64 event, const QString &email, const QString &status = u"confirmed"_s)
{
    auto q = db.prepare("INSERT INTO registration(event, status, first_name, last_name, email, email_key, postcode, "
                        "consent_version, consent_at, created_at) VALUES(?, ?, 'Zéphyrine', 'Quatrebarbes', ?, ?, "
                        "'59000', 'v1', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z')");
    q.bind(1, event).bind(2, status).bind(3, email).bind(4, RegistrationRules::emailKey(email)).exec();
}

qint64 addEvent(const Database &db, const QString &uid, const QDateTime &start)
{
    auto q = db.prepare("INSERT INTO event(uid, title, kind, starts_at, duration_min) VALUES(?, 'Test', 'webinaire', ?, 60)");
    q.bind(1, uid).bind(2, start.toUTC().toString(Qt::ISODate)).exec();
    return db.lastInsertId();
}

bool filesContain(const QString &path, const QByteArray &needle)
{
    for (const QString &file : QStringList{path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            return true;
        }
    }
    return false;
}
}

/** The staff area: meetings log with the report's totals, PIN lock, personal data rights, retention. */
class TestStaff : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    /** Moves the app's clock (which dates lockouts and the automatic lock) forward. */
    void advance(qint64 ms) { m_app->setCurrentDateTime(m_app->currentDateTime().addMSecs(ms)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Config config;
        config.mode = Config::Mode::Staff;
        config.dataDir = m_dir.path();
        m_app = std::make_unique<AppContext>(config);
        m_app->setCurrentDateTime(Now);
        QVERIFY(m_app->openStorage());
    }

    void meetingsOf2020GiveTheReportTotals()
    {
        MeetingListModel *model = m_app->staff()->meetings();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setYear(2020);
        // Bilan 2020: "233 réunions", "925 participants", "582 heures de réunions".
        QCOMPARE(model->count(), 233);
        QCOMPARE(model->rowCount(), 233);
        QCOMPARE(model->totalParticipants(), 925);
        QCOMPARE(model->totalHours(), 582.0);
        QCOMPARE(model->totalsLabel(), u"233 réunions · 925 participants · 582 heures"_s);
        QVERIFY(model->years().contains(2020));
        QVERIFY(model->staffNames().contains(u"Hugo"_s));
    }

    void totalsSayOneInTheSingular_data()
    {
        QTest::addColumn<int>("participants");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("label");
        QTest::newRow("one of each") << 1 << 1.0 << u"1 réunion · 1 participant · 1 heure"_s;
        QTest::newRow("none online") << 0 << 1.5 << u"1 réunion · 0 participant · 1,5 heure"_s;
        QTest::newRow("plural") << 12 << 2.5 << u"1 réunion · 12 participants · 2,5 heures"_s;
    }
    void totalsSayOneInTheSingular()
    {
        QFETCH(int, participants);
        QFETCH(double, hours);
        QFETCH(QString, label);
        MeetingListModel *model = m_app->staff()->meetings();
        model->setYear(2031); // a year of its own: this meeting alone
        const QVariantMap fields{{u"subject"_s, u"Point d'étape Tandems"_s},
                                 {u"place"_s, u"Lille"_s},
                                 {u"staff"_s, u"Lucie"_s},
                                 {u"start"_s, QDateTime(QDate(2031, 3, 4), QTime(10, 0))},
                                 {u"durationHours"_s, hours},
                                 {u"participants"_s, participants}};
        QCOMPARE(model->save(fields), QString());
        QCOMPARE(model->count(), 1);
        const QString shown = model->totalsLabel();
        QVERIFY(model->remove(model->index(0).data(MeetingListModel::IdRole).toLongLong()));
        QCOMPARE(shown, label);
    }

    void filtersByStaffAndText_data()
    {
        QTest::addColumn<QString>("staff");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("everyone") << QString() << QString() << 233;
        QTest::newRow("Groupe Pays Mali, accent-insensitive") << QString() << u"groupe PAYS mali"_s << 3;
        QTest::newRow("Commission Afrique de l'Ouest") << u"Nizar"_s << u"afrique ouest"_s << 1;
        QTest::newRow("nothing") << QString() << u"zzzz"_s << 0;
    }
    void filtersByStaffAndText()
    {
        QFETCH(QString, staff);
        QFETCH(QString, text);
        QFETCH(int, expected);
        MeetingListModel *model = m_app->staff()->meetings();
        model->setYear(2020);
        model->setStaff(staff);
        model->setText(text);
        QCOMPARE(model->rowCount(), expected);
        model->setStaff({});
        model->setText({});
    }

    void addEditAndValidateAMeeting()
    {
        MeetingListModel *model = m_app->staff()->meetings();
        model->setYear(2026);
        const int before = model->count();
        QVariantMap fields{{u"subject"_s, u"Rencontre collectif Festisol Amiens"_s},
                           {u"place"_s, u"Amiens"_s},
                           {u"staff"_s, u"Lucie"_s},
                           {u"start"_s, QDateTime(QDate(2026, 11, 20), QTime(14, 0))},
                           {u"durationHours"_s, 2.5},
                           {u"participants"_s, 12}};
        QCOMPARE(model->save(fields), QString());
        QCOMPARE(model->count(), before + 1);
        const qint64 id = model->index(0).data(MeetingListModel::IdRole).toLongLong();
        QVariantMap edited = model->get(id);
        QCOMPARE(edited.value(u"subject"_s).toString(), u"Rencontre collectif Festisol Amiens"_s);
        QCOMPARE(edited.value(u"start"_s).toDateTime().time(), QTime(14, 0)); // Paris time kept
        edited[u"participantsText"_s] = u"15"_s;
        QCOMPARE(model->save(edited), QString());
        QCOMPARE(model->get(id).value(u"participants"_s).toInt(), 15);
        QCOMPARE(model->count(), before + 1);
        // Bad input: a clear message, nothing saved.
        QVariantMap bad = fields;
        bad[u"subject"_s] = u"  "_s;
        bad[u"durationHours"_s] = -1;
        const QString errors = model->save(bad);
        QVERIFY(errors.contains(u"sujet"_s));
        QVERIFY(errors.contains(u"durée"_s));
        QCOMPARE(model->count(), before + 1);
        QVERIFY(model->remove(id));
        QCOMPARE(model->count(), before);
    }

    void pinFlowAndAutoLock()
    {
        StaffArea *staff = m_app->staff();
        QVERIFY(!staff->hasPin());
        QVERIFY(!staff->isUnlocked());
        QVERIFY(staff->setPin(u"480215"_s, u"480216"_s).contains(u"identiques"_s));
        QCOMPARE(staff->setPin(u"480215"_s, u"480215"_s), QString());
        QVERIFY(staff->isUnlocked());
        staff->lock();
        QVERIFY(staff->unlock(u"000001"_s).contains(u"incorrect"_s));
        QCOMPARE(staff->unlock(u"480215"_s), QString());
        // Locks by itself after the configured minutes without use.
        staff->setAutoLockMinutes(5);
        advance(4 * 60'000);
        staff->checkAutoLock();
        QVERIFY(staff->isUnlocked());
        staff->touch();
        advance(4 * 60'000);
        staff->checkAutoLock();
        QVERIFY(staff->isUnlocked());
        advance(60'000);
        staff->checkAutoLock();
        QVERIFY(!staff->isUnlocked());
        // Changing the PIN needs the area unlocked.
        QVERIFY(!staff->setPin(u"731902"_s, u"731902"_s).isEmpty());
    }

    /** Seeing, exporting and erasing a person's data are staff actions: refused while the area
     *  is locked (erasePersonalData did not look). */
    void personalDataNeedsTheStaffAreaUnlocked()
    {
        Database &db = *m_app->database();
        const qint64 event = addEvent(db, u"rgpd-locked"_s, Now.addDays(10));
        addRegistration(db, event, u"verrou@exemple.fr"_s);
        m_app->staff()->lock();
        QCOMPARE(m_app->staff()->personalData(u"verrou@exemple.fr"_s), QString());
        const QString out = m_dir.filePath(u"verrou.json"_s);
        QVERIFY(m_app->staff()->exportPersonalData(u"verrou@exemple.fr"_s, out).contains(u"verrouillé"_s));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(m_app->staff()->erasePersonalData(u"verrou@exemple.fr"_s), -1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM registration WHERE email = 'verrou@exemple.fr'"), 1);
        QCOMPARE(m_app->staff()->unlock(u"480215"_s), QString());
        QCOMPARE(m_app->staff()->erasePersonalData(u"verrou@exemple.fr"_s), 1);
    }

    /** Another connection reading: the erased bytes cannot leave the files yet, and the staff
     *  are told so (the checkpoint's result was not looked at); the backups and exports the
     *  device wrote that still hold the person are named; erase-from-backup clears a backup. */
    void erasureSaysWhatIsLeftAndWhere()
    {
        Database &db = *m_app->database();
        QCOMPARE(m_app->staff()->unlock(u"480215"_s), QString());
        const qint64 event = addEvent(db, u"rgpd-copies"_s, Now.addDays(10));
        const QString email = u"yolande.lecteur@exemple.fr"_s;
        addRegistration(db, event, email);
        const QString backup = m_dir.filePath(u"sauvegarde.db"_s);
        QVERIFY(Backup::copyTo(db, backup).ok);
        const QString exported = m_dir.filePath(u"yolande.json"_s);
        QCOMPARE(m_app->staff()->exportPersonalData(email, exported), QString());
        const QString unrelated = m_dir.filePath(u"autre.json"_s);
        QCOMPARE(m_app->staff()->exportPersonalData(u"personne@exemple.fr"_s, unrelated), QString());

        auto reader = Database::connect(db.path());
        QVERIFY(reader);
        reader->exec("BEGIN");
        QCOMPARE(scalar(*reader, "SELECT count(*) FROM registration WHERE email_key = 'yolande.lecteur@exemple.fr'"), 1);
        QCOMPARE(m_app->staff()->erasePersonalData(email), 1);
        const QString report = m_app->staff()->erasureReport();
        QVERIFY2(report.contains(u"Un autre programme lit la base"_s), qPrintable(report));
        QVERIFY2(report.contains(backup) && report.contains(exported), qPrintable(report));
        QVERIFY2(!report.contains(unrelated), qPrintable(report));
        QVERIFY(report.contains(u"erase-from-backup"_s));
        QVERIFY(filesContain(db.path(), "yolande.lecteur")); // what the report says is still on disk
        reader->exec("COMMIT");
        reader.reset();
        QVERIFY(PersonalData::wipeWal(db));
        QVERIFY(!filesContain(db.path(), "yolande.lecteur"));

        QString error;
        QCOMPARE(PersonalData::eraseFromBackup(backup, email, &error), 1);
        QVERIFY(!filesContain(backup, "yolande.lecteur"));
        QCOMPARE(PersonalData::copiesHolding(db, email), QStringList{exported});
        QFile::remove(exported);
        QCOMPARE(PersonalData::copiesHolding(db, email), QStringList());
        QCOMPARE(PersonalData::eraseFromBackup(backup, email, &error), 0);
    }

    void personalDataIsShownExportedAndErasedWithoutTrace()
    {
        Database &db = *m_app->database();
        QCOMPARE(m_app->staff()->unlock(u"480215"_s), QString());
        const qint64 event = addEvent(db, u"rgpd-test"_s, Now.addDays(10));
        const QString email = u"zephyrine.quatrebarbes@exemple.fr"_s;
        addRegistration(db, event, u"  Zephyrine.Quatrebarbes@Exemple.FR "_s);
        const auto json = QJsonDocument::fromJson(m_app->staff()->personalData(email).toUtf8()).object();
        QCOMPARE(json.value("registrations"_L1).toArray().size(), 1);
        QCOMPARE(json.value("registrations"_L1).toArray().at(0)["first_name"_L1].toString(), u"Zéphyrine"_s);
        const QString out = m_dir.filePath(u"export.json"_s);
        QCOMPARE(m_app->staff()->exportPersonalData(email, out), QString());
        QVERIFY(QFile::exists(out));

        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(filesContain(db.path(), "quatrebarbes"));
        QCOMPARE(m_app->staff()->erasePersonalData(email), 1);
        QVERIFY(!filesContain(db.path(), "quatrebarbes"));
        QVERIFY(!filesContain(db.path(), "Quatrebarbes"));
        QCOMPARE(json.value("email"_L1).toString(), email);
    }

    /** Registered as typed on the form, looked up and erased as staff type it: one key for every
     *  path. Registration folded case (µ becomes μ, ς becomes σ), the lookup lowered it: these
     *  people were neither shown nor erased. */
    void nonAsciiEmailsAreFoundAndErased_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("typed");
        QTest::newRow("micro sign") << u"µ-lab@exemple.fr"_s << u"µ-lab@exemple.fr"_s;
        QTest::newRow("final sigma") << u"ΟΔΥΣΣΕΥΣ@exemple.gr"_s << u"οδυσσευς@exemple.gr"_s;
    }
    void nonAsciiEmailsAreFoundAndErased()
    {
        QFETCH(QString, registered);
        QFETCH(QString, typed);
        Database &db = *m_app->database();
        const qint64 event = addEvent(db, u"email-"_s + QString::fromLatin1(QTest::currentDataTag()), Now.addDays(12));
        RegistrationRequest request;
        request.firstName = u"Zéphyrine"_s;
        request.lastName = u"Quatrebarbes"_s;
        request.email = registered;
        request.ageBracket = u"18_30"_s;
        request.consent = true;
        const RegistrationOutcome out = Registrar(db).registerPerson(event, request, Now);
        QCOMPARE(out.status, RegistrationOutcome::Confirmed);
        const auto json = QJsonDocument::fromJson(m_app->staff()->personalData(typed).toUtf8()).object();
        QCOMPARE(json.value("registrations"_L1).toArray().size(), 1);
        QCOMPARE(m_app->staff()->erasePersonalData(typed), 1);
        auto left = db.prepare("SELECT count(*) FROM registration WHERE id = ? AND email IS NOT NULL");
        left.bind(1, out.registrationId);
        QVERIFY(left.step());
        QCOMPARE(left.integer(0), 0);
    }

    void retentionPurgeKeepsCounts()
    {
        Database &db = *m_app->database();
        const qint64 old = addEvent(db, u"old"_s, Now.addMonths(-13));
        const qint64 recent = addEvent(db, u"recent"_s, Now.addMonths(-11));
        addRegistration(db, old, u"a@exemple.fr"_s);
        addRegistration(db, old, u"b@exemple.fr"_s, u"waiting"_s);
        addRegistration(db, recent, u"c@exemple.fr"_s);
        QCOMPARE(m_app->staff()->retentionMonths(), 12);
        QCOMPARE(m_app->runRetentionPurge(), 2);
        // Counts and statuses stay; names and emails of the old event are gone.
        QCOMPARE(scalar(db, "SELECT count(*) FROM registration WHERE event IN (SELECT id FROM event WHERE uid = 'old')"), 2);
        QCOMPARE(scalar(db, "SELECT count(*) FROM registration WHERE status = 'waiting'"), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM registration WHERE email IS NOT NULL AND event IN "
                            "(SELECT id FROM event WHERE uid = 'old')"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM registration WHERE email = 'c@exemple.fr'"), 1);
        QVERIFY(!filesContain(db.path(), "b@exemple.fr"));
        // Running again purges nothing more.
        QCOMPARE(m_app->runRetentionPurge(), 0);
    }

    void visitorResetClearsTheClipboardAndTellsThePages()
    {
        QSignalSpy reset(m_app.get(), &AppContext::visitorSessionReset);
        m_app->resetVisitorSession();
        QCOMPARE(reset.count(), 1);
    }

    /** On a kiosk the staff actions themselves check the lock, not only the page that shows
     *  them: check-in, the agenda import, a database check, a meeting saved. */
    void staffActionsCheckTheLock()
    {
        StaffArea *staff = m_app->staff();
        Database &db = *m_app->database();
        const qint64 event = addEvent(db, u"verrou-actions"_s, Now.addDays(3));
        addRegistration(db, event, u"presence@exemple.fr"_s);
        const qint64 registration = db.lastInsertId();
        staff->lock();
        staff->setOpenWithoutPin(false); // as on a kiosk
        QVERIFY(!staff->isOpen());
        QVERIFY(!m_app->agenda()->setPresent(registration, true));
        QVERIFY(!m_app->dataIo()->checkDatabase());
        QVERIFY(m_app->dataIo()->message().contains(u"verrouillé"_s));
        const QUrl ics = QUrl::fromLocalFile(QStringLiteral(LIANES_TEST_DATA "/agenda/network.ics"));
        QVERIFY(m_app->agenda()->importAgenda(ics).value(0).contains(u"verrouillé"_s));
        const QVariantMap meeting{{u"subject"_s, u"Point d'étape"_s}, {u"start"_s, QDateTime(QDate(2026, 11, 20), QTime(9, 0))},
                                  {u"durationHours"_s, 1.0}, {u"participants"_s, 2}};
        QVERIFY(staff->meetings()->save(meeting).contains(u"verrouillé"_s));
        QCOMPARE(scalar(db, "SELECT count(*) FROM registration WHERE checked_in_at IS NOT NULL AND email = 'presence@exemple.fr'"), 0);

        QCOMPARE(staff->unlock(u"480215"_s), QString());
        QVERIFY(m_app->agenda()->setPresent(registration, true));
        QVERIFY(m_app->dataIo()->checkDatabase());
        QCOMPARE(staff->meetings()->save(meeting), QString());
        staff->setOpenWithoutPin(true);
    }
};

QTEST_MAIN(TestStaff)
#include "tst_staff.moc"
