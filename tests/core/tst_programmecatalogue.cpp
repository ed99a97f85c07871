// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// The programme catalogue: the bundled file loads; each kind of bad file is refused with where and why;
// staff import replaces the stored catalogue, a refused import leaves it untouched.
#include "mobility/programmecatalogue.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
QJsonObject bundledRoot()
{
    QFile file(u":/lianes/mobility/programmes.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** The bundled file with programmes[@p index].@p field set to @p value (undefined: removed). */
QByteArray withField(int index, const QString &field, const QJsonValue &value)
{
    QJsonObject root = bundledRoot();
    QJsonArray programmes = root.value("programmes"_L1).toArray();
    QJsonObject p = programmes.at(index).toObject();
    if (value.isUndefined()) {
        p.remove(field);
    } else {
        p.insert(field, value);
    }
    programmes.replace(index, p);
    root.insert(u"programmes"_s, programmes);
    return QJsonDocument(root).toJson();
}
} // namespace

class TestProgrammeCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bundledFileLoads()
    {
        const ProgrammeCatalogue catalogue = ProgrammeCatalogue::bundled();
        for (const CatalogueError &e : catalogue.errors()) {
            qWarning() << e.message();
        }
        QVERIFY(catalogue.isValid());
        QCOMPARE(catalogue.programmes().size(), 14);
        const QStringList required{u"service-civique-france"_s, u"service-civique-international"_s,
                                   u"corps-europeen-solidarite"_s, u"erasmus-echanges-jeunes"_s,
                                   u"erasmus-etudes-stages"_s, u"vsi"_s, u"jsi-vvvsi"_s, u"zellidja"_s,
                                   u"cap-sur-le-monde"_s, u"pvt"_s, u"vie-via"_s, u"chantiers-internationaux"_s,
                                   u"ofaj-volontariat"_s, u"ofqj-stage"_s};
        for (const QString &id : required) {
            QVERIFY2(catalogue.find(id), qPrintable(id));
        }
        // Every confirmed programme names the page read and when.
        for (const Programme &p : catalogue.programmes()) {
            if (!p.sourceUrl.isEmpty()) {
                QVERIFY2(p.checkedOn.isValid(), qPrintable(p.id));
            }
        }
        const Programme *sc = catalogue.find(u"service-civique-france"_s);
        QCOMPARE(sc->age.min, 16);
        QCOMPARE(sc->age.max, 25);
        QCOMPARE(sc->duration.min, 6);
        QCOMPARE(sc->durationUnit, u"mois"_s);
        // Unconfirmed facts stay unknown, never guessed.
        const Programme *cap = catalogue.find(u"cap-sur-le-monde"_s);
        QVERIFY(cap->age.unknown());
        QVERIFY(!cap->kinds);
        QVERIFY(cap->sourceUrl.isEmpty());
        QVERIFY(catalogue.networkActors().contains(u"adice"_s));
    }

    void badFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");

        QTest::newRow("syntax: missing comma") << QByteArray("{\n  \"version\": 1\n  \"programmes\": []\n}") << 3
                                               << QString() << u"objet non terminé"_s;
        QTest::newRow("syntax: unterminated string") << QByteArray("{\n\"version\": 1,\n\"programmes\": [\"abc]\n}") << 4
                                                     << QString() << u"texte non terminé"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << 0 << QString() << u"objet JSON"_s;
        QTest::newRow("unknown version") << QJsonDocument(QJsonObject{{u"version"_s, 2}, {u"programmes"_s, bundledRoot().value("programmes"_L1)}}).toJson()
                                         << 0 << u"version"_s << u"version 1"_s;
        QTest::newRow("no programmes") << QByteArray(R"({"version": 1, "programmes": []})") << 0 << u"programmes"_s
                                       << u"au moins un programme"_s;
        QTest::newRow("missing field") << withField(0, u"age"_s, QJsonValue::Undefined) << 0
                                       << u"programmes[0].age"_s << u"champ obligatoire manquant"_s;
        QTest::newRow("unknown field") << withField(1, u"agee"_s, 3) << 0 << u"programmes[1].agee"_s
                                       << u"champ inconnu"_s;
        QTest::newRow("bad id") << withField(2, u"id"_s, u"Service Civique"_s) << 0 << u"programmes[2].id"_s
                                << u"identifiant invalide"_s;
        QTest::newRow("duplicate id") << withField(1, u"id"_s, u"service-civique-france"_s) << 0
                                      << u"programmes[1].id"_s << u"déjà utilisé par programmes[0]"_s;
        QTest::newRow("empty name") << withField(3, u"name"_s, u"  "_s) << 0 << u"programmes[3].name"_s
                                    << u"texte non vide"_s;
        QTest::newRow("unknown kind") << withField(0, u"kinds"_s, QJsonArray{u"vacances"_s}) << 0
                                      << u"programmes[0].kinds[0]"_s << u"« vacances » n'est pas une valeur permise"_s;
        QTest::newRow("unknown zone") << withField(0, u"zones"_s, QJsonArray{u"asie"_s}) << 0
                                      << u"programmes[0].zones[0]"_s << u"n'est pas une valeur permise"_s;
        QTest::newRow("empty situations") << withField(0, u"situations"_s, QJsonArray{}) << 0
                                          << u"programmes[0].situations"_s << u"doit être une liste"_s;
        QTest::newRow("negative age") << withField(0, u"age"_s, QJsonObject{{u"min"_s, -1}, {u"max"_s, 25}}) << 0
                                      << u"programmes[0].age.min"_s << u"entier positif"_s;
        QTest::newRow("decimal age") << withField(0, u"age"_s, QJsonObject{{u"min"_s, 16.5}, {u"max"_s, 25}}) << 0
                                     << u"programmes[0].age.min"_s << u"entier positif"_s;
        QTest::newRow("min above max") << withField(0, u"age"_s, QJsonObject{{u"min"_s, 30}, {u"max"_s, 25}}) << 0
                                       << u"programmes[0].age"_s << u"min (30) est plus grand que max (25)"_s;
        QTest::newRow("bad unit") << withField(0, u"duration"_s, QJsonObject{{u"min"_s, 1}, {u"max"_s, 2}, {u"unit"_s, u"ans"_s}})
                                  << 0 << u"programmes[0].duration.unit"_s << u"jours, semaines ou mois"_s;
        QTest::newRow("bad source url") << withField(0, u"source"_s, QJsonObject{{u"url"_s, u"service-civique.gouv.fr"_s}, {u"checked"_s, u"2026-11-28"_s}})
                                        << 0 << u"programmes[0].source.url"_s << u"adresse http(s)"_s;
        QTest::newRow("bad checked date") << withField(0, u"source"_s, QJsonObject{{u"url"_s, u"https://example.org"_s}, {u"checked"_s, u"28/11/2026"_s}})
                                          << 0 << u"programmes[0].source.checked"_s << u"AAAA-MM-JJ"_s;
        QTest::newRow("bad actor key") << withField(0, u"accompaniedBy"_s, QJsonArray{u"Adice"_s}) << 0
                                       << u"programmes[0].accompaniedBy[0]"_s << u"clé d'acteur invalide"_s;
        QTest::newRow("empty cost text") << withField(0, u"cost"_s, u""_s) << 0 << u"programmes[0].cost"_s
                                         << u"ou null"_s;
    }

    void badFileIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const ProgrammeCatalogue catalogue = ProgrammeCatalogue::parse(json);
        QVERIFY(!catalogue.isValid());
        QVERIFY(catalogue.programmes().isEmpty());
        const auto match = std::find_if(catalogue.errors().begin(), catalogue.errors().end(), [&](const CatalogueError &e) {
            return e.line == line && e.path == path && e.reason.contains(reason);
        });
        if (match == catalogue.errors().end()) {
            for (const CatalogueError &e : catalogue.errors()) {
                qWarning() << e.line << e.message();
            }
        }
        QVERIFY(match != catalogue.errors().end());
        QVERIFY(match->message().contains(line > 0 ? u"ligne %1"_s.arg(line) : path));
    }

    void importReplacesTheCatalogue()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lianes.db"_s));
        QVERIFY(db);
        QCOMPARE(ProgrammeCatalogue::load(*db).imported(), false);

        QJsonObject root = bundledRoot();
        QJsonArray programmes = root.value("programmes"_L1).toArray();
        while (programmes.size() > 2) {
            programmes.removeLast();
        }
        root.insert(u"programmes"_s, programmes);
        QVERIFY(ProgrammeCatalogue::import(*db, QJsonDocument(root).toJson()).isEmpty());
        const ProgrammeCatalogue imported = ProgrammeCatalogue::load(*db);
        QVERIFY(imported.imported());
        QCOMPARE(imported.programmes().size(), 2);
        auto rows = db->prepare("SELECT id, source_url FROM programme ORDER BY position");
        QVERIFY(rows.step());
        QCOMPARE(rows.text(0), u"service-civique-france"_s);
        QVERIFY(rows.text(1).startsWith("https://"_L1));

        // A refused file changes nothing.
        const QList<CatalogueError> errors = ProgrammeCatalogue::import(*db, withField(0, u"age"_s, QJsonValue::Undefined));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(ProgrammeCatalogue::load(*db).programmes().size(), 2);

        ProgrammeCatalogue::resetToBundled(*db);
        QCOMPARE(ProgrammeCatalogue::load(*db).programmes().size(), 14);
        QVERIFY(!ProgrammeCatalogue::load(*db).imported());
    }
};

QTEST_GUILESS_MAIN(TestProgrammeCatalogue)
#include "tst_programmecatalogue.moc"
