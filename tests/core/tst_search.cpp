// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appcontext.h"
#include "dataio/demoloader.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QSignalSpy>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

QStringList labels(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const auto &h : hits) {
        out.append(h.label);
    }
    return out;
}
} // namespace

/** Search as you type (FTS5, schema version 3): what a visitor types finds what the data says. */
class TestSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 insertActor(const QString &name, const std::optional<QString> &commune = std::nullopt)
    {
        m_db->prepare("INSERT INTO actor(name, type, commune) VALUES(?, 'association_locale', ?)")
            .bind(1, name)
            .bind(2, commune)
            .exec();
        return m_db->lastInsertId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoLoader::loadIfNeeded(*m_db, Now).loaded);
        insertActor(u"Œuvre d'entraide « L'Épi »"_s);
    }

    void finds_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        const int actor = SearchHit::Actor;
        const int commune = SearchHit::Commune;
        const int project = SearchHit::Project;
        QTest::newRow("prefix, accent") << u"coop"_s << actor << u"Lianes coopération"_s;
        QTest::newRow("two prefixes") << u"chateau thi"_s << commune << u"Château-Thierry"_s;
        QTest::newRow("oe ligature") << u"oeuf"_s << commune << u"Œuf-en-Ternois"_s;
        QTest::newRow("ligature typed") << u"Œuf-en"_s << commune << u"Œuf-en-Ternois"_s;
        QTest::newRow("St for Saint") << u"st omer"_s << commune << u"Saint-Omer"_s;
        QTest::newRow("St. with a dot") << u"St.-Omer"_s << commune << u"Saint-Omer"_s;
        QTest::newRow("Saint in full") << u"saint-omer"_s << actor << u"Ville de Saint-Omer"_s;
        QTest::newRow("apostrophe typed") << u"villeneuve d'as"_s << commune << u"Villeneuve-d'Ascq"_s;
        QTest::newRow("typographic apostrophe") << u"villeneuve d’ascq"_s << commune << u"Villeneuve-d'Ascq"_s;
        QTest::newRow("apostrophe in a name") << u"terre d'err"_s << actor << u"Association Terre d'errance"_s;
        QTest::newRow("word after an apostrophe") << u"errance"_s << actor << u"Association Terre d'errance"_s;
        QTest::newRow("hyphen") << u"boulogne-sur"_s << actor << u"Ville de Boulogne-sur-Mer"_s;
        QTest::newRow("hyphen as space") << u"grande synthe"_s << actor << u"Ville de Grande-Synthe"_s;
        QTest::newRow("upper case") << u"LIANES"_s << actor << u"Lianes coopération"_s;
        QTest::newRow("words in any order") << u"thierry chateau"_s << commune << u"Château-Thierry"_s;
        QTest::newRow("actor by its town") << u"lianes lil"_s << actor << u"Lianes coopération"_s;
        QTest::newRow("postcode") << u"62500"_s << commune << u"Saint-Omer"_s;
        QTest::newRow("oe in an actor name") << u"oeuvre epi"_s << actor << u"Œuvre d'entraide « L'Épi »"_s;
        QTest::newRow("project title") << u"mutualise mali"_s << project << u"Projet mutualisé Mali : eau et assainissement"_s;
        QTest::newRow("project accent") << u"franco-polo"_s << project << u"Impliquer les jeunes dans la coopération franco-polonaise"_s;
        QTest::newRow("one letter") << u"l"_s << commune << u"Lille"_s;
        QTest::newRow("spaces around") << u"   amiens   "_s << commune << u"Amiens"_s;
    }
    void finds()
    {
        QFETCH(QString, typed);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        SearchIndex index(*m_db);
        const QStringList found = labels(index.search(typed, SearchHit::Kind(kind), 50));
        QVERIFY2(found.contains(expected), qPrintable(typed + u" → "_s + found.join(u" | "_s)));
    }

    void everyWordMustMatch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("one word misses") << u"lianes zzz"_s;
        QTest::newRow("not a prefix") << u"operation"_s;
        QTest::newRow("nothing typed") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("punctuation only") << u"'-«»"_s;
    }
    void everyWordMustMatch()
    {
        QFETCH(QString, typed);
        SearchIndex index(*m_db);
        for (auto kind : {SearchHit::Commune, SearchHit::Project, SearchHit::Actor}) {
            const auto hits = index.search(typed, kind, 50);
            QVERIFY2(!labels(hits).contains(u"Lianes coopération"_s), qPrintable(typed));
            if (typed.trimmed().isEmpty() || typed == u"'-«»"_s) {
                QVERIFY(hits.isEmpty());
            }
        }
    }

    // What a visitor types is data: quotes, SQL and FTS5 syntax are searched as words, harmlessly.
    void metacharactersAreHarmless_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("SQL injection") << u"'; DROP TABLE actor; --"_s;
        QTest::newRow("double quote") << u"\"lianes"_s;
        QTest::newRow("unbalanced quote") << u"lianes \" coop"_s;
        QTest::newRow("FTS5 operators") << u"lianes OR NOT coop AND NEAR(x y)"_s;
        QTest::newRow("FTS5 syntax") << u"text:lianes* ^coop -x +y {a b}"_s;
        QTest::newRow("percent and underscore") << u"%_ lianes"_s;
        QTest::newRow("200 characters") << QString(u"coopération internationale "_s.repeated(8)).left(200);
        QTest::newRow("long word") << QString(200, u'a');
        QTest::newRow("control characters") << u"lia\u0000nes\ttab\nline"_s;
    }
    void metacharactersAreHarmless()
    {
        QFETCH(QString, typed);
        SearchIndex index(*m_db);
        for (auto kind : {SearchHit::Commune, SearchHit::Project, SearchHit::Actor}) {
            (void)index.search(typed, kind, 50);
        }
        auto q = m_db->prepare("SELECT count(*) FROM actor");
        QVERIFY(q.step());
        QVERIFY(q.integer(0) > 100);
    }

    void metacharacterSearchesStillFind()
    {
        SearchIndex index(*m_db);
        QVERIFY(labels(index.search(u"\"lianes"_s, SearchHit::Actor, 50)).contains(u"Lianes coopération"_s));
        QVERIFY(labels(index.search(u"lianes*"_s, SearchHit::Actor, 50)).contains(u"Lianes coopération"_s));
    }

    void communesComeByPopulation()
    {
        SearchIndex index(*m_db);
        const auto saint = index.search(u"saint"_s, SearchHit::Commune, 3);
        QCOMPARE(saint.size(), 3);
        QCOMPARE(saint.first().label, u"Saint-Quentin"_s); // the most populous Saint-*
        QCOMPARE(saint.first().ref, u"02691"_s);
        QCOMPARE(index.search(u"lil"_s, SearchHit::Commune, 1).first().label, u"Lille"_s);
    }

    void limitIsHonoured()
    {
        SearchIndex index(*m_db);
        QCOMPARE(index.search(u"a"_s, SearchHit::Commune, 50).size(), 50);
        QCOMPARE(index.search(u"a"_s, SearchHit::Commune, 0).size(), 0);
    }

    void triggersKeepTheIndexInSync()
    {
        SearchIndex index(*m_db);
        const qint64 id = insertActor(u"Zébulon Solidaire"_s, u"80021"_s); // Amiens
        auto found = index.search(u"zebu"_s, SearchHit::Actor, 50);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().ref, QString::number(id));
        QCOMPARE(found.first().label, u"Zébulon Solidaire"_s);
        QCOMPARE(index.search(u"zebulon amiens"_s, SearchHit::Actor, 50).size(), 1);

        m_db->prepare("UPDATE actor SET name = 'Xylophone Solidaire', commune = '59350' WHERE id = ?").bind(1, id).exec();
        QVERIFY(index.search(u"zebu"_s, SearchHit::Actor, 50).isEmpty());
        QCOMPARE(index.search(u"xylo lille"_s, SearchHit::Actor, 50).size(), 1);
        QVERIFY(index.search(u"xylo amiens"_s, SearchHit::Actor, 50).isEmpty());

        m_db->prepare("DELETE FROM actor WHERE id = ?").bind(1, id).exec();
        QVERIFY(index.search(u"xylo"_s, SearchHit::Actor, 50).isEmpty());

        m_db->exec("INSERT INTO project(title) VALUES('Puits partagés au Sahel')");
        const QString projectId = QString::number(m_db->lastInsertId());
        QCOMPARE(index.search(u"puits sahel"_s, SearchHit::Project, 50).first().ref, projectId);
        m_db->exec("UPDATE project SET title = 'Forages partagés' WHERE title = 'Puits partagés au Sahel'");
        QVERIFY(index.search(u"puits"_s, SearchHit::Project, 50).isEmpty());
        QCOMPARE(index.search(u"forage"_s, SearchHit::Project, 50).size(), 1);
        m_db->exec("DELETE FROM project WHERE title = 'Forages partagés'");
        QVERIFY(index.search(u"forage"_s, SearchHit::Project, 50).isEmpty());
    }

    void addedRowsAreIndexedWithoutATriggerPerRow()
    {
        // Migration 6: inserts are found by rowid; only updates and deletions note themselves.
        auto triggers = m_db->prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search_insert'");
        QVERIFY(!triggers.step());

        SearchIndex index(*m_db);
        Transaction tx(*m_db);
        auto insert = m_db->prepare("INSERT INTO actor(name, type, commune) VALUES(?, 'ong', '59350')");
        for (int i = 0; i < 500; ++i) {
            insert.bind(1, u"Ouistiti %1"_s.arg(i, 3, 10, QChar(u'0'))).exec();
        }
        tx.commit();
        QCOMPARE(index.search(u"ouistiti lille"_s, SearchHit::Actor, 1000).size(), 500);
        QCOMPARE(index.search(u"ouistiti 499"_s, SearchHit::Actor, 5).size(), 1);
        QCOMPARE(index.sync(), 0); // up to date: nothing rewritten
        m_db->exec("DELETE FROM actor WHERE name LIKE 'Ouistiti %'");
        QVERIFY(index.search(u"ouistiti"_s, SearchHit::Actor, 5).isEmpty());
    }

    void topRowDeletedAndItsIdGivenAgain()
    {
        // SQLite gives max(rowid) + 1: after deleting the last actor, the next one gets its id.
        SearchIndex index(*m_db);
        const qint64 first = insertActor(u"Pangolin Partage"_s, u"80021"_s);
        QCOMPARE(index.search(u"pangolin"_s, SearchHit::Actor, 5).size(), 1);
        m_db->prepare("DELETE FROM actor WHERE id = ?").bind(1, first).exec();
        const qint64 second = insertActor(u"Tatou Tandem"_s, u"80021"_s); // no search in between
        QCOMPARE(second, first);
        QVERIFY(index.search(u"pangolin"_s, SearchHit::Actor, 5).isEmpty());
        const auto found = index.search(u"tatou amiens"_s, SearchHit::Actor, 5);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().ref, QString::number(second));
        m_db->prepare("DELETE FROM actor WHERE id = ?").bind(1, second).exec();
    }

    void explicitIdsAfterEmptyingTheTables()
    {
        // The JSON restore: tables emptied, rows written back with their ids, lower ones included.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        QVERIFY(db);
        SearchIndex index(*db);
        db->exec("INSERT INTO actor(id, name, type) VALUES(40, 'Lémurien Local', 'ong'), (41, 'Gnou Global', 'ong')");
        QCOMPARE(index.search(u"gnou"_s, SearchHit::Actor, 5).size(), 1);
        db->exec("DELETE FROM actor");
        db->exec("INSERT INTO actor(id, name, type) VALUES(7, 'Okapi Ouvert', 'ong'), (41, 'Gnou Revenu', 'ong')");
        QCOMPARE(labels(index.search(u"okapi"_s, SearchHit::Actor, 5)), QStringList{u"Okapi Ouvert"_s});
        QCOMPARE(labels(index.search(u"gnou"_s, SearchHit::Actor, 5)), QStringList{u"Gnou Revenu"_s});
        QVERIFY(index.search(u"lemurien"_s, SearchHit::Actor, 5).isEmpty());
    }

    void migrationIndexesExistingRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        {
            auto v2 = Database::open(path, nullptr, 2);
            QVERIFY(v2);
            v2->exec("INSERT INTO actor(name, type, commune) VALUES('Amicale Quokka', 'ong', '62765')");
            v2->exec("INSERT INTO project(title) VALUES('Ponts de Ouagadougou')");
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(db->userVersion(), Database::SchemaVersion);
        SearchIndex index(*db);
        QCOMPARE(labels(index.search(u"quokka st omer"_s, SearchHit::Actor, 5)), QStringList{u"Amicale Quokka"_s});
        QCOMPARE(labels(index.search(u"ouaga"_s, SearchHit::Project, 5)), QStringList{u"Ponts de Ouagadougou"_s});
        QCOMPARE(index.search(u"oeuf"_s, SearchHit::Commune, 5).size(), 1);
    }

    void damagedIndexIsRebuiltNotTheDatabaseSetAside_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addColumn<bool>("seenBySearch"); // else only by the check the app runs after starting
        // search_data row 10 is FTS5's structure record, row 1 its averages; the others are segments.
        QTest::newRow("structure record")
            << QByteArray("UPDATE search_data SET block = zeroblob(40) WHERE id = 10") << false;
        QTest::newRow("segments") << QByteArray("UPDATE search_data SET block = zeroblob(length(block)) WHERE id > 10")
                                  << true;
        QTest::newRow("rows lost") << QByteArray("DELETE FROM search_data WHERE id > 10") << true;
    }

    void damagedIndexIsRebuiltNotTheDatabaseSetAside()
    {
        QFETCH(QByteArray, damage);
        QFETCH(bool, seenBySearch);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lianes.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            db->exec("INSERT INTO actor(name, type, commune) VALUES('Amicale Quokka', 'ong', '62765')");
            SearchIndex(*db).sync();
            db->exec(damage.constData()); // valid pages, wrong index: only FTS5's own check sees it
            QString check;
            try {
                check = db->quickCheck();
            } catch (const SqlError &e) {
                check = e.message();
            }
            QVERIFY2(check != u"ok"_s, "the damage is one FTS5's own check sees");
        }
        QVERIFY(SearchIndex::checkFile(path) != u"ok"_s);
        OpenReport report;
        auto db = Database::open(path, &report);
        QVERIFY(db);
        QCOMPARE(report.status, OpenReport::Opened); // the visitors' registrations are not set aside
        {
            auto actors = db->prepare("SELECT count(*) FROM actor WHERE name = 'Amicale Quokka'");
            QVERIFY(actors.step());
            QCOMPARE(actors.integer(0), 1);
        }
        SearchIndex index(*db);
        if (!seenBySearch) {
            QVERIFY(SearchIndex::checkFile(path) != u"ok"_s);
            index.rebuild(); // what the app does a few seconds after it starts (AppContext)
        }
        QCOMPARE(labels(index.search(u"quokka st omer"_s, SearchHit::Actor, 5)), QStringList{u"Amicale Quokka"_s});
        QCOMPARE(labels(index.search(u"lille"_s, SearchHit::Commune, 1)), QStringList{u"Lille"_s});
        QCOMPARE(db->quickCheck(), u"ok"_s); // rebuilt whole, FTS5's own check included
        QCOMPARE(SearchIndex::checkFile(path), u"ok"_s);
    }

    void appChecksTheIndexAfterStartingAndRebuildsIt()
    {
        // The damage a search does not see (an index that looks empty): the app's own check, run
        // on a worker thread after start, finds it and the index is made again.
        QTemporaryDir dir;
        {
            auto db = Database::open(dir.filePath(u"lianes.db"_s));
            QVERIFY(db);
            db->exec("UPDATE search_data SET block = zeroblob(40) WHERE id = 10");
        }
        Config config;
        config.dataDir = dir.path();
        AppContext app(config);
        QVERIFY(app.openStorage());
        QSignalSpy checked(&app, &AppContext::searchIndexChecked);
        app.checkSearchIndex();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().first().toBool(), true);
        QCOMPARE(SearchIndex::checkFile(dir.filePath(u"lianes.db"_s)), u"ok"_s);
        SearchIndex index(*app.database());
        QCOMPARE(labels(index.search(u"lille"_s, SearchHit::Commune, 1)), QStringList{u"Lille"_s});
        // Checked again, whole: nothing to do.
        app.checkSearchIndex();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.last().first().toBool(), false);
    }

    void secondConnectionWrites()
    {
        // Any connection that writes actors runs the triggers: Database registers the folding.
        auto other = Database::connect(m_db->path());
        QVERIFY(other);
        other->exec("INSERT INTO actor(name, type) VALUES('Koala Coopération', 'ong')");
        SearchIndex index(*m_db);
        QCOMPARE(index.search(u"koala coop"_s, SearchHit::Actor, 5).size(), 1);
    }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(SearchIndex::matchExpression(u"Château-Thierry"_s), u"\"chateau\"* AND \"thierry\"*"_s);
        QCOMPARE(SearchIndex::matchExpression(u"st omer"_s), u"(\"st\"* OR \"saint\"*) AND \"omer\"*"_s);
        QCOMPARE(SearchIndex::matchExpression(u"a\"b OR c"_s), u"\"a\"* AND \"b\"* AND \"or\"* AND \"c\"*"_s);
        QVERIFY(SearchIndex::matchExpression(u" -' "_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
