// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ImportPreviewModel::setReport(const ImportReport &report)
{
    beginResetModel();
    m_report = report;
    m_report.rows.clear();
    m_rows = report.rows;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const ImportRowResult &a, const ImportRowResult &b) {
        return (a.status == ImportRowStatus::Rejected) > (b.status == ImportRowStatus::Rejected);
    });
    endResetModel();
    Q_EMIT countChanged();
}

void ImportPreviewModel::clear()
{
    setReport({});
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ImportRowResult &row = m_rows.at(index.row());
    switch (role) {
    case LineRole:
        return row.line;
    case WhereRole:
        return m_report.where(row);
    case StatusRole:
        return importRowStatusKey(row.status);
    case StatusLabelRole:
        switch (row.status) {
        case ImportRowStatus::Added:
            return tr("À ajouter");
        case ImportRowStatus::Updated:
            return tr("À mettre à jour");
        case ImportRowStatus::Unchanged:
            return tr("Inchangé");
        case ImportRowStatus::Rejected:
            return tr("Rejetée");
        }
        return {};
    case Qt::DisplayRole:
    case LabelRole:
        return row.label.isEmpty() ? tr("(sans nom)") : row.label;
    case ColumnRole:
        return row.column;
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LineRole, "line");
    names.insert(WhereRole, "where");
    names.insert(StatusRole, "status");
    names.insert(StatusLabelRole, "statusLabel");
    names.insert(LabelRole, "label");
    names.insert(ColumnRole, "column");
    names.insert(DetailRole, "detail");
    return names;
}
