// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalreader.h"

#include "base/paristime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ICalReader)
};

struct ComponentFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

/** Where each top-level VEVENT sits in the file (physical lines, 1-based), to report problems by line. */
struct LineMap {
    struct Range {
        int begin = 0;
        int end = 0;
    };
    QList<Range> events;
    QList<QByteArray> lines;

    explicit LineMap(const QByteArray &data)
    {
        lines = data.split('\n');
        int depth = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray l = lines.at(i).trimmed().toUpper();
            if (l == "BEGIN:VEVENT") {
                if (depth++ == 0) {
                    events.append({i + 1, int(lines.size())});
                }
            } else if (l == "END:VEVENT" && depth > 0 && --depth == 0) {
                events.last().end = i + 1;
            }
        }
    }
    /** The first line that is @p text, or 0. */
    [[nodiscard]] int lineOfText(const QByteArray &text) const
    {
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().toUpper() == text) {
                return i + 1;
            }
        }
        return 0;
    }
    /** The line of property @p name inside event @p index, or the event's first line. */
    [[nodiscard]] int lineOf(int index, const QByteArray &name) const
    {
        if (index < 0 || index >= events.size()) {
            return 0;
        }
        const Range r = events.at(index);
        for (int i = r.begin; i < r.end && i <= lines.size(); ++i) {
            const QByteArray l = lines.at(i - 1).toUpper();
            if (l.startsWith(name) && l.size() > name.size() && (l[name.size()] == ':' || l[name.size()] == ';')) {
                return i;
            }
        }
        return r.begin;
    }
};

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

/** A DATE or DATE-TIME value of @p p as an instant: UTC as written, TZID from the file's VTIMEZONE or the
 *  system's zone database, floating and all-day times in Paris time. */
std::optional<QDateTime> instant(icalcomponent *calendar, icalproperty *p, icaltimetype t, QString *error)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t)) {
        *error = Tr::tr("date ou heure illisible");
        return std::nullopt;
    }
    if (t.year < ICalReader::MinYear || t.year > ICalReader::MaxYear) {
        *error = Tr::tr("date hors des années %1 à %2").arg(ICalReader::MinYear).arg(ICalReader::MaxYear);
        return std::nullopt;
    }
    const QDate date(t.year, t.month, t.day);
    if (t.is_date) {
        return QDateTime(date, QTime(0, 0), ParisTime::zone());
    }
    const QTime time(t.hour, t.minute, t.second);
    if (icaltime_is_utc(t)) {
        return QDateTime(date, time, QTimeZone::UTC);
    }
    icalparameter *tzParam = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
    if (!tzParam) {
        return QDateTime(date, time, ParisTime::zone()); // floating: the network's time
    }
    const char *tzid = icalparameter_get_tzid(tzParam);
    if (icaltimezone *zone = calendar ? icalcomponent_get_timezone(calendar, tzid) : nullptr) {
        icaltimetype local = t;
        local.zone = nullptr;
        icaltimezone_convert_time(&local, zone, icaltimezone_get_utc_timezone());
        return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second),
                         QTimeZone::UTC);
    }
    const QTimeZone zone{QByteArray(tzid)};
    if (zone.isValid()) {
        return QDateTime(date, time, zone).toUTC();
    }
    *error = Tr::tr("fuseau horaire inconnu « %1 » (ni dans le fichier ni dans la base des fuseaux)").arg(fromUtf8(tzid));
    return std::nullopt;
}

QString xValue(icalcomponent *v, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(v, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(v, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), name) == 0) {
            const icalvalue *value = icalproperty_get_value(p);
            // VALUE=TEXT (as written by ICalWriter) comes unescaped; a bare X- value comes as written.
            return fromUtf8(value && icalvalue_isa(value) == ICAL_TEXT_VALUE ? icalvalue_get_text(value)
                                                                              : icalproperty_get_x(p));
        }
    }
    return {};
}

