// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observatoryservice.h"

#include "base/paristime.h"
#include "choroplethmodel.h"
#include "directoryfigures.h"
#include "eventfigures.h"
#include "figurelistmodel.h"
#include "keyfigures.h"
#include "meetingfigures.h"
#include "storage/database.h"
#include "tilelistmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Lianes;
using namespace Qt::StringLiterals;

using Kind = FigureFormat::Kind;

ObservatoryService::ObservatoryService(QObject *parent)
    : QObject(parent)
    , m_summary(new TileListModel(this))
    , m_keyFigures(new TileListModel(this))
    , m_actorsByType(new FigureListModel(this))
    , m_actorsByFamily(new FigureListModel(this))
    , m_actorsByDepartement(new FigureListModel(this))
    , m_projectsByTheme(new FigureListModel(this))
    , m_projectsByCountry(new FigureListModel(this))
    , m_projectsByKind(new FigureListModel(this))
    , m_meetingsByMonth(new FigureListModel(this))
    , m_meetingsByPlace(new FigureListModel(this))
    , m_meetingsByStaff(new FigureListModel(this))
    , m_mostAttended(new FigureListModel(this))
    , m_trainings(new FigureListModel(this))
    , m_registrations(new FigureListModel(this))
    , m_departements(new ChoroplethModel(u"departements"_s, this))
    , m_countries(new ChoroplethModel(u"world"_s, this))
{
    m_countries->setMeasure(ChoroplethModel::Measure::Projects);
    m_projectsByCountry->setChartLimit(10);
    m_meetingsByPlace->setChartLimit(6);
    m_meetingsByStaff->setChartLimit(8);
}

ObservatoryService::~ObservatoryService() = default;

void ObservatoryService::setDatabase(const Database *db)
{
    m_db = db;
    if (m_db && m_exportDir.isEmpty()) {
        m_exportDir = QFileInfo(m_db->path()).dir().filePath(u"exports"_s);
    }
    refresh();
}

void ObservatoryService::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

int ObservatoryService::year() const
{
    return m_yearChosen ? m_year : m_defaultYear;
}

void ObservatoryService::setYear(int year)
{
    const int before = this->year();
    m_yearChosen = true;
    m_year = std::max(0, year);
    if (m_year != before) {
        refresh();
        Q_EMIT periodChanged();
    }
}

void ObservatoryService::setAllYears(bool all)
{
    if (all == allYears()) {
        return;
    }
    if (all) {
        m_yearBeforeAll = year();
        setYear(0);
    } else {
        setYear(m_yearBeforeAll != 0 ? m_yearBeforeAll : m_defaultYear);
    }
}

Period ObservatoryService::period() const
{
    return year() == 0 ? Period() : Period::year(year());
}

QString ObservatoryService::periodLabel() const
{
    return year() == 0 ? tr("Toutes les années") : tr("Année %1").arg(year());
}

bool ObservatoryService::hasPreviousYear() const
{
    return year() != 0 && !m_years.isEmpty() && m_years.first() < year();
}

bool ObservatoryService::hasNextYear() const
{
    return year() != 0 && !m_years.isEmpty() && m_years.last() > year();
}

void ObservatoryService::showPreviousYear()
{
    const auto it = std::lower_bound(m_years.cbegin(), m_years.cend(), year());
    if (hasPreviousYear() && it != m_years.cbegin()) {
        setYear(*std::prev(it));
    }
}

void ObservatoryService::showNextYear()
{
    const auto it = std::upper_bound(m_years.cbegin(), m_years.cend(), year());
    if (hasNextYear() && it != m_years.cend()) {
        setYear(*it);
    }
}

