// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapservice.h"

#include "actordetails.h"
#include "actorlistmodel.h"
#include "base/vocabulary.h"
#include "clustermodel.h"
#include "cooperationprojectlistmodel.h"
#include "countrymodel.h"
#include "filtermodel.h"
#include "projectdetails.h"
#include "searchresultsmodel.h"
#include "storage/database.h"
#include "townlabelmodel.h"

#include <algorithm>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
// The list follows the map once it stops moving: sorting thousands of actors at every frame of
// a pan would cost frames.
constexpr int ListDelayMs = 150;
constexpr double CommuneZoom = 11.5;
constexpr double ActorZoom = 12.5;
}

MapService::Data MapService::read(const Database &db)
{
    Data data;
    data.catalog.load(db);
    data.towns = TownLabelModel::read(db);
    return data;
}

MapService::MapService(Database *db, QObject *parent)
    : MapService(db, db ? read(*db) : Data{}, parent)
{
}

MapService::MapService(Database *db, Data data, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_filters(new FilterModel(this))
    , m_clusters(new ClusterModel(this))
    , m_actors(new ActorListModel(this))
    , m_projects(new CooperationProjectListModel(this))
    , m_countries(new CountryModel(this))
    , m_search(new SearchResultsModel(this))
    , m_actorDetails(new ActorDetails(this))
    , m_projectDetails(new ProjectDetails(this))
    , m_towns(new TownLabelModel(this))
{
    m_listTimer.setSingleShot(true);
    m_listTimer.setInterval(ListDelayMs);
    connect(&m_listTimer, &QTimer::timeout, this, &MapService::updateList);
    connect(m_filters, &FilterModel::filterChanged, this, &MapService::applyFilter);
    m_towns->setRows(std::move(data.towns));
    m_catalog = std::move(data.catalog);
    useCatalog();
}

MapService::~MapService() = default;

void MapService::reload()
{
    if (m_db) {
        m_catalog.load(*m_db);
    }
    useCatalog();
}

void MapService::useCatalog()
{
    m_projects->setCatalog(&m_catalog);
    m_search->setSource(m_db, &m_catalog);
    m_actorDetails->setSource(m_db, &m_catalog);
    m_projectDetails->setSource(m_db, &m_catalog);
    m_filters->setCatalog(&m_catalog);
    applyFilter();
}

void MapService::replaceActors(QList<ActorRecord> actors)
{
    m_catalog.setActors(std::move(actors));
    m_filters->recount();
    applyFilter();
}

void MapService::setNow(const QDateTime &now)
{
    m_actorDetails->setNow(now);
    m_actorDetails->refresh();
}

void MapService::retranslate()
{
    m_filters->recount();
    m_search->setQuery(m_search->query());
    m_actorDetails->refresh();
    m_projectDetails->refresh();
    applyFilter();
}

QVariantList MapService::legend() const
{
    QVariantList out;
    for (auto family : {ActorFamily::Associations, ActorFamily::Collectivites, ActorFamily::Education,
                        ActorFamily::Economie}) {
        out.append(QVariantMap{{u"family"_s, int(family)}, {u"label"_s, Vocabulary::familyLabel(family)}});
    }
    return out;
}

QString MapService::unlocatedLabel() const
{
    const int n = filteredCount() - locatedCount();
    if (n <= 0) {
        return {};
    }
    return tr("%n acteur(s) sans adresse connue ne sont pas sur la carte.", nullptr, n);
}

int MapService::locatedCount() const
{
    return m_clusters->pointCount();
}

// The filters changed: new clusters, list, projects and countries.
void MapService::applyFilter()
{
    const MapFilter &filter = m_filters->filter();
    m_filtered.clear();
    std::vector<int> located;
    const auto &actors = m_catalog.actors();
    for (qsizetype i = 0; i < actors.size(); ++i) {
        if (filter.passes(actors.at(i))) {
            m_filtered.append(int(i));
            if (actors.at(i).located()) {
                located.push_back(int(i));
            }
        }
    }
    m_clusters->rebuild(&m_catalog, std::move(located));
    m_actors->setActors(&m_catalog, m_filtered);
    m_projects->setFilter(filter);
    m_countries->refresh(&m_catalog, filter);
    Q_EMIT filteredChanged();
}

void MapService::setViewport(double west, double south, double east, double north, double zoom)
{
    m_west = west;
    m_south = south;
    m_east = east;
    m_north = north;
    m_zoom = zoom;
    m_clusters->setViewport(west, south, east, north, zoom);
    m_listTimer.start();
}

void MapService::updateList()
{
    if (m_zoom < 0) {
        return;
    }
    m_actors->setArea(m_west, m_south, m_east, m_north);
    if (m_referenceLabel.isEmpty()) {
        m_actors->setReference(QGeoCoordinate((m_south + m_north) / 2, (m_west + m_east) / 2), {});
    }
    // In project mode the list beside the map holds the projects of the visible actors.
    QList<qint64> visible;
    for (int row = 0; row < m_actors->count(); ++row) {
        visible.append(m_catalog.actors().at(m_actors->actorAt(row)).id);
    }
    if (m_projects->country().isEmpty()) {
        m_projects->showActors(visible);
    }
}

void MapService::setReference(const QGeoCoordinate &point, const QString &label)
{
    m_reference = point;
    m_referenceLabel = label;
    m_actors->setReference(point, label);
    m_actors->setSortByDistance(true);
    Q_EMIT referenceChanged();
}

void MapService::chooseSearchResult(int row)
{
    const SearchHit hit = m_search->hit(row);
    const QGeoCoordinate place = m_search->coordinate(row);
    switch (hit.kind) {
    case SearchHit::Commune:
        if (place.isValid()) {
            setReference(place, tr("Autour de %1").arg(hit.label));
            Q_EMIT focusRequested(place, CommuneZoom);
        }
        break;
    case SearchHit::Actor:
        showActor(hit.ref.toLongLong());
        if (place.isValid()) {
            Q_EMIT focusRequested(place, ActorZoom);
        }
        break;
    case SearchHit::Project:
        showProject(hit.ref.toLongLong());
        break;
    }
}

void MapService::setUserPosition(double latitude, double longitude)
{
    setReference(QGeoCoordinate(latitude, longitude), tr("Autour de vous"));
}

void MapService::clearReference()
{
    m_reference = {};
    m_referenceLabel.clear();
    m_actors->setReference(QGeoCoordinate((m_south + m_north) / 2, (m_west + m_east) / 2), {});
    Q_EMIT referenceChanged();
}

void MapService::listCluster(qint64 key)
{
    m_actors->setOnly(m_clusters->actorIds(key));
}

void MapService::showActor(qint64 actorId)
{
    m_projectDetails->setProjectId(0);
    m_actorDetails->setActorId(actorId);
}

bool MapService::showActorNamed(const QString &name)
{
    const auto &actors = m_catalog.actors();
    const auto it = std::find_if(actors.cbegin(), actors.cend(), [&](const ActorRecord &a) { return a.name == name; });
    if (it == actors.cend()) {
        return false;
    }
    showActor(it->id);
    return true;
}

void MapService::showProject(qint64 projectId)
{
    m_actorDetails->setActorId(0);
    m_projectDetails->setProjectId(projectId);
}

void MapService::closeDetails()
{
    m_actorDetails->setActorId(0);
    m_projectDetails->setProjectId(0);
}

void MapService::reset()
{
    closeDetails();
    m_search->setQuery({});
    m_projects->showCountry({});
    m_filters->clear();
    clearReference();
    updateList();
}

