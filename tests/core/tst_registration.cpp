// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaevent.h"
#include "base/paristime.h"
#include "registration/consent.h"
#include "registration/registrar.h"
#include "registration/registrationrules.h"
#include "staff/personaldata.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

RegistrationRequest person(const QString &key)
{
    RegistrationRequest r;
    r.firstName = u"Camille"_s;
    r.lastName = u"Nom "_s + key;
    r.email = key + u"@exemple.fr"_s;
    r.ageBracket = u"18_30"_s;
    r.consent = true;
    return r;
}

// A request with the fields named in @p changes replaced (the data tables name what they change).
RegistrationRequest changed(const QVariantMap &changes)
{
    RegistrationRequest r = person(u"camille"_s);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString v = it.value().toString();
        const QString &k = it.key();
        if (k == "firstName"_L1) r.firstName = v;
        else if (k == "lastName"_L1) r.lastName = v;
        else if (k == "email"_L1) r.email = v;
        else if (k == "structure"_L1) r.structure = v;
        else if (k == "actorType"_L1) r.actorType = v;
        else if (k == "place"_L1) r.place = v;
        else if (k == "ageBracket"_L1) r.ageBracket = v;
        else if (k == "parentAgreement"_L1) r.parentAgreement = it.value().toBool();
        else if (k == "consent"_L1) r.consent = it.value().toBool();
        else qFatal("unknown field in test data");
    }
    return r;
}

QString statusOf(const Database &db, qint64 id)
{
    auto q = db.prepare("SELECT status FROM registration WHERE id = ?");
    q.bind(1, id);
    return q.step() ? q.text(0) : QString();
}

const char *name(RegistrationOutcome::Status s)
{
    switch (s) {
    case RegistrationOutcome::Confirmed: return "C";
    case RegistrationOutcome::Waiting: return "W";
    case RegistrationOutcome::AlreadyRegistered: return "D";
    case RegistrationOutcome::Refused: return "R";
    case RegistrationOutcome::Invalid: return "I";
    }
    return "?";
}
}

/** The registration rules: every field's validation, capacity, waiting list, promotion, duplicates,
 *  closed and past events, minors, consent. Each outcome is checked in the database too. */
