// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetinglistmodel.h"
#include "staffarea.h"

#include "base/paristime.h"
#include "storage/database.h"

#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void MeetingListModel::setDatabase(const Database *db)
{
    m_db = db;
    refresh();
}

void MeetingListModel::setYear(int year)
{
    if (year == m_year) {
        return;
    }
    m_year = year;
    if (year > 0) {
        m_filter.from = QDateTime(QDate(year, 1, 1), QTime(0, 0), ParisTime::zone());
        m_filter.to = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), ParisTime::zone());
    } else {
        m_filter.from = m_filter.to = QDateTime();
    }
    Q_EMIT filterChanged();
    refresh();
}

void MeetingListModel::setStaff(const QString &staff)
{
    if (staff != m_filter.staff) {
        m_filter.staff = staff;
        Q_EMIT filterChanged();
        refresh();
    }
}

void MeetingListModel::setText(const QString &text)
{
    if (text != m_filter.text) {
        m_filter.text = text;
        Q_EMIT filterChanged();
        refresh();
    }
}

void MeetingListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_totals = {};
    if (m_db) {
        const MeetingStore store(*m_db);
        m_rows = store.list(m_filter);
        for (const auto &m : std::as_const(m_rows)) {
            ++m_totals.meetings;
            m_totals.participants += m.participants;
            m_totals.hours += m.durationHours;
        }
        m_staffNames = store.staffNames();
        m_years.clear();
        auto q = m_db->prepare("SELECT DISTINCT CAST(substr(starts_at, 1, 4) AS INTEGER) FROM meeting ORDER BY 1 DESC");
        while (q.step()) {
            m_years.append(int(q.integer(0)));
        }
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

QString MeetingListModel::totalsLabel() const
{
    const double hours = m_totals.hours;
    const bool whole = hours == std::floor(hours);
    // Plural forms from the count; hours with a decimal have their own message, where French says
    // "1,5 heure" (singular below 2) and English "1.5 hours".
    const QString hoursLabel = whole ? tr("%Ln heure(s)", nullptr, int(hours))
                                     : tr("%1 heure(s)", "hours with a decimal", hours < 2 ? 1 : 2)
                                           .arg(QLocale().toString(hours, 'f', 1));
    return tr("%Ln réunion(s)", nullptr, m_totals.meetings) + u" · "_s
        + tr("%Ln participant(s)", nullptr, m_totals.participants) + u" · "_s + hoursLabel;
}

QString MeetingListModel::save(const QVariantMap &fields)
{
    if (!m_db) {
        return tr("Base de données indisponible.");
    }
    if (!staffOpen()) {
        return tr("L'espace équipe est verrouillé : saisissez le code.");
    }
    Meeting m;
    m.id = fields.value(u"id"_s).toLongLong();
    m.durationHours = fields.value(u"durationHours"_s).toDouble();
    m.participants = fields.value(u"participants"_s).toInt();
    m.subject = fields.value(u"subject"_s).toString();
    m.place = fields.value(u"place"_s).toString();
    m.online = fields.value(u"online"_s).toBool();
    m.staff = fields.value(u"staff"_s).toString();
    m.start = fields.value(u"start"_s).toDateTime();
    QStringList formatErrors;
    if (fields.contains(u"dateText"_s)) {
        // The form's fields, as typed: JJ/MM/AAAA and HH:MM, Paris time.
        const QDate date = QDate::fromString(fields.value(u"dateText"_s).toString().trimmed(), u"dd/MM/yyyy"_s);
        const QTime time = QTime::fromString(fields.value(u"timeText"_s).toString().trimmed(), u"HH:mm"_s);
        if (!date.isValid()) {
            formatErrors << tr("La date s'écrit JJ/MM/AAAA, par exemple 07/01/2020.");
        }
        if (!time.isValid()) {
            formatErrors << tr("L'heure s'écrit HH:MM, par exemple 14:30.");
        }
        m.start = date.isValid() && time.isValid() ? QDateTime(date, time) : QDateTime();
    }
    if (m.start.isValid()) {
        m.start = QDateTime(m.start.date(), m.start.time(), ParisTime::zone());
    }
    bool numberOk = true;
    if (fields.contains(u"durationText"_s)) {
        m.durationHours = QLocale().toDouble(fields.value(u"durationText"_s).toString().trimmed(), &numberOk);
        if (!numberOk) {
            m.durationHours = QString(fields.value(u"durationText"_s).toString().trimmed()).toDouble(&numberOk);
        }
        if (!numberOk) {
            formatErrors << tr("La durée est un nombre d'heures, par exemple 1,5.");
        }
    }
    if (fields.contains(u"participantsText"_s)) {
        m.participants = fields.value(u"participantsText"_s).toString().trimmed().toInt(&numberOk);
        if (!numberOk) {
            formatErrors << tr("Le nombre de participants est un nombre entier.");
        }
    }
    m.notes = fields.value(u"notes"_s).toString();
    if (const QString insee = fields.value(u"commune"_s).toString(); !insee.isEmpty()) {
        m.commune = insee;
    }
    MeetingStore store(*m_db);
    const QStringList errors = store.validate(m);
    if (!errors.isEmpty() || !formatErrors.isEmpty()) {
        QStringList messages = formatErrors;
        for (const auto &e : errors) {
            if (!(e.startsWith(u"start:"_s) && !formatErrors.isEmpty())) {
                messages << e.section(u": "_s, 1);
            }
        }
        return messages.join(u'\n');
    }
    if (store.save(m) == 0) {
        return tr("Cette réunion n'existe plus.");
    }
    refresh();
    return {};
}

bool MeetingListModel::remove(qint64 id)
{
    if (!m_db || !staffOpen() || !MeetingStore(*m_db).remove(id)) {
        return false;
    }
    refresh();
    return true;
}

QVariantMap MeetingListModel::get(qint64 id) const
{
    if (!m_db) {
        return {};
    }
    const auto m = MeetingStore(*m_db).get(id);
    if (!m) {
        return {};
    }
    const QDateTime local = ParisTime::toParis(m->start);
    return {{u"id"_s, m->id},
            {u"subject"_s, m->subject},
            {u"place"_s, m->place},
            {u"online"_s, m->online},
            {u"staff"_s, m->staff},
            {u"start"_s, QDateTime(local.date(), local.time())},
            {u"dateText"_s, local.date().toString(u"dd/MM/yyyy"_s)},
            {u"timeText"_s, local.time().toString(u"HH:mm"_s)},
            {u"durationText"_s, QLocale().toString(m->durationHours, 'g', 4)},
            {u"participantsText"_s, QString::number(m->participants)},
            {u"durationHours"_s, m->durationHours},
            {u"participants"_s, m->participants},
            {u"notes"_s, m->notes}};
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Meeting &m = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return m.id;
    case Qt::DisplayRole:
    case SubjectRole:
        return m.subject;
    case PlaceRole:
        return m.online ? tr("En ligne") : m.place;
    case StaffRole:
        return m.staff;
    case DateLabelRole:
        return locale.toString(ParisTime::toParis(m.start), u"d MMM yyyy, HH:mm"_s);
    case DurationLabelRole:
        return tr("%1 h").arg(locale.toString(m.durationHours, 'f', m.durationHours == std::floor(m.durationHours) ? 0 : 1));
    case ParticipantsRole:
        return m.participants;
    case OnlineRole:
        return m.online;
    }
    return {};
}

QHash<int, QByteArray> MeetingListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "meetingId"},
                  {SubjectRole, "subject"},
                  {PlaceRole, "place"},
                  {StaffRole, "staff"},
                  {DateLabelRole, "dateLabel"},
                  {DurationLabelRole, "durationLabel"},
                  {ParticipantsRole, "participants"},
                  {OnlineRole, "online"}});
    return names;
}

bool MeetingListModel::staffOpen() const
{
    // Made by the staff area it belongs to; a model made alone (tests, tools) has no lock.
    const auto *area = qobject_cast<const StaffArea *>(parent());
    return !area || area->isOpen();
}
