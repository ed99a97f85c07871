// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include "agenda/agendaservice.h"
#include "dataio/dataservice.h"
#include "map/mapservice.h"
#include "mobility/mobilityservice.h"
#include "observatory/observatoryservice.h"
#include "staff/staffarea.h"

#include <QQmlEngine>

// The services handed to QML as singletons, all in one place and by one rule: the AppContext
// made by main() (or a test) owns every service (app/services.cpp makes and wires them); QML
// gets each one for the context's lifetime, never owns it.

namespace Lianes::QmlSingletons {

/** The AppContext the singletons come from. */
inline AppContext *app()
{
    AppContext *context = AppContext::instance();
    Q_ASSERT_X(context, "QmlSingletons", "an AppContext must be set (AppContext::setInstance) before QML loads");
    return context;
}

/** Hands @p service to QML, kept by C++: QML must never delete it. */
template<typename Service>
Service *handOver(Service *service)
{
    QJSEngine::setObjectOwnership(service, QJSEngine::CppOwnership);
    return service;
}

} // namespace Lianes::QmlSingletons

namespace Lianes {

/** `App`: mode, language, clock, the visitor session. */
struct AppForeign {
    Q_GADGET
    QML_FOREIGN(Lianes::AppContext)
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
public:
    static AppContext *create(QQmlEngine *, QJSEngine *) { return QmlSingletons::handOver(QmlSingletons::app()); }
};

/** `MapService`: the map's layers, filters, search and sheets. */
struct MapServiceForeign {
    Q_GADGET
    QML_FOREIGN(Lianes::MapService)
    QML_NAMED_ELEMENT(MapService)
    QML_SINGLETON
public:
    static MapService *create(QQmlEngine *, QJSEngine *) { return QmlSingletons::handOver(QmlSingletons::app()->mapService()); }
};

/** `Agenda`: events, registration, check-in. */
struct AgendaForeign {
    Q_GADGET
    QML_FOREIGN(Lianes::AgendaService)
    QML_NAMED_ELEMENT(Agenda)
    QML_SINGLETON
public:
    static AgendaService *create(QQmlEngine *, QJSEngine *) { return QmlSingletons::handOver(QmlSingletons::app()->agenda()); }
};

/** `Mobility`: the youth mobility toolkit. */
struct MobilityForeign {
    Q_GADGET
    QML_FOREIGN(Lianes::MobilityService)
    QML_NAMED_ELEMENT(Mobility)
    QML_SINGLETON
public:
    static MobilityService *create(QQmlEngine *, QJSEngine *) { return QmlSingletons::handOver(QmlSingletons::app()->mobility()); }
};

/** `Observatory`: the network's figures. */
struct ObservatoryForeign {
    Q_GADGET
    QML_FOREIGN(Lianes::ObservatoryService)
    QML_NAMED_ELEMENT(Observatory)
    QML_SINGLETON
public:
    static ObservatoryService *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::handOver(QmlSingletons::app()->observatory());
    }
};

/** `DataIo`: imports, exports, backups. */
struct DataServiceForeign {
    Q_GADGET
    QML_FOREIGN(Lianes::DataService)
    QML_NAMED_ELEMENT(DataIo)
    QML_SINGLETON
public:
    static DataService *create(QQmlEngine *, QJSEngine *) { return QmlSingletons::handOver(QmlSingletons::app()->dataIo()); }
};

/** `Staff`: the PIN-locked staff area. */
struct StaffForeign {
    Q_GADGET
    QML_FOREIGN(Lianes::StaffArea)
    QML_NAMED_ELEMENT(Staff)
    QML_SINGLETON
public:
    static StaffArea *create(QQmlEngine *, QJSEngine *) { return QmlSingletons::handOver(QmlSingletons::app()->staff()); }
};

} // namespace Lianes