/** Reads one VEVENT into an event; the times are filled by the caller (one row per occurrence). */
class EventReader
{
public:
    EventReader(const Database &db, icalcomponent *calendar, const LineMap &lines, const QString &sourceName,
                AgendaImportReport &report)
        : m_db(db)
        , m_calendar(calendar)
        , m_lines(lines)
        , m_source(sourceName)
        , m_report(report)
    {
    }

    void error(int index, const QByteArray &property, const QString &message)
    {
        m_report.errors.append({m_lines.lineOf(index, property), message});
    }

    std::optional<QDateTime> time(int index, icalcomponent *v, icalproperty_kind kind, const QByteArray &name)
    {
        icalproperty *p = icalcomponent_get_first_property(v, kind);
        if (!p) {
            return std::nullopt;
        }
        QString why;
        const icaltimetype t = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(p)
            : kind == ICAL_DTEND_PROPERTY                    ? icalproperty_get_dtend(p)
                                                             : icalproperty_get_recurrenceid(p);
        auto result = instant(m_calendar, p, t, &why);
        if (!result) {
            error(index, name, Tr::tr("%1 : %2.").arg(QString::fromLatin1(name), why));
        }
        return result;
    }

    /** Fields other than times; false (with errors reported) when the event cannot be imported. */
    bool fields(int index, icalcomponent *v, AgendaEvent &e)
    {
        bool ok = true;
        for (icalproperty *p = icalcomponent_get_first_property(v, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(v, ICAL_XLICERROR_PROPERTY)) {
            // libical says "Can't parse as DATE-TIME value in DTSTART property. Removing entire property: …".
            const QString what = fromUtf8(icalproperty_get_xlicerror(p));
            static const QRegularExpression property(u"\\b([A-Z][A-Z-]+) property"_s);
            const QString name = property.match(what).captured(1);
            m_broken << name;
            error(index, name.isEmpty() ? QByteArray("BEGIN") : name.toLatin1(),
                  name.isEmpty() ? Tr::tr("ligne illisible (libical : %1).").arg(what)
                                 : Tr::tr("valeur de %1 illisible (libical : %2).").arg(name, what));
            ok = false;
        }
        e.uid = fromUtf8(icalcomponent_get_uid(v)).trimmed();
        if (e.uid.isEmpty()) {
            error(index, "BEGIN", Tr::tr("événement sans UID : impossible de le mettre à jour plus tard sans doublon."));
            ok = false;
        }
        e.title = fromUtf8(icalcomponent_get_summary(v)).trimmed();
        if (e.title.isEmpty()) {
            error(index, "BEGIN", Tr::tr("événement sans titre (SUMMARY)."));
            ok = false;
        }
        e.description = fromUtf8(icalcomponent_get_description(v)).trimmed();
        const QString location = fromUtf8(icalcomponent_get_location(v)).trimmed();
        if (icalproperty *url = icalcomponent_get_first_property(v, ICAL_URL_PROPERTY)) {
            e.url = fromUtf8(icalproperty_get_url(url)).trimmed();
        }
        QStringList categories;
        for (icalproperty *p = icalcomponent_get_first_property(v, ICAL_CATEGORIES_PROPERTY); p;
             p = icalcomponent_get_next_property(v, ICAL_CATEGORIES_PROPERTY)) {
            categories << fromUtf8(icalproperty_get_categories(p));
        }
        e.kind = xValue(v, "X-LIANES-KIND");
        if (!EventKind::codes().contains(e.kind)) {
            e.kind = EventKind::guess(categories.join(u' '));
        }
        if (e.kind.isEmpty()) {
            e.kind = EventKind::guess(e.title);
        }
        if (e.kind.isEmpty()) {
            e.kind = u"rencontre"_s;
        }
        const QString online = xValue(v, "X-LIANES-ONLINE");
        const bool saysOnline = location.isEmpty() ? !e.url.isEmpty()
                                                   : EventKind::guess(location) == "webinaire"_L1
                || location.contains(u"en ligne"_s, Qt::CaseInsensitive)
                || location.contains(u"visio"_s, Qt::CaseInsensitive);
        e.online = online.isEmpty() ? saysOnline || (location.isEmpty() && e.kind == "webinaire"_L1) : online == "1"_L1;
        e.place = (e.online && location.compare(u"en ligne"_s, Qt::CaseInsensitive) == 0) ? QString() : location;
        const QString insee = xValue(v, "X-LIANES-COMMUNE");
        e.commune = insee.isEmpty() ? AgendaImport::communeOf(m_db, location) : std::optional(insee);
        e.organiser = xValue(v, "X-LIANES-ORGANISER");
        if (icalproperty *org = icalcomponent_get_first_property(v, ICAL_ORGANIZER_PROPERTY); org && e.organiser.isEmpty()) {
            if (icalparameter *cn = icalproperty_get_first_parameter(org, ICAL_CN_PARAMETER)) {
                e.organiser = fromUtf8(icalparameter_get_cn(cn));
            }
        }
        e.audience = xValue(v, "X-LIANES-AUDIENCE");
        const QString capacity = xValue(v, "X-LIANES-CAPACITY");
        if (!capacity.isEmpty()) {
            bool isNumber = false;
            const int n = capacity.toInt(&isNumber);
            if (!isNumber || n < 0) {
                error(index, "X-LIANES-CAPACITY", Tr::tr("nombre de places invalide « %1 ».").arg(capacity));
                ok = false;
            } else {
                e.capacity = n;
            }
        }
        const QString opens = xValue(v, "X-LIANES-REGISTRATION-OPENS");
        const QString closes = xValue(v, "X-LIANES-REGISTRATION-CLOSES");
        e.registrationOpens = opens.isEmpty() ? QDateTime() : ParisTime::fromUtcIso(opens);
        e.registrationCloses = closes.isEmpty() ? QDateTime() : ParisTime::fromUtcIso(closes);
        e.festisol = xValue(v, "X-LIANES-FESTISOL") == "1"_L1 || e.kind == "festisol"_L1;
        e.source = Tr::tr("Import iCalendar : %1").arg(m_source);
        return ok;
    }

    /** Whether libical dropped property @p name as unreadable (already reported). */
    [[nodiscard]] bool broken(const QString &name) const { return m_broken.contains(name); }

private:
    QStringList m_broken;
    const Database &m_db;
    icalcomponent *m_calendar;
    const LineMap &m_lines;
    QString m_source;
    AgendaImportReport &m_report;
};

QString occurrenceKey(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

} // namespace

namespace {

/** Turns the VEVENTs of a parsed file into events, one per occurrence. */
class Expander
{
public:
    Expander(const Database &db, const LineMap &lines, const QDateTime &now, const QString &sourceName,
             AgendaImportReport &report)
        : m_db(db)
        , m_lines(lines)
        , m_from(now.addDays(-ICalReader::PastDays))
        , m_to(now.addDays(ICalReader::FutureDays))
        , m_source(sourceName)
        , m_report(report)
    {
    }

