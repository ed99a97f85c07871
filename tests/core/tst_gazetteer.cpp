// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/gazetteer.h"
#include "storage/database.h"
#include "testhelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

/** Geocoding by the bundled gazetteer: names as people write them, ambiguity resolved or reported. */
class TestGazetteer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestHelpers::openDatabase(m_dir);
        QVERIFY(m_db);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("insee");
        using R = Gazetteer::Result;
        QTest::newRow("exact") << u"Lille"_s << QString() << int(R::Found) << u"59350"_s;
        QTest::newRow("case and accents") << u"chateau-thierry"_s << QString() << int(R::Found) << u"02168"_s;
        QTest::newRow("St abbreviation") << u"St Omer"_s << QString() << int(R::Found) << u"62765"_s;
        QTest::newRow("apostrophe and hyphens") << u"Villeneuve d'Ascq"_s << QString() << int(R::Found) << u"59009"_s;
        QTest::newRow("ligature") << u"OEUF EN TERNOIS"_s << QString() << int(R::Found) << u"62633"_s;
        QTest::newRow("postcode alone") << QString() << u"80000"_s << int(R::Found) << u"80021"_s;
        QTest::newRow("unknown") << u"Atlantis"_s << QString() << int(R::NotFound) << QString();
        // Bailleul exists in Nord (59) and in Somme (80).
        QTest::newRow("ambiguous") << u"Bailleul"_s << QString() << int(R::Ambiguous) << QString();
        QTest::newRow("ambiguous by postcode") << u"Bailleul"_s << u"59270"_s << int(R::Found) << u"59043"_s;
        QTest::newRow("ambiguous by département of postcode") << u"Bailleul"_s << u"80490"_s << int(R::Found)
                                                             << u"80051"_s;
    }
    void resolve()
    {
        QFETCH(QString, name);
        QFETCH(QString, postcode);
        QFETCH(int, status);
        QFETCH(QString, insee);
        const Gazetteer gazetteer(*m_db);
        const auto r = gazetteer.resolve(name, postcode);
        QCOMPARE(int(r.status), status);
        if (status == Gazetteer::Result::Found) {
            QCOMPARE(r.commune->insee, insee);
        }
        if (status == Gazetteer::Result::Ambiguous) {
            QVERIFY(r.candidates.size() >= 2);
        }
    }

    void byInseeGivesCoordinatesAndPostcode()
    {
        const auto amiens = Gazetteer(*m_db).byInsee(u"80021"_s);
        QVERIFY(amiens);
        QCOMPARE(amiens->name, u"Amiens"_s);
        QCOMPARE(amiens->postalCode, u"80000"_s);
        QCOMPARE(amiens->departement, u"80"_s);
        QVERIFY(qAbs(amiens->lat - 49.90041) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
