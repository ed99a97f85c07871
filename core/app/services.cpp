// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that makes the app's services and wires them to the app: its clock, its
// language, its visitor session and its data. Each is made on first ask (QML asks when a page
// first uses it), parented to the AppContext, which owns them all.
#include "appcontext.h"

#include "agenda/agendamodel.h"
#include "agenda/agendaservice.h"
#include "agenda/eventlistmodel.h"
#include "agenda/registrationform.h"
#include "base/clock.h"
#include "dataio/dataservice.h"
#include "map/actormarkermodel.h"
#include "map/mapservice.h"
#include "mobility/mobilityservice.h"
#include "observatory/observatoryservice.h"
#include "staff/staffarea.h"

using namespace Lianes;

namespace {

/** A service that keeps a "now" for its models reads the clock again whenever it changes. */
template<typename Service>
void followClock(Service *service, const Clock *clock)
{
    service->setNow(clock->now());
    QObject::connect(clock, &Clock::changed, service, [service, clock] { service->setNow(clock->now()); });
}

} // namespace

MapService *AppContext::mapService()
{
    if (!m_map) {
        if (std::optional<MapService::Data> data = takeMapData()) {
            m_map = new MapService(database(), std::move(*data), this);
        } else {
            m_map = new MapService(database(), this);
        }
        followClock(m_map, m_clock);
        connect(this, &AppContext::languageChanged, m_map, &MapService::retranslate);
        // The kiosk forgets what a visitor searched, filtered, opened or centred on.
        connect(this, &AppContext::visitorSessionReset, m_map, &MapService::reset);
    }
    return m_map;
}

AgendaService *AppContext::agenda()
{
    if (!m_agenda) {
        m_agenda = new AgendaService(database(), m_clock, this);
        m_agenda->setStaffGate([this] { return m_staff && m_staff->isOpen(); });
        connect(m_clock, &Clock::changed, m_agenda, &AgendaService::refresh);
        // The kiosk forgets what a visitor typed or chose: the form, the filters, the search.
        connect(this, &AppContext::visitorSessionReset, m_agenda, [service = m_agenda] {
            service->form()->clear();
            service->events()->clearFilters();
        });
        connect(this, &AppContext::languageChanged, m_agenda, [service = m_agenda] {
            service->refresh();
            Q_EMIT service->labelsChanged();
        });
    }
    return m_agenda;
}

MobilityService *AppContext::mobility()
{
    if (!m_mobility) {
        m_mobility = new MobilityService(database(), !isKiosk(), m_clock, this);
        // The kiosk forgets the visitor's answers, shortlist and project on idle reset.
        connect(this, &AppContext::visitorSessionReset, m_mobility, &MobilityService::resetVisitor);
    }
    return m_mobility;
}

ObservatoryService *AppContext::observatory()
{
    if (!m_observatory) {
        m_observatory = new ObservatoryService(this);
        followClock(m_observatory, m_clock);
        m_observatory->setDatabase(database());
        connect(this, &AppContext::dataChanged, m_observatory, &ObservatoryService::refresh);
        connect(this, &AppContext::languageChanged, m_observatory, &ObservatoryService::refresh);
    }
    return m_observatory;
}

DataService *AppContext::dataIo()
{
    if (!m_dataIo) {
        m_dataIo = new DataService(database(), m_clock, this);
        m_dataIo->setStaffGate([this] { return m_staff && m_staff->isOpen(); });
        connect(m_dataIo, &DataService::dataWritten, this, [this] {
            m_markers->refresh();
            m_upcoming->refresh();
            Q_EMIT dataChanged();
        });
    }
    return m_dataIo;
}