    struct Item {
        icalcomponent *event;
        icalcomponent *calendar;
        int index;
    };

    /** Duration in seconds from DTEND or DURATION; all-day events last their days. */
    std::optional<qint64> duration(EventReader &reader, const Item &item, const QDateTime &start)
    {
        if (icalcomponent_get_first_property(item.event, ICAL_DTEND_PROPERTY)) {
            const auto end = reader.time(item.index, item.event, ICAL_DTEND_PROPERTY, "DTEND");
            if (!end) {
                return std::nullopt;
            }
            return start.secsTo(*end);
        }
        if (icalproperty *d = icalcomponent_get_first_property(item.event, ICAL_DURATION_PROPERTY)) {
            // Summed in 64 bits: icaldurationtype_as_int overflows on P99999999W.
            const icaldurationtype v = icalproperty_get_duration(d);
            const qint64 seconds = ((qint64(v.weeks) * 7 + v.days) * 24 + v.hours) * 3600 + qint64(v.minutes) * 60 + v.seconds;
            return v.is_neg ? -seconds : seconds;
        }
        const icaltimetype t = icalproperty_get_dtstart(icalcomponent_get_first_property(item.event, ICAL_DTSTART_PROPERTY));
        if (t.is_date) {
            return qint64(24 * 3600);
        }
        m_report.warnings.append({m_lines.lineOf(item.index, "DTSTART"),
                                  Tr::tr("ni fin (DTEND) ni durée (DURATION) : une heure est retenue.")});
        return qint64(3600);
    }

