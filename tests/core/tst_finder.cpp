// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// "Trouver ma mobilité": each programme's age, duration and type boundaries, every kind of "why" line,
// the ranking for fixed profiles, and the models that show them.
#include "mobility/finder.h"
#include "mobility/findercontroller.h"
#include "mobility/finderresultmodel.h"
#include "mobility/programmecatalogue.h"
#include "mobility/programmelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lianes;
using namespace Qt::StringLiterals;

class TestFinder : public QObject
{
    Q_OBJECT

    ProgrammeCatalogue m_catalogue;

    const Programme &programme(const QString &id)
    {
        const Programme *p = m_catalogue.find(id);
        if (!p) {
            qFatal("no programme %s", qPrintable(id));
        }
        return *p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalogue = ProgrammeCatalogue::bundled();
        QVERIFY(m_catalogue.isValid());
    }

    void ageBoundaries_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("age");
        QTest::addColumn<QString>("line");
        QTest::newRow("service civique 15") << u"service-civique-france"_s << 15 << u"✗ 16–25 ans : vous avez 15 ans"_s;
        QTest::newRow("service civique 16") << u"service-civique-france"_s << 16 << u"✓ 16–25 ans : vous avez 16 ans"_s;
        QTest::newRow("service civique 19") << u"service-civique-france"_s << 19 << u"✓ 16–25 ans : vous avez 19 ans"_s;
        QTest::newRow("service civique 25") << u"service-civique-france"_s << 25 << u"✓ 16–25 ans : vous avez 25 ans"_s;
        QTest::newRow("service civique 26") << u"service-civique-france"_s << 26 << u"✗ 16–25 ans : vous avez 26 ans"_s;
        QTest::newRow("ces 17") << u"corps-europeen-solidarite"_s << 17 << u"✗ 18–30 ans : vous avez 17 ans"_s;
        QTest::newRow("ces 30") << u"corps-europeen-solidarite"_s << 30 << u"✓ 18–30 ans : vous avez 30 ans"_s;
        QTest::newRow("ces 31") << u"corps-europeen-solidarite"_s << 31 << u"✗ 18–30 ans : vous avez 31 ans"_s;
        QTest::newRow("erasmus jeunesse 13") << u"erasmus-echanges-jeunes"_s << 13 << u"✓ 13–30 ans : vous avez 13 ans"_s;
        QTest::newRow("zellidja 20") << u"zellidja"_s << 20 << u"✓ 16–20 ans : vous avez 20 ans"_s;
        QTest::newRow("zellidja 21") << u"zellidja"_s << 21 << u"✗ 16–20 ans : vous avez 21 ans"_s;
        QTest::newRow("jsi 15") << u"jsi-vvvsi"_s << 15 << u"✓ 15–25 ans : vous avez 15 ans"_s;
        QTest::newRow("vsi 17") << u"vsi"_s << 17 << u"✗ dès 18 ans : vous avez 17 ans"_s;
        QTest::newRow("vsi 35, no upper limit") << u"vsi"_s << 35 << u"✓ dès 18 ans : vous avez 35 ans"_s;
        QTest::newRow("vie 28") << u"vie-via"_s << 28 << u"✓ 18–28 ans : vous avez 28 ans"_s;
        QTest::newRow("vie 29") << u"vie-via"_s << 29 << u"✗ 18–28 ans : vous avez 29 ans"_s;
        QTest::newRow("pvt 30") << u"pvt"_s << 30 << u"✓ 18–30 ans : vous avez 30 ans"_s;
        QTest::newRow("ofaj 26") << u"ofaj-volontariat"_s << 26 << u"✗ 18–25 ans : vous avez 26 ans"_s;
        QTest::newRow("ofqj 35") << u"ofqj-stage"_s << 35 << u"✓ 18–35 ans : vous avez 35 ans"_s;
        QTest::newRow("chantiers 14") << u"chantiers-internationaux"_s << 14 << u"✓ dès 14 ans : vous avez 14 ans"_s;
        QTest::newRow("erasmus études: unknown") << u"erasmus-etudes-stages"_s << 19 << u"? âge : à vérifier"_s;
        QTest::newRow("cap sur le monde: unknown") << u"cap-sur-le-monde"_s << 19 << u"? âge : à vérifier"_s;
    }

    void ageBoundaries()
    {
        QFETCH(QString, id);
        QFETCH(int, age);
        QFETCH(QString, line);
        QCOMPARE(Finder::age(programme(id), age).line(), line);
    }

    void durationBoundaries_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("wish");
        QTest::addColumn<QString>("line");
        QTest::newRow("sc short") << u"service-civique-france"_s << u"court"_s << u"✗ dure au moins 6 mois"_s;
        QTest::newRow("sc 1-6 (6 months fits)") << u"service-civique-france"_s << u"moyen"_s << u"✓ dure 6 à 12 mois"_s;
        QTest::newRow("sc 6-12") << u"service-civique-france"_s << u"long"_s << u"✓ dure 6 à 12 mois"_s;
        QTest::newRow("sc > 1 year (12 months fits)") << u"service-civique-france"_s << u"tres_long"_s << u"✓ dure 6 à 12 mois"_s;
        QTest::newRow("exchange short") << u"erasmus-echanges-jeunes"_s << u"court"_s << u"✓ dure 5 à 21 jours"_s;
        QTest::newRow("exchange 1-6") << u"erasmus-echanges-jeunes"_s << u"moyen"_s << u"✗ dure au plus 21 jours"_s;
        QTest::newRow("vsi short") << u"vsi"_s << u"court"_s << u"✗ dure au moins 12 mois"_s;
        QTest::newRow("vsi long") << u"vsi"_s << u"tres_long"_s << u"✓ dure 12 à 72 mois"_s;
        QTest::newRow("chantiers short") << u"chantiers-internationaux"_s << u"court"_s << u"✓ dure 2 à 4 semaines"_s;
        QTest::newRow("chantiers 6-12") << u"chantiers-internationaux"_s << u"long"_s << u"✗ dure au plus 4 semaines"_s;
        QTest::newRow("zellidja short: max unknown") << u"zellidja"_s << u"court"_s << u"✓ dure au moins 1 mois"_s;
        QTest::newRow("zellidja long: max unknown") << u"zellidja"_s << u"long"_s << u"? durée (au moins 1 mois) : à vérifier"_s;
        QTest::newRow("jsi short: max unknown") << u"jsi-vvvsi"_s << u"court"_s << u"✓ dure au moins 15 jours"_s;
        QTest::newRow("pvt > 1 year: min unknown") << u"pvt"_s << u"tres_long"_s << u"✓ dure au plus 12 mois"_s;
        QTest::newRow("pvt short: min unknown") << u"pvt"_s << u"court"_s << u"? durée (au plus 12 mois) : à vérifier"_s;
        QTest::newRow("ofqj exactly 6") << u"ofqj-stage"_s << u"court"_s << u"✗ dure au moins 6 mois"_s;
        QTest::newRow("cap: unknown") << u"cap-sur-le-monde"_s << u"long"_s << u"? durée : à vérifier"_s;
    }

    void durationBoundaries()
    {
        QFETCH(QString, id);
        QFETCH(QString, wish);
        QFETCH(QString, line);
        QCOMPARE(Finder::duration(programme(id), wish).line(), line);
    }

    void otherLines_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("line");
        QTest::newRow("kind pass") << u"service-civique-france"_s << u"kind"_s << u"volontariat"_s << u"✓ c'est du volontariat"_s;
        QTest::newRow("kind fail") << u"erasmus-echanges-jeunes"_s << u"kind"_s << u"volontariat"_s
                                   << u"✗ ce n'est pas du volontariat : échange"_s;
        QTest::newRow("kind unknown") << u"cap-sur-le-monde"_s << u"kind"_s << u"stage"_s << u"? type de mobilité : à vérifier"_s;
        QTest::newRow("situation open to all") << u"corps-europeen-solidarite"_s << u"situation"_s << u"lyceen"_s
                                               << u"✓ ouvert à tous les profils"_s;
        QTest::newRow("situation pass") << u"erasmus-etudes-stages"_s << u"situation"_s << u"etudiant"_s
                                        << u"✓ ouvert aux étudiant·es"_s;
        QTest::newRow("situation fail") << u"erasmus-etudes-stages"_s << u"situation"_s << u"emploi"_s
                                        << u"✗ réservé aux étudiant·es, apprenti·es"_s;
        QTest::newRow("situation unknown") << u"cap-sur-le-monde"_s << u"situation"_s << u"emploi"_s << u"? pour qui : à vérifier"_s;
        QTest::newRow("zone pass") << u"corps-europeen-solidarite"_s << u"zone"_s << u"europe"_s << u"✓ se passe en Europe"_s;
        QTest::newRow("zone fail") << u"service-civique-france"_s << u"zone"_s << u"europe"_s
                                   << u"✗ ne se passe pas en Europe : en France"_s;
        QTest::newRow("zone anywhere") << u"pvt"_s << u"zone"_s << u"peu_importe"_s << u"✓ destination : hors d'Europe"_s;
        QTest::newRow("zone unknown") << u"cap-sur-le-monde"_s << u"zone"_s << u"europe"_s << u"? destination : à vérifier"_s;
        QTest::newRow("format pass") << u"zellidja"_s << u"format"_s << u"seul"_s << u"✓ on part seul·e"_s;
        QTest::newRow("format fail") << u"zellidja"_s << u"format"_s << u"groupe"_s << u"✗ on part seul·e"_s;
        QTest::newRow("format group") << u"jsi-vvvsi"_s << u"format"_s << u"groupe"_s << u"✓ on part en groupe"_s;
        QTest::newRow("format either") << u"jsi-vvvsi"_s << u"format"_s << u"peu_importe"_s << u"✓ on part en groupe"_s;
        QTest::newRow("format unknown") << u"cap-sur-le-monde"_s << u"format"_s << u"seul"_s << u"? seul·e ou en groupe : à vérifier"_s;
    }

    void otherLines()
    {
        QFETCH(QString, id);
        QFETCH(QString, criterion);
        QFETCH(QString, answer);
        QFETCH(QString, line);
        const Programme &p = programme(id);
        const FinderReason r = criterion == "kind"_L1        ? Finder::kind(p, answer)
                             : criterion == "situation"_L1   ? Finder::situation(p, answer)
                             : criterion == "zone"_L1        ? Finder::zone(p, answer)
                                                             : Finder::format(p, answer);
        QCOMPARE(r.line(), line);
    }

    void ranking_data()
    {
        QTest::addColumn<int>("age");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("matches");
        QTest::addColumn<QStringList>("nearMisses");
        QTest::newRow("19, student, volunteering, Europe, 6-12 months, alone")
            << 19 << u"etudiant"_s << u"volontariat"_s << u"europe"_s << u"long"_s << u"seul"_s
            << QStringList{u"service-civique-international"_s, u"corps-europeen-solidarite"_s, u"ofaj-volontariat"_s}
            << QStringList{u"service-civique-france"_s, u"vsi"_s, u"vie-via"_s, u"erasmus-etudes-stages"_s,
                           u"zellidja"_s, u"cap-sur-le-monde"_s};
        QTest::newRow("16, lycéen, group exchange, anywhere, short")
            << 16 << u"lyceen"_s << u"echange"_s << u"peu_importe"_s << u"court"_s << u"groupe"_s
            << QStringList{u"erasmus-echanges-jeunes"_s, u"jsi-vvvsi"_s, u"chantiers-internationaux"_s}
            << QStringList{u"cap-sur-le-monde"_s};
        QTest::newRow("27, job seeker, internship, outside Europe, 1-6 months, alone")
            << 27 << u"recherche_emploi"_s << u"stage"_s << u"hors_europe"_s << u"moyen"_s << u"seul"_s
            << QStringList{u"vie-via"_s, u"ofqj-stage"_s}
            << QStringList{u"erasmus-etudes-stages"_s, u"pvt"_s, u"cap-sur-le-monde"_s};
    }

    void ranking()
    {
        QFETCH(int, age);
        QFETCH(QString, situation);
        QFETCH(QString, kind);
        QFETCH(QString, zone);
        QFETCH(QString, duration);
        QFETCH(QString, format);
        QFETCH(QStringList, matches);
        QFETCH(QStringList, nearMisses);
        const FinderResult result = Finder::rank(m_catalogue, {age, situation, kind, zone, duration, format});
        QStringList gotMatches, gotNear;
        for (const FinderMatch &m : result.matches) {
            QCOMPARE(m.fails, 0);
            gotMatches.append(m.programmeId);
        }
        for (const FinderMatch &m : result.nearMisses) {
            QVERIFY(m.fails == 1 || m.passes <= m.unknowns);
            gotNear.append(m.programmeId);
        }
        QCOMPARE(gotMatches, matches);
        QCOMPARE(gotNear, nearMisses);
    }

    void resultModelAndShortlist()
    {
        FinderController finder(&m_catalogue);
        FinderResultModel *model = finder.results();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(finder.step(), 0);
        QCOMPARE(finder.options().size(), 23);
        finder.answer(u"12"_s); // not an answer on the screen: ignored
        QCOMPARE(finder.step(), 0);
        for (const QString &answer : {u"19"_s, u"etudiant"_s, u"volontariat"_s, u"europe"_s, u"long"_s, u"seul"_s}) {
            finder.answer(answer);
        }
        QVERIFY(finder.finished());
        QCOMPARE(finder.profileLabel(), u"19 ans · Étudiant·e · Volontariat · En Europe · 6 à 12 mois · seul·e"_s);
        QCOMPARE(model->matchCount(), 3);
        QCOMPARE(model->nearMissCount(), 6);
        const QStringList lines = model->reasonLines(u"corps-europeen-solidarite"_s);
        QCOMPARE(lines, (QStringList{u"✓ 18–30 ans : vous avez 19 ans"_s, u"✓ ouvert à tous les profils"_s,
                                     u"✓ c'est du volontariat"_s, u"✓ se passe en Europe"_s, u"✓ dure 2 à 12 mois"_s,
                                     u"✓ on part seul·e"_s}));
        QVERIFY(model->data(model->index(3), FinderResultModel::NearMissRole).toBool());
        QCOMPARE(model->shortlistText(), QString());
        model->toggleSelected(u"corps-europeen-solidarite"_s);
        model->toggleSelected(u"ofaj-volontariat"_s);
        QCOMPARE(model->shortlistText(), u"https://europa.eu/youth/solidarity_fr\n"
                                         "https://www.ofaj.org/ressources/engagement-civique-jeune-europeen-engage-le-volontariat-franco-allemand.html"_s);
        model->toggleSelected(u"ofaj-volontariat"_s);
        QCOMPARE(model->selectedCount(), 1);
        finder.restart();
        QCOMPARE(model->count(), 0);
        QCOMPARE(model->selectedCount(), 0);
        QCOMPARE(finder.step(), 0);
    }

    void catalogueFilters()
    {
        ProgrammeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue(m_catalogue, {{u"adice"_s, u"Adice"_s}});
        QCOMPARE(model.count(), 14);
        model.setKind(u"stage"_s);
        // Unknown facts are not hidden by a filter (Cap sur le Monde stays, "à vérifier").
        QCOMPARE(model.count(), 4);
        model.setAge(30);
        QCOMPARE(model.count(), 3); // VIE/VIA is up to 28
        model.clearFilters();
        model.setQuery(u"franco quebec"_s);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.data(model.index(0), ProgrammeListModel::IdRole).toString(), u"ofqj-stage"_s);
        model.setQuery(u"zellidja"_s);
        QCOMPARE(model.data(model.index(0), ProgrammeListModel::AgeLabelRole).toString(), u"16–20 ans"_s);
        QCOMPARE(model.data(model.index(0), ProgrammeListModel::CostRole).toString(), u"Bourse jusqu'à 900 € pour un premier voyage."_s);
        model.setQuery(u"cap monde"_s);
        QCOMPARE(model.data(model.index(0), ProgrammeListModel::AgeLabelRole).toString(), u"à vérifier"_s);
        QCOMPARE(model.data(model.index(0), ProgrammeListModel::CheckedLabelRole).toString(), u"à vérifier"_s);
        model.setQuery(u"service civique international"_s);
        QCOMPARE(model.data(model.index(0), ProgrammeListModel::ActorsLabelRole).toString(), u"Adice, lianes-cooperation"_s);
    }
};

QTEST_GUILESS_MAIN(TestFinder)
#include "tst_finder.moc"