void ObservatoryService::findYears()
{
    // Paris years of what happened (meetings, trainings held): the default is the latest of them.
    // Paris is UTC+1 around New Year (summer time never reaches January), so the Paris year of a UTC
    // timestamp is the UTC year one hour later: exact, and counted by SQLite without a conversion per row.
    auto yearsOf = [this](const char *sql) {
        QSet<int> years;
        auto q = m_db->prepare(sql);
        while (q.step()) {
            years.insert(int(q.integer(0)));
        }
        return years;
    };
    QSet<int> activity = yearsOf("SELECT DISTINCT CAST(strftime('%Y', starts_at, '+1 hour') AS INTEGER) FROM meeting "
                                 "UNION SELECT DISTINCT CAST(strftime('%Y', starts_at, '+1 hour') AS INTEGER) "
                                 "FROM event WHERE attendance IS NOT NULL");
    const int thisYear = m_now.isValid() ? ParisTime::toParis(m_now).date().year() : QDate::currentDate().year();
    m_defaultYear = activity.isEmpty() ? thisYear : *std::max_element(activity.cbegin(), activity.cend());

    QSet<int> all = activity
        + yearsOf("SELECT DISTINCT CAST(strftime('%Y', starts_at, '+1 hour') AS INTEGER) FROM event");
    all.insert(thisYear);
    auto projects = m_db->prepare("SELECT DISTINCT year_start FROM project WHERE year_start IS NOT NULL");
    while (projects.step()) {
        all.insert(int(projects.integer(0)));
    }
    QList<int> years(all.cbegin(), all.cend());
    std::sort(years.begin(), years.end());
    if (years != m_years) {
        m_years = years;
        Q_EMIT yearsChanged();
    }
}

void ObservatoryService::setupColumns()
{
    const FigureListModel::Column actors{tr("Acteurs"), Kind::Count};
    const FigureListModel::Column members{tr("Adhérents"), Kind::Count};
    const FigureListModel::Column projects{tr("Projets"), Kind::Count};
    const QList<FigureListModel::Column> meetings{
        {tr("Réunions"), Kind::Count}, {tr("Participants"), Kind::Count}, {tr("Heures"), Kind::Hours}};
    const QList<FigureListModel::Column> attendance{{tr("Participants"), Kind::Count}, {tr("Heures"), Kind::Hours}};

    m_actorsByType->setColumns(tr("Acteurs par type"), tr("Type d'acteur"), {actors, members});
    m_actorsByFamily->setColumns(tr("Acteurs par famille"), tr("Famille"), {actors, members});
    m_actorsByDepartement->setColumns(tr("Acteurs par département"), tr("Département"), {actors, members});
    m_projectsByTheme->setColumns(tr("Projets par thématique"), tr("Thématique"), {projects});
    m_projectsByCountry->setColumns(tr("Projets par pays partenaire"), tr("Pays"), {projects});
    m_projectsByKind->setColumns(tr("Projets par dispositif"), tr("Dispositif"),
                                 {projects, {tr("Montant (€)"), Kind::Euros}});
    m_meetingsByMonth->setColumns(tr("Réunions par mois"), tr("Mois"), meetings);
    m_meetingsByPlace->setColumns(tr("Réunions par lieu"), tr("Lieu"), meetings);
    m_meetingsByStaff->setColumns(tr("Réunions par membre de l'équipe"), tr("Membre de l'équipe"), meetings);
    m_mostAttended->setColumns(tr("Les réunions les plus suivies"), tr("Réunion"), attendance);
    m_trainings->setColumns(tr("Formations organisées"), tr("Formation"), attendance);
    m_registrations->setColumns(tr("Inscriptions par événement"), tr("Événement"),
                                {{tr("Inscrits"), Kind::Count},
                                 {tr("Liste d'attente"), Kind::Count},
                                 {tr("Annulés"), Kind::Count},
                                 {tr("Présents"), Kind::Count}});
}