    /** Start and duration of one VEVENT, checked; nullopt when reported as an error. */
    std::optional<std::pair<QDateTime, int>> times(EventReader &reader, const Item &item)
    {
        if (!icalcomponent_get_first_property(item.event, ICAL_DTSTART_PROPERTY)) {
            if (!reader.broken(u"DTSTART"_s)) {
                reader.error(item.index, "BEGIN", Tr::tr("événement sans date de début (DTSTART)."));
            }
            return std::nullopt;
        }
        const auto start = reader.time(item.index, item.event, ICAL_DTSTART_PROPERTY, "DTSTART");
        if (!start) {
            return std::nullopt;
        }
        const auto seconds = duration(reader, item, *start);
        if (!seconds) {
            return std::nullopt;
        }
        if (*seconds <= 0) {
            reader.error(item.index, icalcomponent_get_first_property(item.event, ICAL_DTEND_PROPERTY) ? "DTEND" : "DURATION",
                         Tr::tr("la fin de l'événement est avant son début."));
            return std::nullopt;
        }
        if (*seconds > ICalReader::MaxDurationSeconds) {
            reader.error(item.index, icalcomponent_get_first_property(item.event, ICAL_DTEND_PROPERTY) ? "DTEND" : "DURATION",
                         Tr::tr("un événement de plus d'un an n'est pas accepté."));
            return std::nullopt;
        }
        return std::pair(start->toUTC(), int(std::max<qint64>(1, *seconds / 60)));
    }

