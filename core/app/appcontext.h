// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"
#include "map/mapservice.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <future>
#include <memory>
#include <optional>
#include <utility>

Q_MOC_INCLUDE("map/actormarkermodel.h")
Q_MOC_INCLUDE("agenda/eventlistmodel.h")
Q_MOC_INCLUDE("idlemonitor.h")

class QTranslator;

namespace Lianes {

class AgendaService;
class Clock;
class DataService;
class Database;
class MobilityService;
class ObservatoryService;
class EventListModel;
class ActorMarkerModel;
class IdleMonitor;
class StaffArea;

/** The app's state shared by every page: mode, language, clock, the database and its models.
 *  Created by main() (or a test) and handed to QML as the `App` singleton. */
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(bool kiosk READ isKiosk NOTIFY modeChanged)
    Q_PROPERTY(bool staff READ isStaff NOTIFY modeChanged)
    Q_PROPERTY(bool mobile READ isMobile NOTIFY modeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString storageMessage READ storageMessage CONSTANT)
    Q_PROPERTY(bool storageReady READ storageReady CONSTANT)
    Q_PROPERTY(QDateTime currentDateTime READ currentDateTime NOTIFY currentDateTimeChanged)
    Q_PROPERTY(QString attribution READ attribution CONSTANT)
    Q_PROPERTY(QString tileUrl READ tileUrl CONSTANT)
    Q_PROPERTY(QString tileDir READ tileDir CONSTANT)
    Q_PROPERTY(int actorCount READ actorCount NOTIFY dataChanged)
    Q_PROPERTY(int projectCount READ projectCount NOTIFY dataChanged)
    /** Départements where at least one actor is located. */
    Q_PROPERTY(int departementCount READ departementCount NOTIFY dataChanged)
    /** "Title — day, time" of the next event, or empty. */
    Q_PROPERTY(QString nextEventLabel READ nextEventLabel NOTIFY dataChanged)
    Q_PROPERTY(Lianes::EventListModel *upcomingEvents READ upcomingEvents CONSTANT)
    Q_PROPERTY(Lianes::ActorMarkerModel *actorMarkers READ actorMarkers CONSTANT)
    Q_PROPERTY(Lianes::IdleMonitor *idle READ idle CONSTANT)
    /** The app's top-level pages, in navigation order: the one list of them. The public sections
     *  (carte, agenda, mobilite), then the staff area (staffPage). The shell makes a page (QML type
     *  Lianes.Ui/<Id>Page: MapPage, ...) and a navigation button for each page it offers. */
    Q_PROPERTY(QStringList topPages READ topPages CONSTANT)
    /** The staff area's page, last of topPages: offered in staff mode and on an unlocked kiosk. */
    Q_PROPERTY(QString staffPage READ staffPage CONSTANT)
    /** Public sections this device shows (kiosk settings can hide some): topPages but staffPage. */
    Q_PROPERTY(QStringList sections READ sections WRITE setSections NOTIFY sectionsChanged)

public:
    explicit AppContext(const Config &config, QObject *parent = nullptr);
    ~AppContext() override;

    /** Opens the database under the configured data folder and loads the demo data on first start.
     *  Returns false (with storageMessage()) when the app cannot run on this database. */
    bool openStorage();
    /** openStorage() in two halves, for the app's start: the first opens, checks and migrates the
     *  database (and loads the demo data on a first start), and reads the map's data (tablets and
     *  phones, whose first screen is the map; a kiosk makes its map after its first frame), on a
     *  worker thread while the caller goes on (the QML types load meanwhile); the second waits for
     *  it, then sets the app up on this thread. Nothing uses the database in between. */
    void beginOpenStorage();
    bool finishOpenStorage();
    /** The map's data read by beginOpenStorage()'s worker, for the MapService made during the
     *  first QML load; nothing once taken, or once the event loop has run (it may be stale). */
    [[nodiscard]] std::optional<MapService::Data> takeMapData() { return std::exchange(m_mapData, std::nullopt); }

