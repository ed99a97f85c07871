// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationlistmodel.h"

#include "base/paristime.h"
#include "base/vocabulary.h"
#include "registrar.h"
#include "registrationformat.h"
#include "registrationrules.h"
#include "storage/database.h"

#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

RegistrationListModel::RegistrationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RegistrationListModel::setEventId(qint64 id)
{
    m_eventId = id;
    refresh();
}

void RegistrationListModel::refresh()
{
    beginResetModel();
    m_rows = m_db && m_eventId ? RegistrationList::forEvent(*m_db, m_eventId) : QList<RegistrationRecord>();
    m_counts = m_db && m_eventId ? Registrar(*m_db).counts(m_eventId) : RegistrationCounts();
    endResetModel();
    Q_EMIT loaded();
}

QString RegistrationListModel::placesLabel() const
{
    return RegistrationFormat::places(m_counts);
}

int RegistrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RegistrationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RegistrationRecord &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return QString(r.firstName + u' ' + r.lastName);
    case EmailRole:
        return r.email;
    case StatusRole:
        return r.status;
    case StatusLabelRole:
        if (r.status == "confirmed"_L1) {
            return r.checkedInAt.isValid() ? tr("Présent·e") : tr("Confirmé·e");
        }
        if (r.status == "waiting"_L1) {
            return tr("En attente (%1)").arg(r.waitingPosition);
        }
        return tr("Annulé·e");
    case PresentRole:
        return r.checkedInAt.isValid();
    case DetailRole: {
        QStringList parts{r.structure, r.actorType.isEmpty() ? QString() : Vocabulary::actorTypeLabel(r.actorType),
                          r.communeName.isEmpty() ? r.postcode : r.communeName,
                          RegistrationRules::ageBracketLabel(r.ageBracket)};
        if (r.parentAgreement) {
            parts << tr("accord parental");
        }
        parts.removeAll(QString());
        return parts.join(u" · "_s);
    }
    case RegisteredRole:
        return tr("inscrit·e le %1").arg(QLocale().toString(ParisTime::toParis(r.createdAt), u"d MMM 'à' HH'h'mm"_s));
    }
    return {};
}

QHash<int, QByteArray> RegistrationListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "registrationId"},
                  {NameRole, "name"},
                  {EmailRole, "email"},
                  {StatusRole, "status"},
                  {StatusLabelRole, "statusLabel"},
                  {PresentRole, "present"},
                  {DetailRole, "detail"},
                  {RegisteredRole, "registered"}});
    return names;
}
