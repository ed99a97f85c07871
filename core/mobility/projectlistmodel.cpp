// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectlistmodel.h"

#include "cooplab.h"

using namespace Lianes;

ProjectListModel::ProjectListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ProjectListModel::setProjects(const QList<MobilityProject> &projects)
{
    beginResetModel();
    m_projects = projects;
    endResetModel();
    Q_EMIT countChanged();
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MobilityProject &p = m_projects.at(index.row());
    const Progress progress = CoopLab::overallProgress(p.done);
    switch (role) {
    case IdRole:
        return p.id;
    case TitleRole:
    case Qt::DisplayRole:
        return p.title;
    case PercentRole:
        return progress.percent();
    case ProgressLabelRole:
        return tr("%1 % fait").arg(progress.percent());
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "projectId"}, {TitleRole, "title"}, {PercentRole, "percent"}, {ProgressLabelRole, "progressLabel"}});
    return names;
}