    /** Every start of a recurring VEVENT inside the window: DTSTART, RRULE, RDATE, minus EXDATE. */
    QList<QDateTime> occurrences(EventReader &reader, const Item &item, const QDateTime &first)
    {
        icalproperty *dtp = icalcomponent_get_first_property(item.event, ICAL_DTSTART_PROPERTY);
        const icaltimetype dtstart = icalproperty_get_dtstart(dtp);
        QList<QDateTime> starts{first};
        QString why;
        for (icalproperty *p = icalcomponent_get_first_property(item.event, ICAL_RRULE_PROPERTY); p;
             p = icalcomponent_get_next_property(item.event, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype rule = icalproperty_get_rrule(p);
            if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE) {
                reader.error(item.index, "RRULE", Tr::tr("un événement répété chaque seconde ou chaque minute n'est pas accepté."));
                continue;
            }
            icalrecur_iterator *it = icalrecur_iterator_new(rule, dtstart);
            if (!it) {
                reader.error(item.index, "RRULE", Tr::tr("règle de répétition (RRULE) illisible."));
                continue;
            }
            for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t); t = icalrecur_iterator_next(it)) {
                if (++m_steps > ICalReader::MaxRecurrenceSteps) {
                    reader.error(item.index, "RRULE", Tr::tr("trop de répétitions à calculer (plus de %1 pour le fichier).")
                                                          .arg(ICalReader::MaxRecurrenceSteps));
                    break;
                }
                const auto when = instant(item.calendar, dtp, t, &why);
                if (!when || *when > m_to) {
                    break;
                }
                starts << when->toUTC();
            }
            icalrecur_iterator_free(it);
        }
        for (icalproperty *p = icalcomponent_get_first_property(item.event, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(item.event, ICAL_RDATE_PROPERTY)) {
            const icaldatetimeperiodtype rd = icalproperty_get_rdate(p);
            const icaltimetype t = icaltime_is_null_time(rd.time) ? rd.period.start : rd.time;
            if (const auto when = instant(item.calendar, p, t, &why)) {
                starts << when->toUTC();
            } else {
                reader.error(item.index, "RDATE", Tr::tr("RDATE : %1.").arg(why));
            }
        }
        QList<QDateTime> excluded;
        for (icalproperty *p = icalcomponent_get_first_property(item.event, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(item.event, ICAL_EXDATE_PROPERTY)) {
            const icaltimetype t = icalproperty_get_exdate(p);
            if (const auto when = instant(item.calendar, p, t, &why)) {
                excluded << when->toUTC();
            } else {
                reader.error(item.index, "EXDATE", Tr::tr("EXDATE : %1.").arg(why));
            }
        }
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
        QList<QDateTime> kept;
        for (const auto &s : std::as_const(starts)) {
            if (s >= m_from && s <= m_to && !excluded.contains(s)) {
                kept << s;
            }
        }
        if (kept.size() > ICalReader::MaxOccurrences) {
            m_report.warnings.append({m_lines.lineOf(item.index, "RRULE"),
                                      Tr::tr("plus de %1 occurrences : seules les %1 premières sont importées.")
                                          .arg(ICalReader::MaxOccurrences)});
            kept.resize(ICalReader::MaxOccurrences);
        }
        return kept;
    }

    QList<ImportedEvent> run(const QList<Item> &items)
    {
        // Overrides (RECURRENCE-ID) first: they replace or cancel one occurrence of their series.
        QHash<QString, QList<QDateTime>> replaced;
        QList<ImportedEvent> out;
        QList<Item> masters;
        for (const auto &item : items) {
            if (!icalcomponent_get_first_property(item.event, ICAL_RECURRENCEID_PROPERTY)) {
                masters << item;
                continue;
            }
            EventReader r(m_db, item.calendar, m_lines, m_source, m_report);
            const QString uid = fromUtf8(icalcomponent_get_uid(item.event)).trimmed();
            const auto rid = r.time(item.index, item.event, ICAL_RECURRENCEID_PROPERTY, "RECURRENCE-ID");
            if (!rid) {
                continue;
            }
            replaced[uid] << rid->toUTC();
            if (icalcomponent_get_status(item.event) == ICAL_STATUS_CANCELLED) {
                continue;
            }
            AgendaEvent e;
            const bool fieldsOk = r.fields(item.index, item.event, e);
            const auto t = times(r, item);
            if (fieldsOk && t) {
                e.seriesUid = uid;
                e.uid = uid + u'#' + occurrenceKey(*rid);
                e.start = t->first;
                e.durationMin = t->second;
                out.append({e, m_lines.lineOf(item.index, "BEGIN")});
            }
        }
        for (const auto &item : std::as_const(masters)) {
            EventReader r(m_db, item.calendar, m_lines, m_source, m_report);
            AgendaEvent e;
            const bool fieldsOk = r.fields(item.index, item.event, e);
            const auto t = times(r, item);
            if (!fieldsOk || !t) {
                continue;
            }
            if (icalcomponent_get_status(item.event) == ICAL_STATUS_CANCELLED) {
                m_report.cancelledSeries << e.uid;
                continue;
            }
            e.seriesUid = e.uid;
            e.durationMin = t->second;
            const int line = m_lines.lineOf(item.index, "BEGIN");
            const bool recurring = icalcomponent_get_first_property(item.event, ICAL_RRULE_PROPERTY)
                || icalcomponent_get_first_property(item.event, ICAL_RDATE_PROPERTY);
            if (!recurring) {
                e.start = t->first;
                out.append({e, line});
                continue;
            }
            const QString series = e.uid;
            for (const auto &start : occurrences(r, item, t->first)) {
                if (replaced.value(series).contains(start)) {
                    continue;
                }
                AgendaEvent occurrence = e;
                occurrence.uid = series + u'#' + occurrenceKey(start);
                occurrence.start = start;
                out.append({occurrence, line});
            }
        }
        return out;
    }

private:
    const Database &m_db;
    const LineMap &m_lines;
    QDateTime m_from;
    QDateTime m_to;
    QString m_source;
    AgendaImportReport &m_report;
    int m_steps = 0; ///< recurrence steps taken for the whole file
};

/** Drops the VTIMEZONEs of @p calendar that are not like real ones (see MaxTimezoneObservances):
 *  times in that zone are then read with the system's zone of the same name. */
void dropHostileTimezones(icalcomponent *calendar, const LineMap &lines, AgendaImportReport &report)
{
    QList<icalcomponent *> dropped;
    for (icalcomponent *tz = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT); tz;
         tz = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        int observances = 0;
        int rdates = 0;
        bool yearly = true;
        for (icalcomponent *o = icalcomponent_get_first_component(tz, ICAL_ANY_COMPONENT); o;
             o = icalcomponent_get_next_component(tz, ICAL_ANY_COMPONENT)) {
            ++observances;
            rdates += icalcomponent_count_properties(o, ICAL_RDATE_PROPERTY);
            for (icalproperty *r = icalcomponent_get_first_property(o, ICAL_RRULE_PROPERTY); r;
                 r = icalcomponent_get_next_property(o, ICAL_RRULE_PROPERTY)) {
                yearly = yearly && icalproperty_get_rrule(r).freq == ICAL_YEARLY_RECURRENCE;
            }
            if (icalproperty *start = icalcomponent_get_first_property(o, ICAL_DTSTART_PROPERTY)) {
                const int year = icalproperty_get_dtstart(start).year;
                yearly = yearly && year >= 1583 && year <= ICalReader::MaxYear;
            }
        }
        if (!yearly || observances > ICalReader::MaxTimezoneObservances || rdates > ICalReader::MaxTimezoneRdates) {
            dropped << tz;
        }
    }
    for (icalcomponent *tz : std::as_const(dropped)) {
        const QString tzid = fromUtf8(icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY)
                                          ? icalproperty_get_tzid(icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY))
                                          : nullptr);
        report.warnings.append({lines.lineOfText("BEGIN:VTIMEZONE"),
                                Tr::tr("fuseau horaire « %1 » du fichier ignoré (règles de changement d'heure anormales) : "
                                       "celui du système est utilisé.")
                                    .arg(tzid)});
        icalcomponent_remove_component(calendar, tz);
        icalcomponent_free(tz);
    }
}

} // namespace