void ObservatoryService::refresh()
{
    if (!m_db) {
        return;
    }
    const int before = year();
    findYears();
    setupColumns();
    const Period p = period();
    const auto d = DirectoryFigures::compute(*m_db, p);
    const auto m = MeetingFigures::compute(*m_db, p);
    const auto e = EventFigures::compute(*m_db, p);

    const QString count = FigureFormat::number(d.actorsWithoutDepartement, Kind::Count);
    m_actorsNote = tr("L'annuaire tel qu'il est aujourd'hui (les acteurs ne sont pas datés) ; "
                      "%1 sans département, comptés à part.")
                       .arg(count);
    m_trainingsNote = tr("Formations dont la participation est enregistrée : %1, %2 participants.")
                          .arg(FigureFormat::format(e.trainingHours, Kind::Hours),
                               FigureFormat::number(e.trainingParticipants, Kind::Count));
    m_actorsByType->setNote(m_actorsNote);
    m_actorsByDepartement->setNote(m_actorsNote);
    const QString noCountry = FigureFormat::number(d.projectsWithoutCountry, Kind::Count);
    m_projectsByCountry->setNote(d.projectsWithoutCountry > 1
                                     ? tr("%1 projets de la période sans pays partenaire.").arg(noCountry)
                                     : tr("%1 projet de la période sans pays partenaire.").arg(noCountry));
    m_trainings->setNote(m_trainingsNote);
    m_registrations->setNote(tr("Inscrits : %1 ; liste d'attente : %2 ; annulés : %3 ; présents : %4.")
                                 .arg(e.confirmed)
                                 .arg(e.waiting)
                                 .arg(e.cancelled)
                                 .arg(e.checkedIn));

    m_actorsByType->setRows(d.actorsByType);
    m_actorsByFamily->setRows(d.actorsByFamily);
    m_actorsByDepartement->setRows(d.actorsByDepartement);
    m_projectsByTheme->setRows(d.projectsByTheme);
    m_projectsByCountry->setRows(d.projectsByCountry);
    m_projectsByKind->setRows(d.projectsByKind);
    m_meetingsByMonth->setRows(m.byMonth);
    m_meetingsByPlace->setRows(m.byPlace);
    m_meetingsByStaff->setRows(m.byStaff);
    m_mostAttended->setRows(m.mostAttended);
    m_trainings->setRows(e.trainingList);
    m_registrations->setRows(e.registrationsByEvent);
    m_departements->setFigures(d.actorsByDepartement, d.actorsWithoutDepartement, d.projectsByDepartement,
                               d.projectsWithoutDepartement);
    m_countries->setFigures(d.actorsByCountry, d.actorsWithoutCountry, d.projectsByCountry,
                            d.projectsWithoutCountry);

    m_summary->setTiles({
        {u"actors"_s, double(d.actors), Kind::Count, tr("acteur"), tr("acteurs")},
        {u"members"_s, double(d.members), Kind::Count, tr("adhérent"), tr("adhérents")},
        {u"projects"_s, double(d.projects), Kind::Count, tr("projet"), tr("projets")},
        {u"meetings"_s, double(m.count), Kind::Count, tr("réunion"), tr("réunions")},
        {u"participants"_s, double(m.participants), Kind::Count, tr("participant aux réunions"),
         tr("participants aux réunions")},
        {u"hours"_s, m.hours, Kind::Hours, tr("heure de réunion"), tr("heures de réunion")},
        {u"trainings"_s, double(e.trainings), Kind::Count, tr("formation"), tr("formations")},
        {u"trainingParticipants"_s, double(e.trainingParticipants), Kind::Count, tr("participant aux formations"),
         tr("participants aux formations")},
    });
    refreshKeyFigures();
    Q_EMIT refreshed();
    if (year() != before) {
        Q_EMIT periodChanged();
    }
}

void ObservatoryService::refreshKeyFigures()
{
    const auto k = KeyFigures::compute(*m_db, m_now.isValid() ? m_now : QDateTime::currentDateTime());
    m_keyFigures->setTiles({
        {u"actors"_s, double(k.actors), Kind::Count, tr("acteur"), tr("acteurs")},
        {u"projects"_s, double(k.projects), Kind::Count, tr("projet"), tr("projets")},
        {u"departements"_s, double(k.departementsCovered), Kind::Count, tr("département couvert"),
         tr("départements couverts")},
        {u"countries"_s, double(k.countries), Kind::Count, tr("pays partenaire"), tr("pays partenaires")},
        {u"upcomingEvents"_s, double(k.upcomingEvents), Kind::Count, tr("événement à venir"),
         tr("événements à venir")},
    });
}