class TestRegistration : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_events = 0;

    qint64 makeEvent(std::optional<int> capacity, qint64 startsInSecs = 7 * 86400, qint64 opensInSecs = -30 * 86400,
                     std::optional<qint64> closesInSecs = std::nullopt)
    {
        AgendaEvent e;
        e.uid = u"test-%1@lianes.test"_s.arg(++m_events);
        e.title = u"Formation test"_s;
        e.kind = u"formation"_s;
        e.start = Now.addSecs(startsInSecs);
        e.durationMin = 120;
        e.capacity = capacity;
        e.registrationOpens = Now.addSecs(opensInSecs);
        if (closesInSecs) {
            e.registrationCloses = Now.addSecs(*closesInSecs);
        }
        Transaction tx(*m_db);
        const qint64 id = EventStore::upsert(*m_db, e, ParisTime::toUtcIso(Now));
        tx.commit();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
    }

    void validation_data()
    {
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QStringList>("invalid");
        QTest::addColumn<QString>("message"); // part of the first invalid field's message

        const QString tooLongName(61, u'a');
        QTest::newRow("valid") << QVariantMap{} << QStringList{} << QString();
        QTest::newRow("every optional field") << QVariantMap{{u"structure"_s, u"MRES"_s}, {u"actorType"_s, u"collectif"_s},
                                                             {u"place"_s, u"59000"_s}}
                                              << QStringList{} << QString();
        QTest::newRow("first name missing") << QVariantMap{{u"firstName"_s, u""_s}} << QStringList{u"firstName"_s} << u"prénom"_s;
        QTest::newRow("first name blank") << QVariantMap{{u"firstName"_s, u"   "_s}} << QStringList{u"firstName"_s} << u"prénom"_s;
        QTest::newRow("last name missing") << QVariantMap{{u"lastName"_s, u""_s}} << QStringList{u"lastName"_s} << u"nom"_s;
        QTest::newRow("last name too long") << QVariantMap{{u"lastName"_s, tooLongName}} << QStringList{u"lastName"_s}
                                            << u"Trop long : 60 caractères au plus"_s;
        QTest::newRow("60 characters fit") << QVariantMap{{u"lastName"_s, QString(60, u'é')}} << QStringList{} << QString();
        QTest::newRow("line break in a name") << QVariantMap{{u"firstName"_s, u"Ca\nmille"_s}} << QStringList{u"firstName"_s}
                                              << u"caractères"_s;
        QTest::newRow("email missing") << QVariantMap{{u"email"_s, u""_s}} << QStringList{u"email"_s} << u"adresse e-mail"_s;
        QTest::newRow("email without @") << QVariantMap{{u"email"_s, u"camille.exemple.fr"_s}} << QStringList{u"email"_s} << u"@"_s;
        QTest::newRow("email without domain dot") << QVariantMap{{u"email"_s, u"camille@exemple"_s}} << QStringList{u"email"_s} << u"@"_s;
        QTest::newRow("email with a space") << QVariantMap{{u"email"_s, u"camille dupont@exemple.fr"_s}} << QStringList{u"email"_s}
                                            << u"invalide"_s;
        QTest::newRow("email two @") << QVariantMap{{u"email"_s, u"a@b@exemple.fr"_s}} << QStringList{u"email"_s} << u"invalide"_s;
        QTest::newRow("email double dot") << QVariantMap{{u"email"_s, u"camille..d@exemple.fr"_s}} << QStringList{u"email"_s}
                                          << u"invalide"_s;
        QTest::newRow("email too long") << QVariantMap{{u"email"_s, QString(QString(250, u'a') + u"@ex.fr"_s)}} << QStringList{u"email"_s}
                                        << u"Trop long"_s;
        QTest::newRow("email with plus and spaces around") << QVariantMap{{u"email"_s, u"  Camille.Nom+festisol@Exemple.FR "_s}}
                                                          << QStringList{} << QString();
        QTest::newRow("structure too long") << QVariantMap{{u"structure"_s, QString(121, u's')}} << QStringList{u"structure"_s}
                                            << u"120 caractères"_s;
        QTest::newRow("unknown actor type") << QVariantMap{{u"actorType"_s, u"club"_s}} << QStringList{u"actorType"_s} << u"liste"_s;
        QTest::newRow("commune by name") << QVariantMap{{u"place"_s, u"château-thierry"_s}} << QStringList{} << QString();
        QTest::newRow("postcode outside the region") << QVariantMap{{u"place"_s, u"75011"_s}} << QStringList{} << QString();
        QTest::newRow("commune in two départements") << QVariantMap{{u"place"_s, u"Dury"_s}} << QStringList{u"place"_s}
                                                     << u"Plusieurs communes"_s;
        QTest::newRow("unknown commune") << QVariantMap{{u"place"_s, u"Marseille"_s}} << QStringList{u"place"_s}
                                         << u"code postal"_s;
        QTest::newRow("age bracket missing") << QVariantMap{{u"ageBracket"_s, u""_s}} << QStringList{u"ageBracket"_s}
                                             << u"tranche d'âge"_s;
        QTest::newRow("under 15 without a parent") << QVariantMap{{u"ageBracket"_s, u"moins_15"_s}}
                                                   << QStringList{u"parentAgreement"_s} << u"accord d'un parent"_s;
        QTest::newRow("under 15 with a parent") << QVariantMap{{u"ageBracket"_s, u"moins_15"_s}, {u"parentAgreement"_s, true}}
                                                << QStringList{} << QString();
        QTest::newRow("consent unticked") << QVariantMap{{u"consent"_s, false}} << QStringList{u"consent"_s} << u"Cochez"_s;
        QTest::newRow("everything wrong at once")
            << QVariantMap{{u"firstName"_s, u""_s}, {u"email"_s, u"x"_s}, {u"ageBracket"_s, u"moins_15"_s}, {u"consent"_s, false}}
            << QStringList{u"consent"_s, u"email"_s, u"firstName"_s, u"parentAgreement"_s} << QString();
    }
    void validation()
    {
        QFETCH(QVariantMap, changes);
        QFETCH(QStringList, invalid);
        QFETCH(QString, message);
        CleanRegistration clean;
        const Validation v = RegistrationRules::validate(changed(changes), m_db.get(), &clean);
        QStringList fields = v.fields();
        fields.sort();
        QCOMPARE(fields, invalid);
        QCOMPARE(v.ok(), invalid.isEmpty());
        for (const auto &f : fields) {
            QVERIFY2(v.error(f).endsWith(u'.'), qPrintable(v.error(f))); // a sentence, in French
        }
        if (!message.isEmpty()) {
            QVERIFY2(v.error(invalid.first()).contains(message, Qt::CaseInsensitive), qPrintable(v.error(invalid.first())));
        }
        if (v.ok()) {
            QCOMPARE(clean.emailKey, clean.email.toLower());
            QCOMPARE(clean.email, clean.email.trimmed());
        }
    }

    void placeIsResolved_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<QString>("commune");
        QTest::newRow("commune") << u"Arras"_s << u"62000"_s << u"62041"_s;
        QTest::newRow("commune, accents and case") << u"chateau thierry"_s << u"02400"_s << u"02168"_s;
        QTest::newRow("postcode of one commune") << u"62100"_s << u"62100"_s << u"62193"_s;
        QTest::newRow("postcode of two communes") << u"62000"_s << u"62000"_s << QString();
        QTest::newRow("postcode elsewhere") << u"75011"_s << u"75011"_s << QString();
        QTest::newRow("nothing") << u""_s << QString() << QString();
    }
    void placeIsResolved()
    {
        QFETCH(QString, typed);
        QFETCH(QString, postcode);
        QFETCH(QString, commune);
        CleanRegistration clean;
        QVERIFY(RegistrationRules::validate(changed({{u"place"_s, typed}}), m_db.get(), &clean).ok());
        QCOMPARE(clean.postcode.value_or(QString()), postcode);
        QCOMPARE(clean.commune.value_or(QString()), commune);
    }

    void emailKey_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("key");
        QTest::newRow("as is") << u"camille@exemple.fr"_s << u"camille@exemple.fr"_s;
        QTest::newRow("case") << u"Camille.Dupont@EXEMPLE.fr"_s << u"camille.dupont@exemple.fr"_s;
        QTest::newRow("spaces") << u"  camille@exemple.fr\t"_s << u"camille@exemple.fr"_s;
        QTest::newRow("accented capital") << u"ÉLODIE@exemple.fr"_s << u"élodie@exemple.fr"_s;
    }
    void emailKey()
    {
        QFETCH(QString, email);
        QFETCH(QString, key);
        QCOMPARE(RegistrationRules::emailKey(email), key);
    }

    void capacity_data()
    {
        QTest::addColumn<int>("capacity"); // -1: no limit
        QTest::addColumn<int>("people");
        QTest::addColumn<QString>("outcomes"); // C confirmed, Wn waiting at position n
        QTest::newRow("no limit") << -1 << 5 << u"C C C C C"_s;
        QTest::newRow("room for all") << 5 << 5 << u"C C C C C"_s;
        QTest::newRow("one over") << 3 << 4 << u"C C C W1"_s;
        QTest::newRow("waiting list in order") << 2 << 6 << u"C C W1 W2 W3 W4"_s;
        QTest::newRow("capacity zero: waiting only") << 0 << 3 << u"W1 W2 W3"_s;
        QTest::newRow("a single place") << 1 << 3 << u"C W1 W2"_s;
    }
    void capacity()
    {
        QFETCH(int, capacity);
        QFETCH(int, people);
        QFETCH(QString, outcomes);
        const qint64 event = makeEvent(capacity < 0 ? std::nullopt : std::optional(capacity));
        const Registrar registrar(*m_db);
        QStringList got;
        for (int i = 0; i < people; ++i) {
            const auto out = registrar.registerPerson(event, person(u"p%1"_s.arg(i)), Now);
            QVERIFY2(out.registrationId > 0, qPrintable(out.message));
            got << QString::fromLatin1(name(out.status))
                    + (out.status == RegistrationOutcome::Waiting ? QString::number(out.waitingPosition) : QString());
            QCOMPARE(registrar.waitingPosition(out.registrationId), out.waitingPosition);
        }
        QCOMPARE(got.join(u' '), outcomes);
        const auto counts = registrar.counts(event);
        QCOMPARE(counts.confirmed, int(outcomes.count(u'C')));
        QCOMPARE(counts.waiting, int(outcomes.count(u'W')));
        if (capacity >= 0) {
            QVERIFY(counts.confirmed <= capacity);
            QCOMPARE(*counts.remaining(), capacity - counts.confirmed);
        } else {
            QVERIFY(!counts.remaining());
        }
    }

    void promotion_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("people");
        QTest::addColumn<QString>("cancellations"); // indexes of people, in order
        QTest::addColumn<QString>("promoted"); // who moved up at each cancellation (- for nobody)
        QTest::addColumn<QString>("final"); // C, W, X (cancelled) per person
        QTest::newRow("first waiting moves up") << 2 << 4 << u"0"_s << u"2"_s << u"X C C W"_s;
        QTest::newRow("twice the same: once") << 2 << 4 << u"0 0"_s << u"2 -"_s << u"X C C W"_s;
        QTest::newRow("a waiting one leaves") << 2 << 4 << u"2"_s << u"-"_s << u"C C X W"_s;
        QTest::newRow("then a place frees") << 2 << 5 << u"2 1"_s << u"- 3"_s << u"C X X C W"_s;
        QTest::newRow("one after the other") << 1 << 4 << u"0 1 2"_s << u"1 2 3"_s << u"X X X C"_s;
        QTest::newRow("nobody waiting") << 3 << 2 << u"0"_s << u"-"_s << u"X C"_s;
    }
    void promotion()
    {
        QFETCH(int, capacity);
        QFETCH(int, people);
        QFETCH(QString, cancellations);
        QFETCH(QString, promoted);
        QFETCH(QString, final);
        const qint64 event = makeEvent(capacity);
        const Registrar registrar(*m_db);
        QList<qint64> ids;
        for (int i = 0; i < people; ++i) {
            ids << registrar.registerPerson(event, person(u"q%1"_s.arg(i)), Now).registrationId;
        }
        const QStringList who = cancellations.split(u' ');
        const QStringList expected = promoted.split(u' ');
        for (int i = 0; i < who.size(); ++i) {
            const auto c = registrar.cancel(ids.at(who.at(i).toInt()), Now);
            QCOMPARE(c.promotedId, expected.at(i) == "-"_L1 ? 0 : ids.at(expected.at(i).toInt()));
        }
        QStringList got;
        for (qint64 id : std::as_const(ids)) {
            const QString s = statusOf(*m_db, id);
            got << (s == "confirmed"_L1 ? u"C"_s : s == "waiting"_L1 ? u"W"_s : u"X"_s);
        }
        QCOMPARE(got.join(u' '), final);
        QVERIFY(registrar.counts(event).confirmed <= capacity);
    }

    void duplicates_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("message");
        QTest::newRow("same email") << 5 << u"dup@exemple.fr"_s << u"dup@exemple.fr"_s << u"déjà inscrit·e à cet événement"_s;
        QTest::newRow("case differs") << 5 << u"dup@exemple.fr"_s << u"DUP@Exemple.FR"_s << u"déjà inscrit·e"_s;
        QTest::newRow("spaces around") << 5 << u"dup@exemple.fr"_s << u"  dup@exemple.fr "_s << u"déjà inscrit·e"_s;
        QTest::newRow("on the waiting list says where") << 0 << u"dup@exemple.fr"_s << u"Dup@exemple.fr"_s
                                                        << u"déjà inscrit·e sur la liste d'attente de cet événement, en position 1"_s;
    }
    void duplicates()
    {
        QFETCH(int, capacity);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, message);
        const qint64 event = makeEvent(capacity);
        const Registrar registrar(*m_db);
        RegistrationRequest a = person(u"a"_s);
        a.email = first;
        const auto out = registrar.registerPerson(event, a, Now);
        QVERIFY(out.status == RegistrationOutcome::Confirmed || out.status == RegistrationOutcome::Waiting);
        RegistrationRequest b = person(u"b"_s);
        b.email = second;
        const auto again = registrar.registerPerson(event, b, Now);
        QCOMPARE(again.status, RegistrationOutcome::AlreadyRegistered);
        QCOMPARE(again.registrationId, out.registrationId);
        QVERIFY2(again.message.contains(message), qPrintable(again.message));
        QCOMPARE(registrar.counts(event).confirmed + registrar.counts(event).waiting, 1);
        // Once cancelled, the same person may register again.
        QVERIFY(registrar.cancel(out.registrationId, Now).cancelled);
        const auto third = registrar.registerPerson(event, b, Now);
        QVERIFY(third.status == RegistrationOutcome::Confirmed || third.status == RegistrationOutcome::Waiting);
        QVERIFY(third.registrationId != out.registrationId);
    }

    void closedAndPast_data()
    {
        QTest::addColumn<qint64>("startsIn");
        QTest::addColumn<qint64>("opensIn");
        QTest::addColumn<qint64>("closesIn"); // 0: no closing time
        QTest::addColumn<QString>("reason"); // empty: open
        QTest::newRow("open") << qint64(86400) << qint64(-86400) << qint64(0) << QString();
        QTest::newRow("past") << qint64(-86400) << qint64(-30 * 86400) << qint64(0) << u"est passé"_s;
        QTest::newRow("starting now") << qint64(0) << qint64(-86400) << qint64(0) << u"déjà commencé"_s;
        QTest::newRow("not open yet") << qint64(10 * 86400) << qint64(3 * 86400) << qint64(0)
                                      << u"Les inscriptions ouvriront le mardi 1 décembre 2026 à 10h00"_s;
        QTest::newRow("closed yesterday") << qint64(2 * 86400) << qint64(-10 * 86400) << qint64(-86400)
                                          << u"Les inscriptions sont closes depuis le vendredi 27 novembre 2026 à 10h00"_s;
        QTest::newRow("closes this very second") << qint64(86400) << qint64(-86400) << qint64(0 + 1) << QString();
        QTest::newRow("closed this very second") << qint64(86400) << qint64(-86400) << qint64(-1) << u"closes"_s;
    }
    void closedAndPast()
    {
        QFETCH(qint64, startsIn);
        QFETCH(qint64, opensIn);
        QFETCH(qint64, closesIn);
        QFETCH(QString, reason);
        const qint64 event = makeEvent(10, startsIn, opensIn, closesIn ? std::optional(closesIn) : std::nullopt);
        const Registrar registrar(*m_db);
        const auto out = registrar.registerPerson(event, person(u"late"_s), Now);
        QCOMPARE(registrar.closedReason(event, Now).isEmpty(), reason.isEmpty());
        if (reason.isEmpty()) {
            QCOMPARE(out.status, RegistrationOutcome::Confirmed);
        } else {
            QCOMPARE(out.status, RegistrationOutcome::Refused);
            QVERIFY2(out.message.contains(reason), qPrintable(out.message));
            QCOMPARE(out.registrationId, 0);
            QCOMPARE(registrar.counts(event).confirmed, 0);
        }
    }

    void unknownEventIsRefused()
    {
        const auto out = Registrar(*m_db).registerPerson(999999, person(u"x"_s), Now);
        QCOMPARE(out.status, RegistrationOutcome::Refused);
        QVERIFY(out.message.contains(u"n'existe plus"_s));
    }

    void invalidRequestWritesNothing()
    {
        const qint64 event = makeEvent(10);
        RegistrationRequest r = person(u"minor"_s);
        r.ageBracket = u"moins_15"_s;
        const auto out = Registrar(*m_db).registerPerson(event, r, Now);
        QCOMPARE(out.status, RegistrationOutcome::Invalid);
        QVERIFY(!out.validation.error(u"parentAgreement"_s).isEmpty());
        QCOMPARE(Registrar(*m_db).counts(event).confirmed, 0);
    }

    void storedRegistrationIsWholeWithConsent()
    {
        const qint64 event = makeEvent(10);
        RegistrationRequest r = person(u"minor"_s);
        r.email = u"  Jeune.Personne@Exemple.fr "_s;
        r.ageBracket = u"moins_15"_s;
        r.parentAgreement = true;
        r.newsletter = true;
        r.place = u"Amiens"_s;
        r.actorType = u"structure_jeunesse"_s;
        const auto out = Registrar(*m_db).registerPerson(event, r, Now);
        QCOMPARE(out.status, RegistrationOutcome::Confirmed);
        auto q = m_db->prepare("SELECT email, email_key, age_bracket, parent_agreement, newsletter, consent_version, "
                               "consent_at, created_at, commune, postcode, actor_type FROM registration WHERE id = ?");
        q.bind(1, out.registrationId);
        QVERIFY(q.step());
        QCOMPARE(q.text(0), u"Jeune.Personne@Exemple.fr"_s);
        QCOMPARE(q.text(1), u"jeune.personne@exemple.fr"_s);
        QCOMPARE(q.text(2), u"moins_15"_s);
        QCOMPARE(q.integer(3), 1);
        QCOMPARE(q.integer(4), 1);
        QCOMPARE(q.text(5), Consent::version());
        QCOMPARE(q.text(6), u"2026-11-28T09:00:00Z"_s);
        QCOMPARE(q.text(7), u"2026-11-28T09:00:00Z"_s);
        QCOMPARE(q.text(8), u"80021"_s);
        QCOMPARE(q.text(9), u"80000"_s);
        QCOMPARE(q.text(10), u"structure_jeunesse"_s);
        // The exact text the person ticked is kept under its version.
        auto text = m_db->prepare("SELECT text FROM consent_text WHERE version = ?");
        text.bind(1, Consent::version());
        QVERIFY(text.step());
        QCOMPARE(text.text(0), Consent::text());
        QVERIFY2(Consent::text().contains(u"12 mois"_s) && Consent::text().contains(u"effacer"_s),
                 "purpose, retention and rights are said");
    }

    void registrationsAreCommittedWithFullSync()
    {
        // The connection keeps NORMAL for other writes; registrations switch to FULL for their commit only.
        auto sync = [&] {
            auto q = m_db->prepare("PRAGMA synchronous");
            q.step();
            return q.integer(0);
        };
        QCOMPARE(sync(), 1);
        (void)Registrar(*m_db).registerPerson(makeEvent(3), person(u"sync"_s), Now);
        QCOMPARE(sync(), 1);
    }

    void capacityRiseMovesTheWaitingListUpInOrder()
    {
        const qint64 event = makeEvent(1);
        const Registrar registrar(*m_db);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            ids << registrar.registerPerson(event, person(u"rise%1"_s.arg(i)), Now).registrationId;
        }
        auto raise = m_db->prepare("UPDATE event SET capacity = 3 WHERE id = ?");
        raise.bind(1, event).exec();
        QCOMPARE(registrar.fillFromWaitingList(event), 2);
        QCOMPARE(statusOf(*m_db, ids[1]), u"confirmed"_s);
        QCOMPARE(statusOf(*m_db, ids[2]), u"confirmed"_s);
        QCOMPARE(registrar.waitingPosition(ids[3]), 1);
        // A newcomer after a rise waits behind those already waiting.
        auto raiseAgain = m_db->prepare("UPDATE event SET capacity = 4 WHERE id = ?");
        raiseAgain.bind(1, event).exec();
        const auto late = registrar.registerPerson(event, person(u"rise-late"_s), Now);
        QCOMPARE(statusOf(*m_db, ids[3]), u"confirmed"_s);
        QCOMPARE(late.status, RegistrationOutcome::Waiting);
        QCOMPARE(late.waitingPosition, 1);
    }

    void retentionErasesPersonalDataAfterTwelveMonths()
    {
        const qint64 old = makeEvent(10, 86400); // tomorrow, 2 hours
        const qint64 recent = makeEvent(10, 2 * 86400);
        const Registrar registrar(*m_db);
        const qint64 a = registrar.registerPerson(old, person(u"ancien"_s), Now).registrationId;
        const qint64 b = registrar.registerPerson(recent, person(u"recent"_s), Now).registrationId;
        QVERIFY(registrar.setPresent(a, true, Now.addDays(1)));
        auto personal = [&](qint64 id) {
            auto q = m_db->prepare("SELECT coalesce(first_name, '') || coalesce(last_name, '') || coalesce(email, '') || "
                                   "coalesce(email_key, ''), purged_at IS NOT NULL, status, checked_in_at IS NOT NULL, "
                                   "age_bracket FROM registration WHERE id = ?");
            q.bind(1, id);
            q.step();
            return QStringList{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)};
        };
        // Twelve months after the first event's end (tomorrow 12:00 Paris), but not yet after the second's.
        const QDateTime later = Now.addDays(1).addSecs(2 * 3600 + 60).addMonths(12);
        QCOMPARE(PersonalData::purgeExpired(*m_db, later.addSecs(-120), Consent::RetentionMonths), 0);
        QVERIFY(PersonalData::purgeExpired(*m_db, later, Consent::RetentionMonths) >= 1);
        QCOMPARE(personal(a), (QStringList{QString(), u"1"_s, u"confirmed"_s, u"1"_s, u"18_30"_s}));
        QCOMPARE(personal(b).at(1), u"0"_s);
        QVERIFY(!personal(b).at(0).isEmpty());
        QCOMPARE(PersonalData::purgeExpired(*m_db, later, Consent::RetentionMonths), 0); // once
    }

    void checkIn()
    {
        const qint64 event = makeEvent(1);
        const Registrar registrar(*m_db);
        const qint64 in = registrar.registerPerson(event, person(u"in"_s), Now).registrationId;
        const qint64 waiting = registrar.registerPerson(event, person(u"wait"_s), Now).registrationId;
        QVERIFY(registrar.setPresent(in, true, Now));
        QVERIFY(!registrar.setPresent(waiting, true, Now));
        QCOMPARE(registrar.counts(event).present, 1);
        QVERIFY(registrar.setPresent(in, false, Now));
        QCOMPARE(registrar.counts(event).present, 0);
        QVERIFY(registrar.setPresent(in, true, Now));
        // A cancelled registration is no longer present, and its place goes to the waiting list.
        QCOMPARE(registrar.cancel(in, Now).promotedId, waiting);
        const auto c = registrar.counts(event);
        QCOMPARE(c.present, 0);
        QCOMPARE(c.cancelled, 1);
        QCOMPARE(c.confirmed, 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
