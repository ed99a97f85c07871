// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"

#include "base/paristime.h"
#include "storage/database.h"

#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

EventListModel::EventListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EventListModel::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void EventListModel::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void EventListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_db && m_now.isValid()) {
        auto q = m_db->prepare(
            "SELECT e.id, e.title, e.kind, e.starts_at, e.place, c.name, e.online, e.festisol, e.demo "
            "FROM event e LEFT JOIN commune c ON c.insee = e.commune "
            "WHERE e.starts_at >= ? ORDER BY e.starts_at, e.id");
        q.bind(1, ParisTime::toUtcIso(m_now));
        while (q.step()) {
            QString place = q.text(4);
            if (place.isEmpty()) {
                place = q.text(5);
            }
            m_rows.append(Row{q.integer(0), q.text(1), q.text(2), ParisTime::fromUtcIso(q.text(3)), place,
                              q.integer(6) != 0, q.integer(7) != 0, q.integer(8) != 0});
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString EventListModel::kindLabel(const QString &kind)
{
    if (kind == "webinaire"_L1) {
        return tr("Webinaire");
    }
    if (kind == "formation"_L1) {
        return tr("Formation");
    }
    if (kind == "reunion_information"_L1) {
        return tr("Réunion d'information");
    }
    if (kind == "commission"_L1) {
        return tr("Commission, groupe de travail");
    }
    if (kind == "rencontre"_L1) {
        return tr("Rencontre");
    }
    if (kind == "festisol"_L1) {
        return tr("Festival des Solidarités");
    }
    return kind;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    const QDateTime local = ParisTime::toParis(row.start);
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case KindRole:
        return row.kind;
    case KindLabelRole:
        return kindLabel(row.kind);
    case StartsAtRole:
        return row.start;
    case DateLabelRole:
        return locale.toString(local.date(), u"dddd d MMMM yyyy"_s);
    case TimeLabelRole:
        return locale.toString(local.time(), u"HH:mm"_s);
    case PlaceLabelRole:
        return row.online ? tr("En ligne") : row.place;
    case OnlineRole:
        return row.online;
    case FestisolRole:
        return row.festisol;
    case DemoRole:
        return row.demo;
    }
    return {};
}

QHash<int, QByteArray> EventListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "eventId"},
                  {TitleRole, "title"},
                  {KindRole, "kind"},
                  {KindLabelRole, "kindLabel"},
                  {StartsAtRole, "startsAt"},
                  {DateLabelRole, "dateLabel"},
                  {TimeLabelRole, "timeLabel"},
                  {PlaceLabelRole, "placeLabel"},
                  {OnlineRole, "online"},
                  {FestisolRole, "festisol"},
                  {DemoRole, "demo"}});
    return names;
}
