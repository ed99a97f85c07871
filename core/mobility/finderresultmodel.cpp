// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finderresultmodel.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

FinderResultModel::FinderResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FinderResultModel::setResult(const ProgrammeCatalogue &catalogue, const FinderResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_selected.clear();
    for (const auto &[list, near] : {std::pair{&result.matches, false}, std::pair{&result.nearMisses, true}}) {
        for (const FinderMatch &m : *list) {
            const Programme *p = catalogue.find(m.programmeId);
            if (p) {
                m_rows.append(Row{m, p->name, p->summary, p->sourceUrl, near});
            }
        }
    }
    m_matchCount = int(result.matches.size());
    endResetModel();
    Q_EMIT resultChanged();
    Q_EMIT selectionChanged();
}

void FinderResultModel::clear()
{
    setResult(ProgrammeCatalogue(), {});
}

int FinderResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FinderResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.match.programmeId;
    case NameRole:
    case Qt::DisplayRole:
        return row.name;
    case SummaryRole:
        return row.summary;
    case NearMissRole:
        return row.nearMiss;
    case SectionRole:
        return row.nearMiss ? tr("Presque : un seul critère ne va pas") : tr("Ce qui vous correspond");
    case ReasonsRole: {
        QVariantList reasons;
        for (const FinderReason &r : row.match.reasons) {
            const QString status = r.status == FinderReason::Pass ? u"pass"_s
                                 : r.status == FinderReason::Fail ? u"fail"_s
                                                                  : u"unknown"_s;
            reasons.append(QVariantMap{{u"text"_s, r.text}, {u"status"_s, status}, {u"line"_s, r.line()}});
        }
        return reasons;
    }
    case SourceUrlRole:
        return row.sourceUrl;
    case SelectedRole:
        return m_selected.contains(row.match.programmeId);
    default:
        return {};
    }
}

QHash<int, QByteArray> FinderResultModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "programmeId"},
                  {NameRole, "name"},
                  {SummaryRole, "summary"},
                  {NearMissRole, "nearMiss"},
                  {SectionRole, "section"},
                  {ReasonsRole, "reasons"},
                  {SourceUrlRole, "sourceUrl"},
                  {SelectedRole, "selected"}});
    return names;
}

QString FinderResultModel::shortlistText() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        if (m_selected.contains(row.match.programmeId) && !row.sourceUrl.isEmpty()) {
            lines.append(row.sourceUrl);
        }
    }
    return lines.join(u'\n');
}

void FinderResultModel::toggleSelected(const QString &programmeId)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).match.programmeId == programmeId) {
            if (!m_selected.remove(programmeId)) {
                m_selected.insert(programmeId);
            }
            Q_EMIT dataChanged(index(int(i)), index(int(i)), {SelectedRole});
            Q_EMIT selectionChanged();
            return;
        }
    }
}

QStringList FinderResultModel::reasonLines(const QString &programmeId) const
{
    for (const Row &row : m_rows) {
        if (row.match.programmeId == programmeId) {
            QStringList lines;
            for (const FinderReason &r : row.match.reasons) {
                lines.append(r.line());
            }
            return lines;
        }
    }
    return {};
}

QStringList FinderResultModel::ids() const
{
    QStringList result;
    for (const Row &row : m_rows) {
        result.append(row.match.programmeId);
    }
    return result;
}
