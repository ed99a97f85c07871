// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetails.h"

#include "agendaevent.h"
#include "agendaformat.h"
#include "base/vocabulary.h"
#include "registration/registrar.h"
#include "registration/registrationformat.h"
#include "storage/database.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

EventDetails::EventDetails(QObject *parent)
    : QObject(parent)
{
}

QString EventDetails::kindLabel() const
{
    return EventKind::label(m_kind);
}

void EventDetails::load(qint64 id, const QDateTime &now)
{
    const auto e = m_db && id ? EventStore::byId(*m_db, id) : std::nullopt;
    m_id = e ? e->id : 0;
    const AgendaEvent event = e.value_or(AgendaEvent());
    m_title = event.title;
    m_description = event.description;
    m_kind = event.kind;
    m_day = e ? AgendaFormat::day(event.start, now) : QString();
    m_time = e ? AgendaFormat::timeRange(event.start, event.durationMin) : QString();
    m_online = event.online;
    m_url = event.url;
    m_place = event.online && event.place.isEmpty() ? tr("En ligne") : event.locationText();
    m_commune = event.communeName.isEmpty()
        ? QString()
        : tr("%1 (%2 %3)").arg(event.communeName, event.departement, Vocabulary::departementName(event.departement));
    m_coordinate = event.lat ? QGeoCoordinate(*event.lat, *event.lon) : QGeoCoordinate();
    m_organiser = event.organiser;
    m_audience = event.audience;
    m_festisol = event.festisol;
    m_demo = event.demo;
    const RegistrationCounts counts = e ? Registrar(*m_db).counts(m_id) : RegistrationCounts();
    m_places = e ? RegistrationFormat::places(counts) : QString();
    m_full = counts.remaining() == 0;
    m_staffCounts = RegistrationFormat::staffCounts(counts);
    m_closedReason = e ? Registrar(*m_db).closedReason(m_id, now) : QString();
    Q_EMIT changed();
}
