// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooperationprojectlistmodel.h"

#include "base/vocabulary.h"

#include <QSet>

using namespace Lianes;
using namespace Qt::StringLiterals;

CooperationProjectListModel::CooperationProjectListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CooperationProjectListModel::setFilter(const MapFilter &filter)
{
    m_filter = filter;
    refresh();
}

void CooperationProjectListModel::showCountry(const QString &code)
{
    m_country = code;
    m_byActors = false;
    refresh();
}

void CooperationProjectListModel::showActors(const QList<qint64> &actorIds)
{
    m_actors = actorIds;
    m_byActors = true;
    m_country.clear();
    refresh();
}

void CooperationProjectListModel::refresh()
{
    QList<int> rows;
    if (m_catalog) {
        QSet<int> ofActors;
        if (m_byActors) {
            for (qint64 id : std::as_const(m_actors)) {
                for (int p : m_catalog->projectsOf(id)) {
                    ofActors.insert(p);
                }
            }
        }
        const auto &projects = m_catalog->projects();
        for (qsizetype i = 0; i < projects.size(); ++i) {
            const ProjectRecord &p = projects.at(i);
            if (!m_filter.passes(p) || (!m_country.isEmpty() && !p.countries.contains(m_country))
                || (m_byActors && !ofActors.contains(int(i)))) {
                continue;
            }
            rows.append(int(i));
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

QString CooperationProjectListModel::scopeLabel() const
{
    if (!m_country.isEmpty() && m_catalog) {
        return tr("Projets : %1").arg(m_catalog->countryName(m_country));
    }
    return m_byActors ? tr("Projets des acteurs visibles") : tr("Tous les projets");
}

QString CooperationProjectListModel::countLabel() const
{
    return tr("%n projet(s)", nullptr, int(m_rows.size()));
}

qint64 CooperationProjectListModel::projectIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_catalog->projects().at(m_rows.at(row)).id : 0;
}

QString CooperationProjectListModel::kindLabel(const QString &kind)
{
    if (kind == "projet_mutualise"_L1) {
        return tr("Projet mutualisé");
    }
    if (kind == "recital"_L1) {
        return tr("Lauréat RECITAL");
    }
    if (kind == "tandem"_L1) {
        return tr("Tandem solidaire");
    }
    return tr("Projet");
}

QString CooperationProjectListModel::yearsLabel(const ProjectRecord &project)
{
    if (!project.yearStart) {
        return project.yearEnd ? QString::number(*project.yearEnd) : QString();
    }
    if (!project.yearEnd || *project.yearEnd == *project.yearStart) {
        return QString::number(*project.yearStart);
    }
    return QString::number(*project.yearStart) + u'–' + QString::number(*project.yearEnd);
}

int CooperationProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CooperationProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProjectRecord &p = m_catalog->projects().at(m_rows.at(index.row()));
    switch (role) {
    case ProjectIdRole:
        return p.id;
    case Qt::DisplayRole:
    case TitleRole:
        return p.title;
    case KindLabelRole:
        return kindLabel(p.kind);
    case YearsLabelRole:
        return yearsLabel(p);
    case ThemesLabelRole: {
        QStringList labels;
        const auto themes = Vocabulary::themes();
        for (qsizetype t = 0; t < themes.size(); ++t) {
            if (p.themes & (1U << t)) {
                labels.append(themes.at(t).label);
            }
        }
        return labels.join(u" · "_s);
    }
    case CountriesLabelRole: {
        QStringList names;
        for (const QString &code : p.countries) {
            names.append(m_catalog->countryName(code));
        }
        return names.join(u", "_s);
    }
    case DetailLabelRole: {
        QStringList parts{kindLabel(p.kind), yearsLabel(p), data(index, CountriesLabelRole).toString()};
        parts.removeAll(QString());
        return parts.join(u" · "_s);
    }
    case LeadNameRole: {
        if (p.leads.isEmpty()) {
            return QString();
        }
        const int a = m_catalog->actorIndex(p.leads.first());
        return a >= 0 ? m_catalog->actors().at(a).name : QString();
    }
    }
    return {};
}

QHash<int, QByteArray> CooperationProjectListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ProjectIdRole, "projectId"},
                  {TitleRole, "title"},
                  {KindLabelRole, "kindLabel"},
                  {YearsLabelRole, "yearsLabel"},
                  {ThemesLabelRole, "themesLabel"},
                  {CountriesLabelRole, "countriesLabel"},
                  {LeadNameRole, "leadName"},
                  {DetailLabelRole, "detailLabel"}});
    return names;
}
