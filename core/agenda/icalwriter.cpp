// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalwriter.h"

#include "base/paristime.h"

#include <libical/ical.h>

#include <memory>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

struct ComponentFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype utcTime(const QDateTime &dt)
{
    const QDateTime u = dt.toUTC();
    icaltimetype t = icaltime_null_time();
    t.year = u.date().year();
    t.month = u.date().month();
    t.day = u.date().day();
    t.hour = u.time().hour();
    t.minute = u.time().minute();
    t.second = u.time().second();
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

// Paris wall-clock time, floating: the TZID parameter names the zone (libical would otherwise write its own
// prefixed TZID).
icaltimetype parisTime(const QDateTime &dt)
{
    const QDateTime p = ParisTime::toParis(dt);
    icaltimetype t = icaltime_null_time();
    t.year = p.date().year();
    t.month = p.date().month();
    t.day = p.date().day();
    t.hour = p.time().hour();
    t.minute = p.time().minute();
    t.second = p.time().second();
    return t;
}

icalproperty *withTzid(icalproperty *p)
{
    icalproperty_add_parameter(p, icalparameter_new_tzid(ICalWriter::TimeZoneId));
    return p;
}

void addText(icalcomponent *c, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty()) {
        icalcomponent_add_property(c, make(text.toUtf8().constData()));
    }
}

void addX(icalcomponent *c, const char *name, const QString &value)
{
    if (value.isEmpty()) {
        return;
    }
    // VALUE=TEXT: escaped like SUMMARY (a raw X- value would leave commas and semicolons bare).
    icalproperty *p = icalproperty_new(ICAL_X_PROPERTY);
    icalproperty_set_x_name(p, name);
    icalproperty_set_value(p, icalvalue_new_text(value.toUtf8().constData()));
    icalcomponent_add_property(c, p);
}

void removeProperties(icalcomponent *c, icalproperty_kind kind)
{
    while (icalproperty *p = icalcomponent_get_first_property(c, kind)) {
        icalcomponent_remove_property(c, p);
        icalproperty_free(p);
    }
}

// The zone's rules from the system's tz database, cut to the events' years. The "Microsoft compatible" cut
// gives the usual pair of yearly rules (DAYLIGHT last Sunday of March, STANDARD last Sunday of October)
// that every calendar reads.
icalcomponent *parisTimezone(const QDateTime &from, const QDateTime &to)
{
    icaltimezone *zone = icaltimezone_get_builtin_timezone(ICalWriter::TimeZoneId);
    icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
    const QDateTime until(QDate(to.toUTC().date().year() + 1, 1, 1), QTime(0, 0), QTimeZone::UTC);
    icaltimezone_truncate_vtimezone(vtz, utcTime(from), utcTime(until), 1);
    icalproperty_set_tzid(icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY), ICalWriter::TimeZoneId);
    removeProperties(vtz, ICAL_X_PROPERTY); // X-LIC-LOCATION: libical's own
    removeProperties(vtz, ICAL_TZUNTIL_PROPERTY); // RFC 7808, unknown to older readers; the rules end anyway
    return vtz;
}

icalcomponent *vevent(const AgendaEvent &e, const QDateTime &stamp, bool forQr)
{
    icalcomponent *v = icalcomponent_new_vevent();
    icalcomponent_add_property(v, icalproperty_new_uid(e.uid.toUtf8().constData()));
    icalcomponent_add_property(v, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(v, withTzid(icalproperty_new_dtstart(parisTime(e.start))));
    icalcomponent_add_property(v, withTzid(icalproperty_new_dtend(parisTime(e.end()))));
    addText(v, icalproperty_new_summary, e.title);
    QString description = e.description;
    if (forQr && description.size() > ICalWriter::QrDescriptionLength) {
        description = description.left(ICalWriter::QrDescriptionLength - 1).trimmed() + u'…';
    }
    addText(v, icalproperty_new_description, description);
    addText(v, icalproperty_new_location, e.online && e.place.isEmpty() ? u"En ligne"_s : e.locationText());
    if (!e.url.isEmpty()) {
        icalcomponent_add_property(v, icalproperty_new_url(e.url.toUtf8().constData()));
    }
    if (forQr) {
        return v;
    }
    if (e.lat && e.lon) {
        icalgeotype geo;
        geo.lat = *e.lat;
        geo.lon = *e.lon;
        icalcomponent_add_property(v, icalproperty_new_geo(geo));
    }
    // CATEGORIES is a list: libical does not escape commas in it, so a label keeps none.
    addText(v, icalproperty_new_categories, EventKind::label(e.kind).replace(u", "_s, u" / "_s));
    if (!e.organiser.isEmpty()) {
        addX(v, "X-LIANES-ORGANISER", e.organiser);
    }
    addX(v, "X-LIANES-KIND", e.kind);
    addX(v, "X-LIANES-AUDIENCE", e.audience);
    addX(v, "X-LIANES-ONLINE", e.online ? u"1"_s : u"0"_s);
    addX(v, "X-LIANES-FESTISOL", e.festisol ? u"1"_s : u"0"_s);
    if (e.capacity) {
        addX(v, "X-LIANES-CAPACITY", QString::number(*e.capacity));
    }
    if (e.commune) {
        addX(v, "X-LIANES-COMMUNE", *e.commune);
    }
    if (e.registrationOpens.isValid()) {
        addX(v, "X-LIANES-REGISTRATION-OPENS", ParisTime::toUtcIso(e.registrationOpens));
    }
    if (e.registrationCloses.isValid()) {
        addX(v, "X-LIANES-REGISTRATION-CLOSES", ParisTime::toUtcIso(e.registrationCloses));
    }
    return v;
}

QByteArray write(const QList<AgendaEvent> &events, const QDateTime &stamp, bool forQr)
{
    Component cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid(ICalWriter::ProductId));
    if (!forQr) {
        icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
        icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    }
    if (!events.isEmpty()) {
        QDateTime from = events.first().start;
        QDateTime to = events.first().end();
        for (const auto &e : events) {
            from = std::min(from, e.start);
            to = std::max(to, e.end());
        }
        icalcomponent_add_component(cal.get(), parisTimezone(from, to));
    }
    for (const auto &e : events) {
        icalcomponent_add_component(cal.get(), vevent(e, stamp, forQr));
    }
    char *text = icalcomponent_as_ical_string_r(cal.get());
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace

QByteArray ICalWriter::calendar(const QList<AgendaEvent> &events, const QDateTime &stamp)
{
    return write(events, stamp, false);
}

QByteArray ICalWriter::qrCalendar(const AgendaEvent &event, const QDateTime &stamp)
{
    return write({event}, stamp, true);
}
