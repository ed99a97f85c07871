// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include "agendaevent.h"
#include "agendaformat.h"
#include "base/paristime.h"
#include "base/textfold.h"
#include "registration/registrationformat.h"
#include "storage/database.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

using namespace Lianes;
using namespace Qt::StringLiterals;

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AgendaModel::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void AgendaModel::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void AgendaModel::refresh()
{
    m_all.clear();
    m_audiences.clear();
    if (m_db && m_now.isValid()) {
        auto q = m_db->prepare(
            "SELECT e.id, e.title, e.kind, e.starts_at, e.duration_min, e.place, c.name, c.departement, e.audience, "
            "e.online, e.festisol, e.demo, e.capacity, e.description, e.organiser, "
            "count(r.id) FILTER (WHERE r.status = 'confirmed'), count(r.id) FILTER (WHERE r.status = 'waiting'), "
            "count(r.id) FILTER (WHERE r.status = 'cancelled'), count(r.checked_in_at) FILTER (WHERE r.status = 'confirmed') "
            "FROM event e LEFT JOIN commune c ON c.insee = e.commune LEFT JOIN registration r ON r.event = e.id "
            "GROUP BY e.id ORDER BY e.starts_at, e.id");
        QSet<QString> audiences;
        while (q.step()) {
            Row r;
            r.id = q.integer(0);
            r.title = q.text(1);
            r.kind = q.text(2);
            r.start = ParisTime::fromUtcIso(q.text(3));
            r.durationMin = int(q.integer(4));
            AgendaEvent place;
            place.place = q.text(5);
            place.communeName = q.text(6);
            r.place = place.locationText();
            r.departement = q.text(7);
            r.audience = q.text(8);
            r.online = q.integer(9) != 0;
            r.festisol = q.integer(10) != 0;
            r.demo = q.integer(11) != 0;
            if (!q.isNull(12)) {
                r.capacity = int(q.integer(12));
            }
            r.confirmed = int(q.integer(15));
            r.waiting = int(q.integer(16));
            r.cancelled = int(q.integer(17));
            r.present = int(q.integer(18));
            r.searchText = TextFold::fold(QStringList{r.title, q.text(13), r.place, q.text(14), r.audience,
                                                      EventKind::label(r.kind)}
                                              .join(u' '));
            if (r.start >= m_now && !r.audience.isEmpty()) {
                audiences.insert(r.audience);
            }
            m_all.append(r);
        }
        m_audiences = audiences.values();
        const QCollator collator{QLocale()};
        std::sort(m_audiences.begin(), m_audiences.end(),
                  [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    }
    Q_EMIT loaded();
    applyFilters();
}

qint64 AgendaModel::firstUpcoming() const
{
    for (const Row &r : m_all) {
        if (r.start >= m_now) {
            return r.id;
        }
    }
    return 0;
}

void AgendaModel::applyFilters()
{
    beginResetModel();
    m_visible.clear();
    const QStringList words = TextFold::words(m_search);
    for (int i = 0; i < m_all.size(); ++i) {
        const Row &r = m_all.at(i);
        const bool past = r.start < m_now;
        if (past != m_showPast || (!m_kind.isEmpty() && r.kind != m_kind)
            || (m_attendance == "online"_L1 && !r.online) || (m_attendance == "inperson"_L1 && r.online)
            || (!m_departement.isEmpty() && r.departement != m_departement)
            || (!m_audience.isEmpty() && r.audience != m_audience) || (m_festisolOnly && !r.festisol)) {
            continue;
        }
        // Every word typed starts a word of the event (accents and case ignored).
        const bool found = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return QString(u' ' + r.searchText).contains(QString(u' ' + w));
        });
        if (found) {
            m_visible.append(i);
        }
    }
    if (m_showPast) {
        std::reverse(m_visible.begin(), m_visible.end()); // the latest past events first
    }
    endResetModel();
    Q_EMIT countChanged();
}

template<typename T>
void AgendaModel::setFilter(T &member, const T &value)
{
    if (member == value) {
        return;
    }
    member = value;
    Q_EMIT filtersChanged();
    applyFilters();
}

void AgendaModel::setKind(const QString &kind) { setFilter(m_kind, kind); }
void AgendaModel::setAttendance(const QString &attendance) { setFilter(m_attendance, attendance); }
void AgendaModel::setDepartement(const QString &code) { setFilter(m_departement, code); }
void AgendaModel::setAudience(const QString &audience) { setFilter(m_audience, audience); }
void AgendaModel::setFestisolOnly(bool only) { setFilter(m_festisolOnly, only); }
void AgendaModel::setSearch(const QString &text) { setFilter(m_search, text); }
void AgendaModel::setShowPast(bool past) { setFilter(m_showPast, past); }

bool AgendaModel::isFiltered() const
{
    return !m_kind.isEmpty() || !m_attendance.isEmpty() || !m_departement.isEmpty() || !m_audience.isEmpty()
        || m_festisolOnly || !m_search.trimmed().isEmpty();
}

void AgendaModel::clearFilters()
{
    m_kind.clear();
    m_attendance.clear();
    m_departement.clear();
    m_audience.clear();
    m_festisolOnly = false;
    m_search.clear();
    Q_EMIT filtersChanged();
    applyFilters();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_all.at(m_visible.at(index.row()));
    const QDate day = ParisTime::toParis(r.start).date();
    RegistrationCounts counts;
    counts.capacity = r.capacity;
    counts.confirmed = r.confirmed;
    counts.waiting = r.waiting;
    counts.cancelled = r.cancelled;
    counts.present = r.present;
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case KindRole:
        return r.kind;
    case KindLabelRole:
        return EventKind::label(r.kind);
    case DayRole:
        return AgendaFormat::day(r.start, m_now);
    case DayNumberRole:
        return QString::number(day.day());
    case MonthRole:
        return QLocale().toString(day, u"MMM"_s);
    case TimeRole:
        return AgendaFormat::timeRange(r.start, r.durationMin);
    case PlaceRole:
        return r.online ? tr("En ligne") : r.place;
    case SectionRole:
        return AgendaFormat::section(r.start, m_now);
    case OnlineRole:
        return r.online;
    case FestisolRole:
        return r.festisol;
    case DemoRole:
        return r.demo;
    case PastRole:
        return r.start < m_now;
    case AudienceRole:
        return r.audience;
    case PlacesRole:
        return r.start < m_now ? QString() : RegistrationFormat::places(counts);
    case FullRole:
        return counts.remaining() == 0;
    case StaffCountsRole:
        return RegistrationFormat::staffCounts(counts);
    }
    return {};
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "eventId"},
                  {TitleRole, "title"},
                  {KindRole, "kind"},
                  {KindLabelRole, "kindLabel"},
                  {DayRole, "day"},
                  {DayNumberRole, "dayNumber"},
                  {MonthRole, "month"},
                  {TimeRole, "time"},
                  {PlaceRole, "place"},
                  {SectionRole, "section"},
                  {OnlineRole, "online"},
                  {FestisolRole, "festisol"},
                  {DemoRole, "demo"},
                  {PastRole, "past"},
                  {AudienceRole, "audience"},
                  {PlacesRole, "places"},
                  {FullRole, "full"},
                  {StaffCountsRole, "staffCounts"}});
    return names;
}