QList<ImportedEvent> ICalReader::parse(const Database &db, const QByteArray &data, const QDateTime &now,
                                       const QString &sourceName, AgendaImportReport &report)
{
    if (data.size() > MaxBytes) {
        report.errors.append({0, Tr::tr("fichier trop gros pour un agenda (%1 Mo, au plus %2 Mo).")
                                     .arg(data.size() >> 20)
                                     .arg(MaxBytes >> 20)});
        return {};
    }
    const QByteArray head = data.left(64).trimmed();
    const QByteArray withoutBom = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    if (!withoutBom.toUpper().startsWith("BEGIN:VCALENDAR")) {
        report.errors.append({1, Tr::tr("ce fichier n'est pas un calendrier iCalendar : il doit commencer par BEGIN:VCALENDAR.")});
        return {};
    }
    std::unique_ptr<icalcomponent, ComponentFree> root(icalparser_parse_string(data.constData()));
    if (!root) {
        report.errors.append({1, Tr::tr("calendrier illisible.")});
        return {};
    }
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars << root.get();
    } else {
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT)) {
            calendars << c;
        }
    }
    const LineMap lines(data);
    if (lines.events.size() > MaxEvents) {
        report.errors.append({0, Tr::tr("trop d'événements dans un fichier (%1, au plus %2).")
                                     .arg(lines.events.size())
                                     .arg(MaxEvents)});
        return {};
    }
    QList<Expander::Item> items;
    int index = 0;
    for (icalcomponent *cal : std::as_const(calendars)) {
        dropHostileTimezones(cal, lines, report);
        for (icalcomponent *v = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); v;
             v = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
            items.append({v, cal, index++});
        }
    }
    if (index != lines.events.size()) {
        report.errors.append({0, Tr::tr("structure du calendrier incohérente : %1 BEGIN:VEVENT pour %2 événements lus.")
                                     .arg(lines.events.size())
                                     .arg(index)});
        return {};
    }
    return Expander(db, lines, now, sourceName, report).run(items);
}
