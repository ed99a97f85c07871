// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole database to JSON and back.
#include "dataio/demoloader.h"
#include "registration/registrationrules.h"
#include "staff/pinstore.h"
#include "storage/backup.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lianes;
using namespace TestHelpers;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

// A database with the demo data and a few rows the demo does not have: registrations with NULLs
// and accents, a setting, a meeting linked to actors, reals and integers side by side.
void fill(const Database &db)
{
    QVERIFY(DemoLoader::loadIfNeeded(db, Now).loaded);
    db.exec("INSERT INTO registration(event, status, first_name, last_name, email, email_key, consent_version, "
            "consent_at, created_at) SELECT id, 'confirmed', 'Zoé', NULL, 'zoe@example.org', 'zoe@example.org', 'v1', "
            "'2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z' FROM event ORDER BY id LIMIT 1");
    db.exec("INSERT INTO registration(event, status, consent_version, consent_at, created_at, purged_at) "
            "SELECT id, 'cancelled', 'v1', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', '2026-11-20T00:00:00Z' "
            "FROM event ORDER BY id LIMIT 1");
    db.exec("INSERT INTO meeting_actor(meeting, actor) SELECT (SELECT min(id) FROM meeting), id FROM actor LIMIT 3");
    db.exec("INSERT INTO project(title, amount_eur, year_start) VALUES('Projet « guillemets » \"doubles\"\n2 lignes', 2.0, 2020)");
    db.setSetting(u"kiosk.pin"_s, u"pbkdf2$1$abc"_s);
}

QByteArray withoutStamp(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove("exported_at"_L1);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
}

