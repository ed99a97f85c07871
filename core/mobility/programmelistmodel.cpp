// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmelistmodel.h"

#include "base/textfold.h"
#include "finder.h"

#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
QString orUnverified(const QString &text)
{
    return text.isEmpty() ? ProgrammeListModel::unverified() : text;
}

QString codeList(const std::optional<QStringList> &codes, QString (*label)(const QString &))
{
    if (!codes || codes->isEmpty()) {
        return ProgrammeListModel::unverified();
    }
    QStringList names;
    for (const QString &code : *codes) {
        names.append(label(code));
    }
    return names.join(u" · "_s);
}
} // namespace

ProgrammeListModel::ProgrammeListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString ProgrammeListModel::unverified()
{
    return tr("à vérifier");
}

void ProgrammeListModel::setCatalogue(const ProgrammeCatalogue &catalogue, const QHash<QString, QString> &actorNames)
{
    m_all = catalogue.programmes();
    m_actorNames = actorNames;
    refilter();
}

void ProgrammeListModel::setKind(const QString &kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        refilter();
    }
}

void ProgrammeListModel::setZone(const QString &zone)
{
    if (zone != m_zone) {
        m_zone = zone;
        refilter();
    }
}

void ProgrammeListModel::setDuration(const QString &duration)
{
    if (duration != m_duration) {
        m_duration = duration;
        refilter();
    }
}

void ProgrammeListModel::setAge(int age)
{
    if (age != m_age) {
        m_age = age;
        refilter();
    }
}

void ProgrammeListModel::setQuery(const QString &query)
{
    if (query != m_query) {
        m_query = query;
        refilter();
    }
}

void ProgrammeListModel::clearFilters()
{
    m_kind.clear();
    m_zone.clear();
    m_duration.clear();
    m_age = 0;
    m_query.clear();
    refilter();
}

bool ProgrammeListModel::accepts(const Programme &p) const
{
    // A filter hides a programme only on a confirmed fact: "à vérifier" stays visible.
    if (!m_kind.isEmpty() && Finder::kind(p, m_kind).status == FinderReason::Fail) {
        return false;
    }
    if (!m_zone.isEmpty() && Finder::zone(p, m_zone).status == FinderReason::Fail) {
        return false;
    }
    if (!m_duration.isEmpty() && Finder::duration(p, m_duration).status == FinderReason::Fail) {
        return false;
    }
    if (m_age > 0 && Finder::age(p, m_age).status == FinderReason::Fail) {
        return false;
    }
    const QStringList words = TextFold::words(m_query);
    if (words.isEmpty()) {
        return true;
    }
    const QStringList haystack = TextFold::words(QStringList{p.name, p.summary, p.organiser, p.destinations}.join(u' '));
    for (const QString &word : words) {
        const bool found = std::any_of(haystack.begin(), haystack.end(),
                                       [&word](const QString &w) { return w.startsWith(word); });
        if (!found) {
            return false;
        }
    }
    return true;
}

void ProgrammeListModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (const Programme &p : std::as_const(m_all)) {
        if (accepts(p)) {
            m_rows.append(p);
        }
    }
    endResetModel();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

int ProgrammeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProgrammeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Programme &p = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return p.id;
    case NameRole:
    case Qt::DisplayRole:
        return p.name;
    case SummaryRole:
        return p.summary;
    case KindsLabelRole:
        return codeList(p.kinds, MobilityVocabulary::kindLabel);
    case ZonesLabelRole:
        return codeList(p.zones, MobilityVocabulary::zoneLabel);
    case DestinationsRole:
        return orUnverified(p.destinations);
    case AgeLabelRole:
        return orUnverified(MobilityVocabulary::ageText(p.age));
    case DurationLabelRole:
        return orUnverified(MobilityVocabulary::durationText(p.duration, p.durationUnit));
    case FormatLabelRole:
        if (!p.format) {
            return unverified();
        }
        return p.format->size() > 1 ? tr("Seul·e ou en groupe")
                                    : p.format->constFirst() == "groupe"_L1 ? tr("En groupe") : tr("Seul·e");
    case CostRole:
        return orUnverified(p.cost);
    case OrganiserRole:
        return orUnverified(p.organiser);
    case HowToApplyRole:
        return orUnverified(p.howToApply);
    case ActorsLabelRole: {
        QStringList names;
        for (const QString &key : p.accompaniedBy) {
            names.append(m_actorNames.value(key, key));
        }
        return names.join(u", "_s);
    }
    case SourceUrlRole:
        return p.sourceUrl;
    case CheckedLabelRole:
        return p.checkedOn.isValid() ? tr("vérifié le %1").arg(QLocale().toString(p.checkedOn, QLocale::ShortFormat))
                                     : unverified();
    case UnverifiedCountRole: {
        const QList<bool> unknown{!p.kinds, !p.zones, p.destinations.isEmpty(), p.age.unknown(), p.duration.unknown(),
                                  !p.situations, !p.format, p.cost.isEmpty(), p.organiser.isEmpty(),
                                  p.howToApply.isEmpty(), p.sourceUrl.isEmpty()};
        return int(unknown.count(true));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ProgrammeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "programmeId"},
                  {NameRole, "name"},
                  {SummaryRole, "summary"},
                  {KindsLabelRole, "kindsLabel"},
                  {ZonesLabelRole, "zonesLabel"},
                  {DestinationsRole, "destinations"},
                  {AgeLabelRole, "ageLabel"},
                  {DurationLabelRole, "durationLabel"},
                  {FormatLabelRole, "formatLabel"},
                  {CostRole, "cost"},
                  {OrganiserRole, "organiser"},
                  {HowToApplyRole, "howToApply"},
                  {ActorsLabelRole, "actorsLabel"},
                  {SourceUrlRole, "sourceUrl"},
                  {CheckedLabelRole, "checkedLabel"},
                  {UnverifiedCountRole, "unverifiedCount"}});
    return names;
}
