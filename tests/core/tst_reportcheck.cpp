// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// "Checked against the report": the figures the 2020 activity report states, computed by the observatory
// from the demo data (which comes from that report). Prints the table: figure, report, computed, status.
#include "dataio/demoloader.h"
#include "observatory/directoryfigures.h"
#include "observatory/eventfigures.h"
#include "observatory/meetingfigures.h"
#include "observatoryfixture.h"
#include "testhelpers.h"

#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));

/** One line of the table. Exact: the computed value must be the report's. Explained: the demo data holds
 *  another value (asserted) for the stated reason. NotCovered: the demo data does not hold what it counts. */
struct Check {
    enum Status { Exact, Explained, NotCovered };
    QString figure;
    QString report;
    QString computed;
    Status status = Exact;
    QString demoValue; ///< what the demo data gives, for Explained and NotCovered
    QString why;
};

QString n(double value)
{
    return QString::number(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
}

const FigureRow *byLabel(const FigureRows &rows, const QString &label)
{
    for (const auto &row : rows) {
        if (row.label == label) {
            return &row;
        }
    }
    return nullptr;
}

// The list « Les formations organisées par Lianes Coopération en 2020 » (title, date, hours, participants).
struct Training {
    const char16_t *title;
    QDate date;
    int hours;
    int participants;
};
const Training ReportTrainings[] = {
    {u"Formation Mobilité internationale Jeunes Ambassadeurs", QDate(2020, 5, 7), 3, 10},
    {u"Monter un micro-projet de solidarité internationale", QDate(2020, 7, 15), 2, 19},
    {u"Mettre en place un projet d'ECSI", QDate(2020, 9, 29), 7, 14},
    {u"Formation Mobilité internationale Jeunes Ambassadeurs", QDate(2020, 10, 21), 7, 8},
    {u"Formation Mobilité internationale 1er accueil", QDate(2020, 10, 27), 3, 12},
    {u"Concevoir et monter un microprojet de solidarité", QDate(2020, 11, 6), 7, 7},
    {u"Changement climatique et Justice Sociale", QDate(2020, 11, 30), 8, 10},
    {u"Formation Mobilité internationale 1er accueil", QDate(2020, 12, 9), 3, 9},
    {u"Lancer son Tandem Solidaire", QDate(2020, 12, 16), 3, 19},
    {u"Etablir et présenter un budget cohérent pour mobiliser ses partenaires", QDate(2020, 11, 27), 7, 10},
};

// « Les réunions les plus suivies en 2020 »: the report's line, its count, the annex's subject for it.
struct Attended {
    const char16_t *report;
    int participants;
    const char16_t *annexSubject; ///< empty: no such meeting in the annex
};
const Attended ReportMostAttended[] = {
    {u"Commission Afrique de l'Ouest", 72, u"Commission Afrique de l'Ouest"},
    {u"Mobilité et Covid-19", 53, u"Webinaire : Mobilité et Covid 19"},
    {u"Le label CES", 32, u"Webinaire : Présentation du label CES"},
    {u"Réunion d'information « Micro-projets »", 31, u""},
    {u"Commission ECSI", 28, u"Commission 18.02"},
    {u"Appel à projet ISI", 28, u"Webinaire ; Présentation de l'appel à projets ISI"},
    {u"Le JSI-VVSI", 26, u"Webinaire : Présentation du JSI-VVVS"},
    {u"Festisol 2020", 20, u"Webinaire présentation Festisol 2020 + COPIL"},
};

} // namespace

class TestReportCheck : public QObject
{
    Q_OBJECT
private:
    Fixture::Db m_f;
    DirectoryFigures m_directory;
    MeetingFigures m_meetings;
    MeetingFigures m_ranked; // every 2020 meeting, most attended first
    EventFigures m_events;
    QList<Check> m_checks;

