// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mobilityservice.h"

#include "agenda/eventlistmodel.h"
#include "base/clock.h"
#include "base/logging.h"
#include "base/paristime.h"
#include "base/textfold.h"
#include "cooplabstepmodel.h"
#include "findercontroller.h"
#include "geo/gazetteer.h"
#include "helperactormodel.h"
#include "programmelistmodel.h"
#include "projectlistmodel.h"
#include "projectsummary.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Lianes;
using namespace Qt::StringLiterals;

MobilityService::MobilityService(Database *db, bool persistProjects, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_store(persistProjects ? db : nullptr)
    , m_catalogueModel(new ProgrammeListModel(this))
    , m_finder(new FinderController(&m_catalogue, this))
    , m_projectModel(new ProjectListModel(this))
    , m_stepModel(new CoopLabStepModel(this))
    , m_helperModel(new HelperActorModel(this))
{
    reloadCatalogue();
    reloadProjects();
    loadEvents();
    if (m_db) {
        m_helperModel->load(*m_db, helperKeys(), {});
    }
    // A kiosk runs for days: the upcoming events follow the clock, not the time it started at.
    connect(m_clock, &Clock::changed, this, &MobilityService::loadEvents);
}

MobilityService::~MobilityService() = default;

void MobilityService::reloadCatalogue()
{
    m_catalogue = m_db ? ProgrammeCatalogue::load(*m_db) : ProgrammeCatalogue::bundled();
    QHash<QString, QString> actorNames;
    if (m_db) {
        auto q = m_db->prepare("SELECT external_id, name FROM actor WHERE external_id IS NOT NULL");
        while (q.step()) {
            QString key = q.text(0);
            key.remove(QRegularExpression(u"^demo:actor:"_s)); // the demo set prefixes its keys
            actorNames.insert(key, q.text(1));
        }
    }
    QHash<QString, QString> programmeNames;
    for (const Programme &p : m_catalogue.programmes()) {
        programmeNames.insert(p.id, p.name);
    }
    m_catalogueModel->setCatalogue(m_catalogue, actorNames);
    m_stepModel->setProgrammeNames(programmeNames);
    m_finder->refresh();
    Q_EMIT catalogueChanged();
}

QString MobilityService::catalogueLabel() const
{
    const QString date = QLocale().toString(QDate::fromString(m_catalogue.updated(), Qt::ISODate), QLocale::LongFormat);
    return m_catalogue.imported() ? tr("%1 programmes · catalogue importé, mis à jour le %2").arg(m_catalogue.programmes().size()).arg(date)
                                  : tr("%1 programmes · mis à jour le %2").arg(m_catalogue.programmes().size()).arg(date);
}

QString MobilityService::importCatalogue(const QUrl &file)
{
    if (!m_db || !m_store.persistent()) {
        return tr("L'import du catalogue se fait sur une tablette de l'équipe, pas sur la borne.");
    }
    QFile in(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!in.open(QIODevice::ReadOnly)) {
        return tr("Le fichier n'a pas pu être ouvert.");
    }
    const QList<CatalogueError> errors = ProgrammeCatalogue::import(*m_db, in.readAll());
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const CatalogueError &e : errors) {
            lines.append(e.message());
        }
        return tr("Fichier refusé, le catalogue n'a pas changé :\n%1").arg(lines.join(u'\n'));
    }
    qCInfo(LOG_APP) << "mobility catalogue imported";
    reloadCatalogue();
    return {};
}

void MobilityService::resetCatalogue()
{
    if (m_db && m_store.persistent()) {
        ProgrammeCatalogue::resetToBundled(*m_db);
        reloadCatalogue();
    }
}

void MobilityService::reloadProjects()
{
    const QList<MobilityProject> projects = m_store.projects();
    m_projectModel->setProjects(projects);
    QSet<QString> done;
    bool found = false;
    for (const MobilityProject &p : projects) {
        if (p.id == m_currentProject) {
            done = p.done;
            found = true;
        }
    }
    if (!found) {
        m_currentProject = projects.isEmpty() ? 0 : projects.constFirst().id;
        done = projects.isEmpty() ? QSet<QString>() : projects.constFirst().done;
    }
    m_stepModel->setDone(done);
    Q_EMIT currentProjectChanged();
}

