// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapcatalog.h"
#include "townlabelmodel.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

Q_MOC_INCLUDE("actordetails.h")
Q_MOC_INCLUDE("actorlistmodel.h")
Q_MOC_INCLUDE("clustermodel.h")
Q_MOC_INCLUDE("cooperationprojectlistmodel.h")
Q_MOC_INCLUDE("countrymodel.h")
Q_MOC_INCLUDE("filtermodel.h")
Q_MOC_INCLUDE("projectdetails.h")
Q_MOC_INCLUDE("searchresultsmodel.h")

namespace Lianes {

class ActorDetails;
class ActorListModel;
class ClusterModel;
class CountryModel;
class Database;
class FilterModel;
class ProjectDetails;
class CooperationProjectListModel;
class SearchResultsModel;

/** The map page's state and models: filters with counts, clusters of the visible area, the list
 *  beside the map, search, the world view's countries and projects, the detail sheets. Handed to
 *  QML as the `MapService` singleton. */
class MapService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Lianes::FilterModel *filters READ filters CONSTANT)
    Q_PROPERTY(Lianes::ClusterModel *clusters READ clusters CONSTANT)
    Q_PROPERTY(Lianes::ActorListModel *actors READ actors CONSTANT)
    Q_PROPERTY(Lianes::CooperationProjectListModel *projects READ projects CONSTANT)
    Q_PROPERTY(Lianes::CountryModel *countries READ countries CONSTANT)
    Q_PROPERTY(Lianes::SearchResultsModel *search READ search CONSTANT)
    Q_PROPERTY(Lianes::ActorDetails *actorDetails READ actorDetails CONSTANT)
    Q_PROPERTY(Lianes::ProjectDetails *projectDetails READ projectDetails CONSTANT)
    Q_PROPERTY(Lianes::TownLabelModel *towns READ towns CONSTANT)
    /** Actors passing the filters (located or not), and how many of them are on the map. */
    Q_PROPERTY(int filteredCount READ filteredCount NOTIFY filteredChanged)
    Q_PROPERTY(int locatedCount READ locatedCount NOTIFY filteredChanged)
    /** What distances are measured from, when it is not the centre of the map ("Autour de Lille"). */
    Q_PROPERTY(QString referenceLabel READ referenceLabel NOTIFY referenceChanged)
    /** "12 acteurs sans adresse connue ne sont pas sur la carte.", or empty. */
    Q_PROPERTY(QString unlocatedLabel READ unlocatedLabel NOTIFY filteredChanged)
    /** The marker colours' meaning: [{family, label}], in ActorFamily order. */
    Q_PROPERTY(QVariantList legend READ legend NOTIFY filteredChanged)

public:
    /** What the service reads from the database when it is made: the catalog of actors and
     *  projects, the towns to label. read() runs on any thread; at start, AppContext reads it on
     *  its storage worker while the QML types load, and hands it over here. */
    struct Data {
        MapCatalog catalog;
        TownLabelModel::Rows towns;
    };
    [[nodiscard]] static Data read(const Database &db);

    /** Reads its data from @p db (none when null). */
    explicit MapService(Database *db, QObject *parent = nullptr);
    /** With @p data read ahead from @p db. */
    MapService(Database *db, Data data, QObject *parent = nullptr);
    ~MapService() override;

    [[nodiscard]] FilterModel *filters() const { return m_filters; }
    [[nodiscard]] ClusterModel *clusters() const { return m_clusters; }
    [[nodiscard]] ActorListModel *actors() const { return m_actors; }
    [[nodiscard]] CooperationProjectListModel *projects() const { return m_projects; }
    [[nodiscard]] CountryModel *countries() const { return m_countries; }
    [[nodiscard]] SearchResultsModel *search() const { return m_search; }
    [[nodiscard]] ActorDetails *actorDetails() const { return m_actorDetails; }
    [[nodiscard]] ProjectDetails *projectDetails() const { return m_projectDetails; }
    [[nodiscard]] TownLabelModel *towns() const { return m_towns; }
    [[nodiscard]] int filteredCount() const { return int(m_filtered.size()); }
    [[nodiscard]] int locatedCount() const;
    [[nodiscard]] QString referenceLabel() const { return m_referenceLabel; }
    [[nodiscard]] QVariantList legend() const;
    [[nodiscard]] QString unlocatedLabel() const;
    [[nodiscard]] const MapCatalog &catalog() const { return m_catalog; }

    /** Reads actors and projects again (after an import or an edit). */
    void reload();
    /** Replaces the actors on the map (benchmarks: synthetic sets; never the demo data). */
    void replaceActors(QList<ActorRecord> actors);
    void setNow(const QDateTime &now);
    /** Labels in the new UI language. */
    void retranslate();

    /** The map shows this box at this zoom: the clusters follow at once, the list shortly after. */
    Q_INVOKABLE void setViewport(double west, double south, double east, double north, double zoom);
    /** Acts on a search result: a commune centres the map and sorts the list by distance from it;
     *  an actor or project opens its sheet. */
    Q_INVOKABLE void chooseSearchResult(int row);
    /** Distances from the visitor's position ("Autour de vous"). */
    Q_INVOKABLE void setUserPosition(double latitude, double longitude);
    /** Distances from the centre of the map again. */
    Q_INVOKABLE void clearReference();
    /** The list shows this cluster's actors (a cluster whose actors share one place). */
    Q_INVOKABLE void listCluster(qint64 key);
    Q_INVOKABLE void showActor(qint64 actorId);
    /** Opens the sheet of the actor called exactly @p name; false when there is none. */
    Q_INVOKABLE bool showActorNamed(const QString &name);
    Q_INVOKABLE void showProject(qint64 projectId);
    Q_INVOKABLE void closeDetails();
    /** Everything back to the start: filters, search, sheets, list (the kiosk's idle reset). */
    Q_INVOKABLE void reset();


Q_SIGNALS:
    void filteredChanged();
    void referenceChanged();
    /** The page should move the map here (a commune or an actor was chosen). */
    void focusRequested(const QGeoCoordinate &center, double zoom);

private:
    void useCatalog();
    void applyFilter();
    void updateList();
    void setReference(const QGeoCoordinate &point, const QString &label);

    Database *m_db = nullptr;
    MapCatalog m_catalog;
    FilterModel *m_filters;
    ClusterModel *m_clusters;
    ActorListModel *m_actors;
    CooperationProjectListModel *m_projects;
    CountryModel *m_countries;
    SearchResultsModel *m_search;
    ActorDetails *m_actorDetails;
    ProjectDetails *m_projectDetails;
    TownLabelModel *m_towns;
    QList<int> m_filtered;
    QTimer m_listTimer;
    double m_west = 0, m_south = 0, m_east = 0, m_north = 0, m_zoom = -1;
    QGeoCoordinate m_reference;
    QString m_referenceLabel;
};

} // namespace Lianes