/** Export, wipe, restore: the same content. */
class TestDatabaseJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportWipeRestoreGivesTheSameContent()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        fill(*db);
        const QStringList before = contentDump(*db);
        QVERIFY(before.size() > 500);
        const QByteArray json = DatabaseJson::exportAll(*db, Now);

        // Wipe: every data table emptied.
        {
            Transaction tx(*db);
            db->exec("PRAGMA defer_foreign_keys = ON");
            for (const auto &table : DatabaseJson::dataTables(*db)) {
                db->exec((u"DELETE FROM \""_s + table + u'"').toUtf8().constData());
            }
            tx.commit();
        }
        QCOMPARE(contentDump(*db), QStringList());

        const RestoreResult restored = DatabaseJson::restore(*db, json);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QCOMPARE(restored.rows, qint64(before.size()));
        QCOMPARE(contentDump(*db), before);
        QCOMPARE(withoutStamp(DatabaseJson::exportAll(*db, Now.addDays(1))), withoutStamp(json));
        QCOMPARE(db->quickCheck(), u"ok"_s);
    }

    void restoreIntoAnotherDatabase()
    {
        QTemporaryDir dir;
        const auto source = openDatabase(dir, u"a.db"_s);
        fill(*source);
        const auto target = openDatabase(dir, u"b.db"_s);
        target->setSetting(u"only.here"_s, u"x"_s);
        QVERIFY(DatabaseJson::restore(*target, DatabaseJson::exportAll(*source, Now)).ok);
        QCOMPARE(contentDump(*target), contentDump(*source)); // what only the target had is gone
    }

    void refusedExportsLeaveTheDatabaseAlone_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("allowPartial");
        QTest::newRow("not JSON") << QByteArray("Nom;Type\n") << u"n'est pas un export JSON de Lianes"_s << true;
        // It emptied the database and said « Restauré ».
        QTest::newRow("no table") << QByteArray(R"({"format":"lianes-export","version":1,"schema":7,"tables":{}})")
                                  << u"incomplet"_s << false;
        QTest::newRow("some tables")
            << QByteArray(R"({"format":"lianes-export","version":1,"schema":7,"tables":{"setting":{"columns":["key","value"],"rows":[["a","b"]]}}})")
            << u"il n'a pas les tables"_s << false;
        QTest::newRow("newer schema") << QByteArray(R"({"format":"lianes-export","version":1,"schema":999,"tables":{}})")
                                      << u"version plus récente"_s << true;
        QTest::newRow("unknown table")
            << QByteArray(R"({"format":"lianes-export","version":1,"schema":1,"tables":{"pirate":{"columns":[],"rows":[]}}})")
            << u"table inconnue"_s << true;
        QTest::newRow("unknown column")
            << QByteArray(R"({"format":"lianes-export","version":1,"schema":1,"tables":{"setting":{"columns":["key","x"],"rows":[]}}})")
            << u"colonne inconnue"_s << true;
        QTest::newRow("broken foreign key")
            << QByteArray(R"({"format":"lianes-export","version":1,"schema":1,"tables":{"actor_theme":{"columns":["actor","theme"],"rows":[[42,"ecsi"]]}}})")
            << u"la base est inchangée"_s << true;
        QTest::newRow("ragged row")
            << QByteArray(R"({"format":"lianes-export","version":1,"schema":1,"tables":{"setting":{"columns":["key","value"],"rows":[["a"]]}}})")
            << u"1 valeurs au lieu de 2"_s << true;
    }
    void refusedExportsLeaveTheDatabaseAlone()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QFETCH(bool, allowPartial);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        fill(*db);
        const QStringList before = contentDump(*db);
        const RestoreResult result = DatabaseJson::restore(*db, json, {.allowPartial = allowPartial});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QCOMPARE(contentDump(*db), before);
    }

    /** An export with every table but no row is refused unless asked for; asked, it empties. */
    void emptyExportOnlyWhenAskedFor()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        const QByteArray empty = DatabaseJson::exportAll(*db, Now);
        fill(*db);
        const QStringList before = contentDump(*db);
        const RestoreResult refused = DatabaseJson::restore(*db, empty);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"aucune donnée"_s), qPrintable(refused.error));
        QCOMPARE(contentDump(*db), before);
        QVERIFY(DatabaseJson::restore(*db, empty, {.allowPartial = true}).ok);
        QCOMPARE(contentDump(*db), QStringList());
    }

    /** An export from a database that oversold an event (an older schema let any writer do it)
     *  is refused: the schema now counts places itself. */
    void oversoldEventIsRefused()
    {
        QTemporaryDir dir;
        const auto old = Database::open(dir.filePath(u"old.db"_s), nullptr, 6);
        QVERIFY(old);
        fill(*old);
        old->exec("UPDATE event SET capacity = 10 WHERE id = (SELECT min(id) FROM event)");
        old->exec("DELETE FROM registration WHERE event = (SELECT min(id) FROM event)");
        for (int i = 0; i < 15; ++i) {
            auto q = old->prepare("INSERT INTO registration(event, status, email, email_key, consent_version, consent_at, "
                                  "created_at) VALUES((SELECT min(id) FROM event), 'confirmed', ?, ?, 'v1', 'x', 'x')");
            const QString email = u"p%1@example.org"_s.arg(i);
            q.bind(1, email).bind(2, email).exec();
        }
        const auto db = openDatabase(dir);
        fill(*db);
        const QStringList before = contentDump(*db);
        const RestoreResult result = DatabaseJson::restore(*db, DatabaseJson::exportAll(*old, Now));
        QVERIFY(!result.ok);
        QVERIFY(result.badFile);
        QVERIFY2(result.error.contains(u"que de places"_s), qPrintable(result.error));
        QCOMPARE(contentDump(*db), before);
    }

    /** Email keys are this version's, whatever the file says: a person registered with a
     *  non-ASCII address is found and erased by the same key as one registered here. */
    void emailKeysAreComputedAgain()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        fill(*db);
        // The key as an older version made it (toLower keeps the micro sign, case folding makes it mu).
        db->exec("UPDATE registration SET email = '\u03A3\u039F\u03A6\u038A\u0391.\u00B5@Example.org', "
                 "email_key = '\u03C3\u03BF\u03C6\u03AF\u03B1.\u00B5@example.org' WHERE first_name = 'Zoé'");
        const QByteArray json = DatabaseJson::exportAll(*db, Now);
        QVERIFY(DatabaseJson::restore(*db, json).ok);
        auto q = db->prepare("SELECT email_key FROM registration WHERE first_name = 'Zoé'");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), RegistrationRules::emailKey(u"\u03A3\u039F\u03A6\u038A\u0391.\u00B5@Example.org"_s));
        QCOMPARE(q.text(0), u"\u03C3\u03BF\u03C6\u03AF\u03B1.\u03BC@example.org"_s);
    }

    /** The staff PIN's hash never leaves the device: not in a JSON export, not in a backup file
     *  (its bytes overwritten, not just unlinked), not taken from an older export that had it; a
     *  restore keeps the device's own PIN. */
    void pinNeverLeavesTheDevice()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        fill(*db);
        QVERIFY(PinStore(*db).setPin(u"480215"_s));
        const QString stored = db->setting(u"staff.pin_hash"_s);
        const QByteArray hashPart = stored.section(u'$', 3).toLatin1();
        QVERIFY(hashPart.size() > 20);

        const QByteArray json = DatabaseJson::exportAll(*db, Now);
        QVERIFY(!json.contains("staff.pin"));
        QVERIFY(!json.contains(hashPart));
        const QString copy = dir.filePath(u"copie.db"_s);
        QVERIFY(Backup::copyTo(*db, copy).ok);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(hashPart));
        QVERIFY(!bytes.contains("staff.pin"));
        QVERIFY(bytes.contains("kiosk.pin")); // the other settings are there

        // A restore keeps this device's PIN, and takes none from an older export that had one.
        const auto other = openDatabase(dir, u"autre.db"_s);
        QVERIFY(PinStore(*other).setPin(u"739164"_s));
        const QString otherPin = other->setting(u"staff.pin_hash"_s);
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonObject tables = root.value("tables"_L1).toObject();
        QJsonObject settings = tables.value("setting"_L1).toObject();
        QJsonArray rows = settings.value("rows"_L1).toArray();
        rows.append(QJsonArray{u"staff.pin_hash"_s, stored});
        settings.insert(u"rows"_s, rows);
        tables.insert(u"setting"_s, settings);
        root.insert(u"tables"_s, tables);
        const QByteArray older = QJsonDocument(root).toJson();
        QVERIFY(DatabaseJson::restore(*other, older).ok);
        QCOMPARE(other->setting(u"staff.pin_hash"_s), otherPin);
        const auto fresh = openDatabase(dir, u"neuve.db"_s);
        QVERIFY(DatabaseJson::restore(*fresh, older).ok);
        QCOMPARE(fresh->setting(u"staff.pin_hash"_s), QString());
        QCOMPARE(fresh->setting(u"kiosk.pin"_s), u"pbkdf2$1$abc"_s);
    }

    /** A file over the limit is refused, whether its size is known before (a file) or only as it
     *  is read (a pipe); the database is unchanged. */
    void sizeLimitHoldsWhileStreaming()
    {
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        fill(*db);
        const QStringList before = contentDump(*db);
        const QByteArray json = DatabaseJson::exportAll(*db, Now);
        RestoreOptions small;
        small.maxBytes = json.size() / 2;
        const RestoreResult refused = DatabaseJson::restore(*db, json, small);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"trop gros"_s), qPrintable(refused.error));
        QCOMPARE(contentDump(*db), before);
        QVERIFY(DatabaseJson::restore(*db, json).ok);
        QCOMPARE(contentDump(*db), before);
    }

    /** Malformed files, cut or broken anywhere: refused with the place, nothing changed. */
    void brokenFilesAreRefused_data()
    {
        QTest::addColumn<int>("cut");
        for (const int cut : {1, 10, 200, 2000, 20000}) {
            QTest::addRow("cut at %d", cut) << cut;
        }
    }
    void brokenFilesAreRefused()
    {
        QFETCH(int, cut);
        QTemporaryDir dir;
        const auto db = openDatabase(dir);
        fill(*db);
        const QStringList before = contentDump(*db);
        const QByteArray json = DatabaseJson::exportAll(*db, Now);
        QVERIFY(cut < json.size());
        const RestoreResult result = DatabaseJson::restore(*db, json.left(cut));
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(contentDump(*db), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseJson)
#include "tst_databasejson.moc"