QString MobilityService::currentProjectTitle() const
{
    const auto project = m_store.project(m_currentProject);
    return project ? project->title : QString();
}

qint64 MobilityService::createProject(const QString &title)
{
    m_currentProject = m_store.create(title, m_clock->now());
    reloadProjects();
    return m_currentProject;
}

void MobilityService::selectProject(qint64 id)
{
    m_currentProject = id;
    reloadProjects();
}

void MobilityService::renameProject(const QString &title)
{
    m_store.rename(m_currentProject, title, m_clock->now());
    reloadProjects();
}

void MobilityService::removeProject(qint64 id)
{
    m_store.remove(id);
    reloadProjects();
}

void MobilityService::setItemDone(const QString &item, bool done)
{
    if (m_currentProject == 0) {
        createProject();
    }
    m_store.setDone(m_currentProject, item, done, m_clock->now());
    reloadProjects();
}

QString MobilityService::exportSummary(const QString &directory)
{
    const auto project = m_store.project(m_currentProject);
    if (!project || !m_store.persistent()) {
        return {};
    }
    QString dir = directory;
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"projet-coop-lab-%1.pdf"_s.arg(project->id));
    return ProjectSummary::writePdf(path, *project, m_catalogue, m_clock->now()) ? path : QString();
}

QStringList MobilityService::helperKeys() const
{
    QStringList keys = m_catalogue.networkActors();
    for (const Programme &p : m_catalogue.programmes()) {
        keys.append(p.accompaniedBy);
    }
    keys.removeDuplicates();
    return keys;
}

QString MobilityService::setHelpersCommune(const QString &name)
{
    if (!m_db) {
        return tr("Données indisponibles.");
    }
    const Gazetteer::Result found = Gazetteer(*m_db).resolve(name);
    std::optional<Commune> commune = found.commune;
    if (!commune && !found.candidates.isEmpty()) {
        commune = found.candidates.constFirst();
    }
    if (!commune) {
        return tr("Commune inconnue dans les Hauts-de-France : « %1 ».").arg(name);
    }
    m_helpersOrigin = commune->name;
    m_helperModel->load(*m_db, helperKeys(), QGeoCoordinate(commune->lat, commune->lon));
    Q_EMIT helpersChanged();
    return {};
}

void MobilityService::loadEvents()
{
    m_events.clear();
    if (!m_db) {
        return;
    }
    static const QStringList topics{u"mobilite"_s, u"coop lab"_s, u"jsi"_s, u"vvsi"_s, u"vvvsi"_s, u"volontariat"_s,
                                    u"service civique"_s, u"erasmus"_s, u"ambassadeurs"_s, u"ready to move"_s};
    auto q = m_db->prepare("SELECT title, kind, starts_at, online FROM event WHERE starts_at >= ? ORDER BY starts_at, id");
    q.bind(1, ParisTime::toUtcIso(m_clock->now()));
    while (q.step()) {
        const QString folded = TextFold::fold(q.text(0));
        const bool about = std::any_of(topics.begin(), topics.end(), [&folded](const QString &t) {
            return QString(u' ' + folded + u' ').contains(QString(u' ' + t + u' '));
        });
        if (!about) {
            continue;
        }
        const QDateTime start = ParisTime::toParis(ParisTime::fromUtcIso(q.text(2)));
        m_events.append(QVariantMap{{u"title"_s, q.text(0)},
                                    {u"kindLabel"_s, EventListModel::kindLabel(q.text(1))},
                                    {u"dateLabel"_s, QLocale().toString(start, u"dddd d MMMM · HH:mm"_s)},
                                    {u"online"_s, q.integer(3) != 0}});
    }
    Q_EMIT eventsChanged();
}

void MobilityService::resetVisitor()
{
    m_finder->restart();
    if (!m_store.persistent()) {
        m_store.reset();
        m_currentProject = 0;
    }
    m_helpersOrigin.clear();
    if (m_db) {
        m_helperModel->load(*m_db, helperKeys(), {});
    }
    m_catalogueModel->clearFilters();
    reloadProjects();
    Q_EMIT helpersChanged();
}
