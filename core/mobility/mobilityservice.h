// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooplabstepmodel.h"
#include "findercontroller.h"
#include "helperactormodel.h"
#include "programmecatalogue.h"
#include "programmelistmodel.h"
#include "projectlistmodel.h"
#include "projectstore.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace Lianes {

class Clock;
class Database;

/** The youth mobility toolkit for QML: the catalogue, the finder, the Coop Lab projects and
 *  "Qui peut m'aider ?". On a kiosk the projects live in memory only and nothing is written. */
class MobilityService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided as the Mobility singleton")
    Q_PROPERTY(Lianes::ProgrammeListModel *catalogue READ catalogue CONSTANT)
    Q_PROPERTY(Lianes::FinderController *finder READ finder CONSTANT)
    Q_PROPERTY(Lianes::ProjectListModel *projects READ projects CONSTANT)
    Q_PROPERTY(Lianes::CoopLabStepModel *steps READ steps CONSTANT)
    Q_PROPERTY(Lianes::HelperActorModel *helpers READ helpers CONSTANT)
    Q_PROPERTY(qint64 currentProject READ currentProject NOTIFY currentProjectChanged)
    Q_PROPERTY(QString currentProjectTitle READ currentProjectTitle NOTIFY currentProjectChanged)
    /** False on a kiosk: projects are kept in memory and forgotten. */
    Q_PROPERTY(bool savesProjects READ savesProjects CONSTANT)
    Q_PROPERTY(QString catalogueLabel READ catalogueLabel NOTIFY catalogueChanged)
    Q_PROPERTY(QVariantList mobilityEvents READ mobilityEvents NOTIFY eventsChanged)
    Q_PROPERTY(QString helpersOrigin READ helpersOrigin NOTIFY helpersChanged)

public:
    /** @p db may be null (no storage); @p persistProjects false keeps projects in memory (kiosk). */
    /** @p clock dates the Coop Lab steps and picks the upcoming events (read again when it changes). */
    MobilityService(Database *db, bool persistProjects, const Clock *clock, QObject *parent = nullptr);
    ~MobilityService() override;

    [[nodiscard]] ProgrammeListModel *catalogue() const { return m_catalogueModel; }
    [[nodiscard]] FinderController *finder() const { return m_finder; }
    [[nodiscard]] ProjectListModel *projects() const { return m_projectModel; }
    [[nodiscard]] CoopLabStepModel *steps() const { return m_stepModel; }
    [[nodiscard]] HelperActorModel *helpers() const { return m_helperModel; }
    [[nodiscard]] qint64 currentProject() const { return m_currentProject; }
    [[nodiscard]] QString currentProjectTitle() const;
    [[nodiscard]] bool savesProjects() const { return m_store.persistent(); }
    [[nodiscard]] QString catalogueLabel() const;
    [[nodiscard]] QVariantList mobilityEvents() const { return m_events; }
    [[nodiscard]] QString helpersOrigin() const { return m_helpersOrigin; }
    [[nodiscard]] const ProgrammeCatalogue &programmeCatalogue() const { return m_catalogue; }
    [[nodiscard]] ProjectStore &store() { return m_store; }

    /** Staff: replaces the catalogue by the file at @p file. Returns "" on success, else the errors. */
    Q_INVOKABLE QString importCatalogue(const QUrl &file);
    /** Staff: goes back to the catalogue shipped with the app. */
    Q_INVOKABLE void resetCatalogue();
    /** Creates a project (empty title: "Mon projet N") and makes it current. */
    Q_INVOKABLE qint64 createProject(const QString &title = {});
    Q_INVOKABLE void selectProject(qint64 id);
    Q_INVOKABLE void renameProject(const QString &title);
    Q_INVOKABLE void removeProject(qint64 id);
    Q_INVOKABLE void setItemDone(const QString &item, bool done);
    /** Writes the current project's one-page PDF summary; returns its path ("" on failure or kiosk). */
    Q_INVOKABLE QString exportSummary(const QString &directory = {});
    /** Sorts "Qui peut m'aider ?" by distance from a commune; returns "" or why it could not. */
    Q_INVOKABLE QString setHelpersCommune(const QString &name);
    /** Kiosk idle reset: forgets the visitor's answers, shortlist and in-memory projects. */
    Q_INVOKABLE void resetVisitor();

Q_SIGNALS:
    void currentProjectChanged();
    void catalogueChanged();
    void eventsChanged();
    void helpersChanged();

private:
    void reloadCatalogue();
    void reloadProjects();
    void loadEvents();
    [[nodiscard]] QStringList helperKeys() const;

    Database *m_db;
    const Clock *m_clock;
    ProgrammeCatalogue m_catalogue;
    ProjectStore m_store;
    qint64 m_currentProject = 0;
    QVariantList m_events;
    QString m_helpersOrigin;
    ProgrammeListModel *m_catalogueModel;
    FinderController *m_finder;
    ProjectListModel *m_projectModel;
    CoopLabStepModel *m_stepModel;
    HelperActorModel *m_helperModel;
};

} // namespace Lianes