    void add(const Check &check) { m_checks.append(check); }
    void add(const QString &figure, const QString &report, const QString &computed)
    {
        m_checks.append({figure, report, computed, Check::Exact, {}, {}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestHelpers::setUpFrenchTestCase();
        QVERIFY(DemoLoader::loadIfNeeded(*m_f.db, Now).loaded);
        const Period year = Period::year(2020);
        m_directory = DirectoryFigures::compute(*m_f.db, year);
        m_meetings = MeetingFigures::compute(*m_f.db, year);
        m_ranked = MeetingFigures::compute(*m_f.db, year, 1000);
        m_events = EventFigures::compute(*m_f.db, year);
    }

    void meetingsAnnex()
    {
        add(u"Réunions tenues en 2020"_s, u"233"_s, n(m_meetings.count));
        add(u"Participants sur l'ensemble des réunions"_s, u"925"_s, n(m_meetings.participants));
        add(u"Heures de réunions"_s, u"582"_s, n(m_meetings.hours));
    }

    void trainingsList()
    {
        add(u"Formations organisées en 2020 (liste)"_s, u"10"_s, n(m_events.trainings));
        add(u"Heures de formation (total de la liste)"_s, u"50"_s, n(m_events.trainingHours));
        add(u"Participants aux formations (total de la liste)"_s, u"118"_s, n(m_events.trainingParticipants));
        const QLocale locale;
        for (const auto &t : ReportTrainings) {
            const QString title = QString::fromUtf16(t.title);
            const QString day = locale.toString(t.date, u"d MMMM yyyy"_s);
            QString computed = u"absente"_s;
            for (const auto &row : m_events.trainingList) {
                if (row.label == title && row.detail.startsWith(day)) {
                    computed = u"%1 h, %2 participants"_s.arg(n(row.measures[1]), n(row.measures[0]));
                }
            }
            add(u"Formation du %1 : %2"_s.arg(t.date.toString(u"dd/MM/yyyy"_s), title),
                 u"%1 h, %2 participants"_s.arg(t.hours).arg(t.participants), computed);
        }
        int ambassadors = 0;
        int ambassadorsPeople = 0;
        int welcome = 0;
        int welcomePeople = 0;
        for (const auto &row : m_events.trainingList) {
            if (row.label.contains(u"Jeunes Ambassadeurs"_s)) {
                ++ambassadors;
                ambassadorsPeople += int(row.value());
            }
            if (row.label.contains(u"1er accueil"_s)) {
                ++welcome;
                welcomePeople += int(row.value());
            }
        }
        add(u"Ready to Move : formations « Jeunes ambassadeurs »"_s, u"2 formations, 18 jeunes"_s,
             u"%1 formations, %2 jeunes"_s.arg(ambassadors).arg(ambassadorsPeople));
        add({u"Ready to Move : formations « 1er accueil »"_s, u"3 formations, 28 participants"_s,
             u"%1 formations, %2 participants"_s.arg(welcome).arg(welcomePeople), Check::Explained,
             u"2 formations, 21 participants"_s,
             u"la liste des formations 2020 du même rapport n'en donne que deux (27/10 : 12, 09/12 : 9)"_s});
        const FigureRow *tandemTraining = byLabel(m_events.trainingList, u"Lancer son Tandem Solidaire"_s);
        QVERIFY(tandemTraining);
        add({u"Formation Tandems Solidaires de décembre"_s, u"27 participants"_s,
             u"%1 participants"_s.arg(n(tandemTraining->value())), Check::Explained, u"19 participants"_s,
             u"la liste des formations et l'annexe des réunions disent 19 le 16/12/2020"_s});
    }

    void funds()
    {
        const FigureRow *recital = Figures::find(m_directory.projectsByKind, u"recital"_s);
        const FigureRow *tandem = Figures::find(m_directory.projectsByKind, u"tandem"_s);
        const FigureRow *pooled = Figures::find(m_directory.projectsByKind, u"projet_mutualise"_s);
        QVERIFY(recital && tandem && pooled);
        add(u"Lauréats RECITAL (liste)"_s, u"16"_s, n(recital->measures[0]));
        add(u"Montant total des lauréats RECITAL"_s, u"46786 €"_s, n(recital->measures[1]) + u" €"_s);
        add({u"Tandems Solidaires lauréats 2020-2021"_s, u"12"_s, n(tandem->measures[0]), Check::Explained, u"13"_s,
             u"le tableau « Les Tandems Solidaires accompagnés » du même rapport en liste 13 : aux 12 annoncés "
             "(6 écoles, 2 collèges, 3 lycées, 1 IMPRO) s'ajoute le LPEPA St Joseph de Cluny "
             "(Estrées-Saint-Denis, 60) avec l'AFDI ; la démo reprend le tableau"_s});
        add(u"Projets mutualisés « clés en main »"_s, u"3"_s, n(pooled->measures[0]));
    }

    void mostAttended()
    {
        QStringList annexTop;
        for (const auto &a : ReportMostAttended) {
            const QString subject = QString::fromUtf16(a.annexSubject);
            const FigureRow *row = subject.isEmpty() ? nullptr : byLabel(m_ranked.mostAttended, subject);
            const QString figure = u"Réunion la plus suivie : %1"_s.arg(QString::fromUtf16(a.report));
            const QString report = QString::number(a.participants);
            const QString computed = row ? n(row->value()) : u"absente"_s;
            if (!subject.isEmpty()) {
                annexTop.append(subject);
            }
            if (subject == u"Commission Afrique de l'Ouest"_s) {
                add({figure, report, computed, Check::Explained, u"33"_s,
                     u"l'annexe des réunions (source de la démo) inscrit 33 participants le 11/03/2020"_s});
            } else if (subject.isEmpty()) {
                add({figure, report, computed, Check::Explained, u"absente"_s,
                     u"aucune réunion « micro-projets » dans l'annexe ; la plus proche, « Réunion d'information "
                     "AMP » du 15/07/2020, compte 19 participants"_s});
            } else if (subject.contains(u"Festisol"_s)) {
                add({figure, report, computed, Check::Explained, u"22"_s,
                     u"l'annexe inscrit 22 participants au webinaire Festisol 2020 + COPIL du 23/04/2020"_s});
            } else {
                add(figure, report, computed);
            }
        }
        // The seven meetings the annex holds are exactly the seven most attended the observatory finds.
        QStringList computedTop;
        for (const auto &row : m_meetings.mostAttended.mid(0, 7)) {
            computedTop.append(row.label);
        }
        std::sort(annexTop.begin(), annexTop.end());
        std::sort(computedTop.begin(), computedTop.end());
        add(u"Les 7 réunions les plus suivies de l'annexe"_s, u"les 7 citées"_s,
             computedTop == annexTop ? u"les 7 citées"_s : computedTop.join(u", "_s));
        add({u"Commission ECSI du 18 février (partie ECSI)"_s, u"38"_s,
             n(byLabel(m_ranked.mostAttended, u"Commission 18.02"_s)->value()), Check::Explained, u"28"_s,
             u"la liste des réunions les plus suivies du même rapport et l'annexe disent 28"_s});
    }

    void directory()
    {
        add({u"Adhérents (liste en annexe)"_s, u"64"_s, n(m_directory.members), Check::Explained, u"65"_s,
             u"le CRDTM, administrateur cité au conseil d'administration, est adhérent dans la démo sans figurer "
             "dans la liste des adhérents"_s});
        add({u"Acteurs de l'annuaire (tableaux par type et par département)"_s, u"732"_s, n(m_directory.actors),
             Check::NotCovered, u"127"_s, u"la démo ne reprend que les acteurs nommés dans le rapport"_s});
        add({u"Projets identifiés dans le panorama"_s, u"132"_s, n(m_directory.projects), Check::NotCovered, u"32"_s,
             u"la démo ne reprend que les projets décrits dans le rapport"_s});
    }

    // Runs last (slots run in declaration order): prints the table and checks every line.
    void table()
    {
        QVERIFY(m_checks.size() > 25);
        std::printf("\n%-78s | %-32s | %-32s | %s\n", "Chiffre", "Rapport", "Calculé", "Statut");
        int exact = 0;
        for (const auto &c : std::as_const(m_checks)) {
            const char *status = c.status == Check::Exact ? "identique"
                : c.status == Check::Explained            ? "écart expliqué"
                                                          : "hors démo";
            std::printf("%-78s | %-32s | %-32s | %s%s\n", qPrintable(c.figure), qPrintable(c.report),
                        qPrintable(c.computed), status, c.why.isEmpty() ? "" : qPrintable(u" : "_s + c.why));
            exact += c.status == Check::Exact ? 1 : 0;
        }
        std::printf("%d chiffres identiques au rapport, %lld écarts expliqués ou hors démo\n\n", exact,
                    qint64(m_checks.size() - exact));
        std::fflush(stdout);
        for (const auto &c : std::as_const(m_checks)) {
            if (c.status == Check::Exact) {
                QVERIFY2(c.computed == c.report, qPrintable(c.figure));
            } else {
                QVERIFY2(c.computed == c.demoValue || c.computed.startsWith(c.demoValue), qPrintable(c.figure));
                QVERIFY2(c.computed != c.report, qPrintable(c.figure + u" : plus d'écart, passer en identique"_s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReportCheck)
#include "tst_reportcheck.moc"