    [[nodiscard]] QString mode() const { return Config::modeName(m_config.mode); }
    [[nodiscard]] bool isKiosk() const { return m_config.mode == Config::Mode::Kiosk; }
    [[nodiscard]] bool isStaff() const { return m_config.mode == Config::Mode::Staff; }
    [[nodiscard]] bool isMobile() const { return m_config.mode == Config::Mode::Mobile; }
    [[nodiscard]] QString language() const { return m_config.language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString storageMessage() const { return m_storageMessage; }
    [[nodiscard]] bool storageReady() const { return m_db != nullptr; }
    [[nodiscard]] QString attribution() const;
    [[nodiscard]] QString tileUrl() const { return m_config.tileUrl; }
    [[nodiscard]] QString tileDir() const { return m_config.tileDir; }
    [[nodiscard]] QString databasePath() const;

    /** The clock everything uses; tests and screenshots pin it. */
    [[nodiscard]] Clock *clock() const { return m_clock; }
    [[nodiscard]] QDateTime currentDateTime() const;
    void setCurrentDateTime(const QDateTime &now);

    [[nodiscard]] int actorCount() const;
    [[nodiscard]] int projectCount() const;
    [[nodiscard]] int departementCount() const;
    [[nodiscard]] QString nextEventLabel() const;
    [[nodiscard]] Database *database() const { return m_db.get(); }
    [[nodiscard]] EventListModel *upcomingEvents() const { return m_upcoming; }
    [[nodiscard]] ActorMarkerModel *actorMarkers() const { return m_markers; }
    [[nodiscard]] IdleMonitor *idle() const { return m_idle; }
    [[nodiscard]] StaffArea *staff() const { return m_staff; }
    /** The services handed to QML (app/qmlsingletons.h): made on first ask (app/services.cpp, the
     *  one place that wires them to the app), owned by this context. */
    [[nodiscard]] MapService *mapService();
    [[nodiscard]] AgendaService *agenda();
    [[nodiscard]] MobilityService *mobility();
    [[nodiscard]] ObservatoryService *observatory();
    [[nodiscard]] DataService *dataIo();
    [[nodiscard]] QStringList topPages() const;
    [[nodiscard]] QString staffPage() const;
    [[nodiscard]] QStringList sections() const;
    void setSections(const QStringList &sections);

    /** Wipes everything a visitor typed or chose (kiosk idle reset, "Terminer"): every page and
     *  model listening to visitorSessionReset() clears itself; the clipboard is emptied. */
    Q_INVOKABLE void resetVisitorSession();
    /** Runs FTS5's own check of the search index on a worker thread (openStorage() asks for it
     *  five seconds after start, off the startup path) and rebuilds a damaged index. */
    void checkSearchIndex();
    /** Where exports go (the user's documents folder). */
    Q_INVOKABLE QString exportFolder() const;
    /** Runs the retention purge of registrations' personal fields (at start, then daily). */
    int runRetentionPurge();

    /** The engine to retranslate when the language changes. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    /** The instance handed to QML (set by whoever created it). */
    static AppContext *instance() { return s_instance; }
    static void setInstance(AppContext *app) { s_instance = app; }

Q_SIGNALS:
    void modeChanged();
    void languageChanged();
    void currentDateTimeChanged();
    void dataChanged();
    void sectionsChanged();
    /** A visitor's session ends: forget everything they entered. */
    void visitorSessionReset();
    /** checkSearchIndex() is done; @p rebuilt: the index was damaged and has been made again. */
    void searchIndexChecked(bool rebuilt);

private:
    void installTranslator();

    /** What the worker of beginOpenStorage() hands back. */
    struct Opened {
        std::unique_ptr<Database> db;
        QString message;
        std::optional<MapService::Data> map; ///< read ahead for the start only
    };
    /** Opens @p path (any thread): the database, the demo data on a first start, the map's data. */
    static Opened open(const QString &path, const QDateTime &now, bool readMap);
    /** Sets the app up on what open() gave; false when there is no database. */
    bool adopt(Opened opened);

    Config m_config;
    Clock *m_clock;
    std::future<Opened> m_opening;
    std::unique_ptr<Database> m_db;
    std::optional<MapService::Data> m_mapData;
    QString m_storageMessage;
    QQmlEngine *m_engine = nullptr;
    QTranslator *m_translator = nullptr;
    EventListModel *m_upcoming = nullptr;
    ActorMarkerModel *m_markers = nullptr;
    IdleMonitor *m_idle = nullptr;
    StaffArea *m_staff = nullptr;
    MapService *m_map = nullptr;
    AgendaService *m_agenda = nullptr;
    MobilityService *m_mobility = nullptr;
    ObservatoryService *m_observatory = nullptr;
    DataService *m_dataIo = nullptr;
    QTimer *m_dailyPurge = nullptr;
    QThread *m_searchCheck = nullptr;
    static inline AppContext *s_instance = nullptr;
};

} // namespace Lianes
