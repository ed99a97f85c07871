// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the real `lianes-admin`, as a script would run it.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../common/lockholder.h"

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs lianes-admin in @p lang (its messages follow the system's language: French unless English).
Run admin(const QStringList &args, const QString &lang = u"fr_FR.UTF-8"_s)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto *name : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANGUAGE"}) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(u"LANG"_s, lang);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIANES_ADMIN), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString data(const QString &name)
{
    return QStringLiteral(LIANES_TEST_DATA) + u"/import/"_s + name;
}

QString sqlite(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, sql});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QByteArray hash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray withoutStamp(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.remove("exported_at"_L1);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
}

/** Exit codes and reports of lianes-admin. */
class TestAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importDryRunThenApplyThenAgain()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"lianes.db"_s);
        const Run preview = admin({u"import"_s, data(u"acteurs-excel-cp1252.csv"_s), u"--dry-run"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.contains(u"Windows-1252"_s), qPrintable(preview.out));
        QVERIFY(preview.out.contains(u"À ajouter : 3 acteurs"_s));
        QVERIFY(preview.out.contains(u"rien n'a été écrit"_s));
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM actor"_s), u"0"_s);

        const Run applied = admin({u"import"_s, data(u"acteurs-excel-cp1252.csv"_s), u"--data-dir"_s, dir.path()});
        QCOMPARE(applied.exitCode, 0);
        QVERIFY2(applied.out.contains(u"Ajoutés : 3 acteurs"_s), qPrintable(applied.out));
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM actor"_s), u"3"_s);

        const Run again = admin({u"import"_s, data(u"acteurs-excel-utf8-bom.csv"_s), u"--data-dir"_s, dir.path()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.contains(u"Inchangés : 3 acteurs"_s));
        QVERIFY(again.out.contains(u"Rien à changer"_s));
    }

    void rejectedRows()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"lianes.db"_s);
        const Run strict = admin({u"import"_s, data(u"acteurs-communes.csv"_s), u"--data-dir"_s, dir.path()});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY2(strict.out.contains(u"ligne 3, colonne « Commune » : commune ambiguë"_s), qPrintable(strict.out));
        QVERIFY(strict.out.contains(u"Rien n'a été écrit"_s));
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM actor"_s), u"0"_s);

        const Run skip = admin({u"import"_s, data(u"acteurs-communes.csv"_s), u"--skip-rejected"_s, u"--json"_s,
                                u"--data-dir"_s, dir.path()});
        QCOMPARE(skip.exitCode, 2);
        const QJsonObject report = QJsonDocument::fromJson(skip.out.toUtf8()).object();
        QCOMPARE(report.value("applied"_L1).toBool(), true);
        QCOMPARE(report.value("actors"_L1).toObject().value("added"_L1).toInt(), 5);
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM actor"_s), u"5"_s);
    }

    void mappingAnUnknownColumn()
    {
        QTemporaryDir dir;
        const Run plain = admin({u"import"_s, data(u"acteurs-colonne-inconnue.csv"_s), u"--dry-run"_s, u"--data-dir"_s, dir.path()});
        QVERIFY(plain.out.contains(u"Colonne non reconnue, ignorée : « Localisation »"_s));
        const Run mapped = admin({u"import"_s, data(u"acteurs-colonne-inconnue.csv"_s), u"--map"_s, u"Localisation=commune"_s,
                                  u"--map"_s, u"Nombre de salariés=ignorer"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(mapped.exitCode, 0);
        QVERIFY(!mapped.out.contains(u"non reconnue"_s));
        QCOMPARE(sqlite(dir.filePath(u"lianes.db"_s), u"SELECT count(*) FROM actor WHERE commune IS NOT NULL"_s), u"2"_s);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << 64 << u"aucune commande"_s;
        QTest::newRow("unknown command") << QStringList{u"importer"_s} << 64 << u"commande inconnue"_s;
        QTest::newRow("missing argument") << QStringList{u"import"_s} << 64 << u"attend 1 argument"_s;
        QTest::newRow("bad map") << QStringList{u"import"_s, data(u"sans-nom.csv"_s), u"--map"_s, u"Ville=ville"_s} << 64
                                 << u"--map « Ville=ville »"_s;
        QTest::newRow("unknown entity") << QStringList{u"export-csv"_s, u"inscriptions"_s, u"x.csv"_s} << 64
                                        << u"entité inconnue"_s;
        QTest::newRow("missing file") << QStringList{u"import"_s, u"/nulle/part.csv"_s} << 66 << u"fichier introuvable"_s;
        QTest::newRow("spreadsheet") << QStringList{u"import"_s, data(u"classeur.xlsx"_s)} << 65 << QString();
        QTest::newRow("no name column") << QStringList{u"import"_s, data(u"sans-nom.csv"_s)} << 65 << QString();
        QTest::newRow("restore of a CSV") << QStringList{u"restore-json"_s, data(u"projets.csv"_s)} << 65
                                          << u"n'est pas un export JSON"_s;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = admin(args + QStringList{u"--data-dir"_s, dir.path()});
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (code == 65 && message.isEmpty()) {
            QVERIFY(r.out.contains(u"Fichier refusé"_s));
        }
    }

    void messagesInEnglishOnAnEnglishSystem_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("message");
        QTest::newRow("English") << u"en_GB.UTF-8"_s << u"the command import takes 1 argument; see --help"_s;
        QTest::newRow("French") << u"fr_FR.UTF-8"_s << u"la commande import attend 1 argument ; voir --help"_s;
        QTest::newRow("no language: French") << u"C.UTF-8"_s << u"la commande import attend 1 argument ; voir --help"_s;
    }
    void messagesInEnglishOnAnEnglishSystem()
    {
        QFETCH(QString, lang);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = admin({u"import"_s, u"--data-dir"_s, dir.path()}, lang);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void reportCountsInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("English") << u"en_GB.UTF-8"_s
                                 << QStringList{u"To add: 2 organisations"_s, u"Unchanged: 0 organisations"_s};
        QTest::newRow("French") << u"fr_FR.UTF-8"_s << QStringList{u"À ajouter : 2 acteurs"_s, u"Inchangés : 0 acteur"_s};
    }
    void reportCountsInEachLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, lines);
        QTemporaryDir dir;
        const Run r = admin({u"import"_s, data(u"acteurs-colonne-inconnue.csv"_s), u"--dry-run"_s, u"--data-dir"_s,
                             dir.path()},
                            lang);
        QCOMPARE(r.exitCode, 0);
        for (const QString &line : lines) {
            QVERIFY2(r.out.contains(line + u'\n'), qPrintable(r.out));
        }
    }

    void exportRestoreBackup()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a"_s);
        const QString b = dir.filePath(u"b"_s);
        QCOMPARE(admin({u"export-json"_s, dir.filePath(u"x.json"_s), u"--data-dir"_s, a}).exitCode, 66); // no database yet
        QCOMPARE(admin({u"import"_s, data(u"acteurs-excel-utf8.csv"_s), u"--data-dir"_s, a}).exitCode, 0);
        QCOMPARE(admin({u"import"_s, data(u"projets.csv"_s), u"--skip-rejected"_s, u"--data-dir"_s, a}).exitCode, 2);
        QCOMPARE(admin({u"export-json"_s, dir.filePath(u"a.json"_s), u"--data-dir"_s, a}).exitCode, 0);

        const Run restored = admin({u"restore-json"_s, dir.filePath(u"a.json"_s), u"--data-dir"_s, b});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains(u"Restauré"_s), qPrintable(restored.out));
        QCOMPARE(admin({u"export-json"_s, dir.filePath(u"b.json"_s), u"--data-dir"_s, b}).exitCode, 0);
        QCOMPARE(withoutStamp(dir.filePath(u"b.json"_s)), withoutStamp(dir.filePath(u"a.json"_s)));

        const Run csv = admin({u"export-csv"_s, u"acteurs"_s, dir.filePath(u"acteurs.csv"_s), u"--data-dir"_s, b});
        QCOMPARE(csv.exitCode, 0);
        QFile exported(dir.filePath(u"acteurs.csv"_s));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().startsWith("\xEF\xBB\xBFIdentifiant;Nom;"));
        QCOMPARE(admin({u"import"_s, dir.filePath(u"acteurs.csv"_s), u"--data-dir"_s, b}).exitCode, 1);

        const QString copy = dir.filePath(u"usb/copie.db"_s);
        QDir().mkpath(dir.filePath(u"usb"_s));
        const Run backup = admin({u"backup"_s, copy, u"--data-dir"_s, b});
        QCOMPARE(backup.exitCode, 0);
        QVERIFY(backup.out.contains(u"intégrité vérifiée"_s));
        QCOMPARE(sqlite(copy, u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(sqlite(copy, u"SELECT count(*) FROM project"_s), u"2"_s);
        QCOMPARE(admin({u"backup"_s, dir.filePath(u"nulle/part/copie.db"_s), u"--data-dir"_s, b}).exitCode, 73);
    }
    /** A damaged database: backup and exports fail with 74 and a message, write nothing, and
     *  leave both the database and the last good backup exactly as they were (the backup was
     *  overwritten with an empty database, « intégrité vérifiée », exit 0). */
    void damagedDatabaseNeverReplacesAGoodBackup()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a"_s);
        const QString db = a + u"/lianes.db"_s;
        QCOMPARE(admin({u"import"_s, data(u"acteurs-excel-utf8.csv"_s), u"--data-dir"_s, a}).exitCode, 0);
        const QString good = dir.filePath(u"copie.db"_s);
        QCOMPARE(admin({u"backup"_s, good, u"--data-dir"_s, a}).exitCode, 0);
        const QString actors = sqlite(good, u"SELECT count(*) FROM actor"_s);
        QVERIFY(actors.toInt() > 0);
        QCOMPARE(sqlite(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s).isEmpty(), false);
        // The actor table's root page becomes garbage.
        const int root = sqlite(db, u"SELECT rootpage FROM sqlite_schema WHERE name = 'actor'"_s).toInt();
        const int pageSize = sqlite(db, u"PRAGMA page_size"_s).toInt();
        QVERIFY(root > 1 && pageSize > 0);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(qint64(root - 1) * pageSize);
            f.write(QByteArray(pageSize, '\x5a'));
        }
        const QByteArray damaged = hash(db);
        const QByteArray backup = hash(good);

        const Run b = admin({u"backup"_s, good, u"--data-dir"_s, a});
        QCOMPARE(b.exitCode, 74);
        QVERIFY2(b.err.contains(u"endommagée"_s), qPrintable(b.err));
        QVERIFY(!b.out.contains(u"intégrité vérifiée"_s));
        QCOMPARE(hash(good), backup);
        QCOMPARE(sqlite(good, u"SELECT count(*) FROM actor"_s), actors);

        const Run json = admin({u"export-json"_s, dir.filePath(u"x.json"_s), u"--data-dir"_s, a});
        QCOMPARE(json.exitCode, 74);
        QVERIFY(!QFile::exists(dir.filePath(u"x.json"_s)));
        const Run csv = admin({u"export-csv"_s, u"acteurs"_s, dir.filePath(u"x.csv"_s), u"--data-dir"_s, a});
        QCOMPARE(csv.exitCode, 74);
        QVERIFY(!QFile::exists(dir.filePath(u"x.csv"_s)));
        // The database itself: not renamed, not replaced.
        QCOMPARE(hash(db), damaged);
        QCOMPARE(QDir(a).entryList({u"*corrompu*"_s}), QStringList());
    }

    /** Another process holds the database's lock: the command says so (74), after waiting a
     *  while, and the database is left as it was (it was set aside and replaced by an empty one). */
    void lockedDatabaseIsReportedNotReplaced()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a"_s);
        const QString db = a + u"/lianes.db"_s;
        QCOMPARE(admin({u"import"_s, data(u"acteurs-excel-utf8.csv"_s), u"--data-dir"_s, a}).exitCode, 0);
        const QString actors = sqlite(db, u"SELECT count(*) FROM actor"_s);
        QProcess holder;
        QVERIFY(holdLock(holder, db));
        const QByteArray before = hash(db);
        const Run csv = admin({u"export-csv"_s, u"acteurs"_s, dir.filePath(u"x.csv"_s), u"--data-dir"_s, a});
        QCOMPARE(csv.exitCode, 74);
        QVERIFY2(csv.err.contains(u"occupée"_s), qPrintable(csv.err));
        QVERIFY(!QFile::exists(dir.filePath(u"x.csv"_s)));
        const Run imported = admin({u"import"_s, data(u"projets.csv"_s), u"--data-dir"_s, a});
        QCOMPARE(imported.exitCode, 74);
        QCOMPARE(hash(db), before);
        QCOMPARE(QDir(a).entryList({u"*corrompu*"_s}), QStringList());
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM actor"_s), actors);
    }

    /** restore-json refuses what would empty the database (it emptied it and exited 0 on
     *  `"tables": {}`), and a file too large to read safely; --allow-partial asks for it. */
    void restoreRefusesEmptyPartialAndHugeExports()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a"_s);
        const QString db = a + u"/lianes.db"_s;
        QCOMPARE(admin({u"import"_s, data(u"acteurs-excel-utf8.csv"_s), u"--data-dir"_s, a}).exitCode, 0);
        const QString actors = sqlite(db, u"SELECT count(*) FROM actor"_s);
        QVERIFY(actors.toInt() > 0);
        const QString empty = dir.filePath(u"vide.json"_s);
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format":"lianes-export","version":1,"schema":7,"tables":{}})");
        }
        const Run refused = admin({u"restore-json"_s, empty, u"--data-dir"_s, a});
        QCOMPARE(refused.exitCode, 65);
        QVERIFY2(refused.err.contains(u"incomplet"_s), qPrintable(refused.err));
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM actor"_s), actors);
        QCOMPARE(QDir(a).entryList({u"*avant-restauration*"_s}), QStringList());

        const QString huge = dir.filePath(u"enorme.json"_s);
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(513) << 20)); // sparse: nothing is written
        }
        const Run tooLarge = admin({u"restore-json"_s, huge, u"--data-dir"_s, a});
        QCOMPARE(tooLarge.exitCode, 65);
        QVERIFY2(tooLarge.err.contains(u"trop gros"_s), qPrintable(tooLarge.err));
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM actor"_s), actors);

        const Run asked = admin({u"restore-json"_s, empty, u"--allow-partial"_s, u"--data-dir"_s, a});
        QCOMPARE(asked.exitCode, 0);
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM actor"_s), u"0"_s);
    }

    /** One flipped bit in the index that counts an event's places (11 confirmed for 10): backup
     *  refuses the database and points to `check`, which rebuilds the index from the rows. */
    void checkRebuildsAnIndexOutOfStep()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a"_s);
        const QString db = a + u"/lianes.db"_s;
        QCOMPARE(admin({u"import"_s, data(u"acteurs-excel-utf8.csv"_s), u"--data-dir"_s, a}).exitCode, 0);
        QString sql = u"INSERT INTO event(id, uid, title, kind, starts_at, duration_min, capacity) "
                      "VALUES(1, 'e1', 'Atelier', 'formation', '2026-12-12T09:00:00Z', 60, 10);"_s;
        for (int i = 0; i <= 10; ++i) {
            sql += u"INSERT INTO registration(event, status, email_key, consent_version, consent_at, created_at) "
                   "VALUES(1, '%1', 'p%2@example.org', 'v1', 'x', 'x');"_s.arg(i == 0 ? u"cancelled"_s : u"confirmed"_s)
                       .arg(i);
        }
        QCOMPARE(sqlite(db, sql + u"PRAGMA wal_checkpoint(TRUNCATE);"_s).isEmpty(), false);
        const int root = sqlite(db, u"SELECT rootpage FROM sqlite_schema WHERE name = 'registration_event_idx'"_s).toInt();
        const int pageSize = sqlite(db, u"PRAGMA page_size"_s).toInt();
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(root - 1) * pageSize));
            QByteArray page = f.read(pageSize);
            const auto at = page.indexOf("cancelled");
            QVERIFY(at > 0);
            page.replace(at, 9, "confirmed");
            QVERIFY(f.seek(qint64(root - 1) * pageSize));
            f.write(page);
        }
        const QString confirmed = u"SELECT count(*) FROM registration WHERE event = 1 AND status = 'confirmed'"_s;
        QCOMPARE(sqlite(db, confirmed), u"11"_s);
        const Run backup = admin({u"backup"_s, dir.filePath(u"copie.db"_s), u"--data-dir"_s, a});
        QCOMPARE(backup.exitCode, 74);
        QVERIFY2(backup.err.contains(u"lianes-admin check"_s), qPrintable(backup.err));

        const Run check = admin({u"check"_s, u"--data-dir"_s, a});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(u"registration_event_idx"_s), qPrintable(check.out));
        QCOMPARE(sqlite(db, confirmed), u"10"_s);
        QCOMPARE(sqlite(db, u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(admin({u"backup"_s, dir.filePath(u"copie.db"_s), u"--data-dir"_s, a}).exitCode, 0);
        QCOMPARE(admin({u"check"_s, u"--data-dir"_s, dir.filePath(u"rien"_s)}).exitCode, 66);
    }

    /** A person erased on the device is still in last week's backup: erase-from-backup takes
     *  them out of that file (bytes gone, the file still a whole backup). */
    void eraseFromBackup()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a"_s);
        QCOMPARE(admin({u"import"_s, data(u"acteurs-excel-utf8.csv"_s), u"--data-dir"_s, a}).exitCode, 0);
        QVERIFY(!sqlite(a + u"/lianes.db"_s,
                        u"INSERT INTO event(id, uid, title, kind, starts_at, duration_min) "
                        "VALUES(1, 'e1', 'Atelier', 'formation', '2026-12-12T09:00:00Z', 60);"
                        "INSERT INTO registration(event, status, first_name, email, email_key, consent_version, consent_at, "
                        "created_at) VALUES(1, 'confirmed', 'Berthilde', 'berthilde@exemple.fr', 'berthilde@exemple.fr', "
                        "'v1', 'x', 'x'); PRAGMA wal_checkpoint(TRUNCATE);"_s)
                     .isEmpty());
        const QString copy = dir.filePath(u"copie.db"_s);
        QCOMPARE(admin({u"backup"_s, copy, u"--data-dir"_s, a}).exitCode, 0);
        QFile before(copy);
        QVERIFY(before.open(QIODevice::ReadOnly));
        QVERIFY(before.readAll().contains("Berthilde"));
        before.close();
        const Run erased = admin({u"erase-from-backup"_s, copy, u"Berthilde@Exemple.fr"_s});
        QCOMPARE(erased.exitCode, 0);
        QVERIFY2(erased.out.contains(u"1 inscription"_s), qPrintable(erased.out));
        QFile after(copy);
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QByteArray bytes = after.readAll();
        QVERIFY(!bytes.contains("Berthilde"));
        QVERIFY(!bytes.contains("berthilde@"));
        QCOMPARE(sqlite(copy, u"PRAGMA integrity_check"_s), u"ok"_s);
        QVERIFY(sqlite(copy, u"SELECT count(*) FROM actor"_s).toInt() > 0);
        QCOMPARE(admin({u"erase-from-backup"_s, copy, u"berthilde@exemple.fr"_s}).exitCode, 1);
        QCOMPARE(admin({u"erase-from-backup"_s, dir.filePath(u"rien.db"_s), u"x@y.fr"_s}).exitCode, 66);
    }

    /** The network's agenda from a script: --dry-run counts and writes nothing; a hostile file
     *  is refused (65) within the limits, the database unchanged. */
    void importAgenda()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a"_s);
        const QString db = a + u"/lianes.db"_s;
        const QString ics = QStringLiteral(LIANES_TEST_DATA) + u"/agenda/network.ics"_s;
        const Run preview = admin({u"import-agenda"_s, ics, u"--dry-run"_s, u"--data-dir"_s, a});
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.contains(u"Aperçu"_s), qPrintable(preview.out));
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM event"_s), u"0"_s);
        const Run done = admin({u"import-agenda"_s, ics, u"--data-dir"_s, a});
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains(u"Agenda importé"_s), qPrintable(done.out));
        const QString events = sqlite(db, u"SELECT count(*) FROM event"_s);
        QVERIFY(events.toInt() > 0);

        const QString hostile = dir.filePath(u"attaque.ics"_s);
        {
            QFile f(hostile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@y\r\nSUMMARY:x\r\n"
                    "DTSTART:20261212T100000Z\r\nDURATION:P99999999W\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        }
        const Run refused = admin({u"import-agenda"_s, hostile, u"--data-dir"_s, a});
        QCOMPARE(refused.exitCode, 65);
        QVERIFY2(refused.err.contains(u"plus d'un an"_s), qPrintable(refused.err));
        QCOMPARE(sqlite(db, u"SELECT count(*) FROM event"_s), events);
        QCOMPARE(admin({u"import-agenda"_s, dir.filePath(u"rien.ics"_s), u"--data-dir"_s, a}).exitCode, 66);
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
