// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooplabstepmodel.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

CoopLabStepModel::CoopLabStepModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_steps(CoopLab::steps())
{
}

void CoopLabStepModel::setDone(const QSet<QString> &done)
{
    if (done == m_done) {
        return;
    }
    m_done = done;
    if (!m_steps.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_steps.size()) - 1));
    }
    Q_EMIT progressChanged();
}

void CoopLabStepModel::setProgrammeNames(const QHash<QString, QString> &programmeNames)
{
    m_programmeNames = programmeNames;
    if (!m_steps.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_steps.size()) - 1), {ProgrammesRole});
    }
}

QString CoopLabStepModel::overallLabel() const
{
    const Progress p = CoopLab::overallProgress(m_done);
    return tr("%1 % · %2 sur %3").arg(p.percent()).arg(p.done).arg(p.total);
}

int CoopLabStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant CoopLabStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CoopLabStep &step = m_steps.at(index.row());
    const Progress progress = CoopLab::stepProgress(step, m_done);
    switch (role) {
    case KeyRole:
        return step.key;
    case NumberRole:
        return index.row() + 1;
    case TitleRole:
    case Qt::DisplayRole:
        return step.title;
    case PurposeRole:
        return step.purpose;
    case ItemsRole: {
        QVariantList items;
        for (const CoopLabItem &item : step.items) {
            items.append(QVariantMap{{u"key"_s, item.key}, {u"label"_s, item.label}, {u"done"_s, m_done.contains(item.key)}});
        }
        return items;
    }
    case TipsRole:
        return step.tips;
    case ProgrammesRole: {
        QVariantList programmes;
        for (const QString &id : step.programmeIds) {
            if (m_programmeNames.contains(id)) {
                programmes.append(QVariantMap{{u"programmeId"_s, id}, {u"name"_s, m_programmeNames.value(id)}});
            }
        }
        return programmes;
    }
    case DoneRole:
        return progress.done;
    case TotalRole:
        return progress.total;
    case PercentRole:
        return progress.percent();
    case ProgressLabelRole:
        return tr("%1 sur %2").arg(progress.done).arg(progress.total);
    default:
        return {};
    }
}

QHash<int, QByteArray> CoopLabStepModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "stepKey"},
                  {NumberRole, "number"},
                  {TitleRole, "title"},
                  {PurposeRole, "purpose"},
                  {ItemsRole, "items"},
                  {TipsRole, "tips"},
                  {ProgrammesRole, "programmes"},
                  {DoneRole, "done"},
                  {TotalRole, "total"},
                  {PercentRole, "percent"},
                  {ProgressLabelRole, "progressLabel"}});
    return names;
}
