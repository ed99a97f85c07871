// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurelistmodel.h"

#include "reportwriter.h"

#include <QLocale>

#include <cmath>

using namespace Lianes;
using namespace Qt::StringLiterals;

FigureListModel::FigureListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FigureListModel::setColumns(const QString &title, const QString &labelTitle, const QList<Column> &columns)
{
    m_title = title;
    m_labelTitle = labelTitle;
    m_columns = columns;
    Q_EMIT changed();
}

void FigureListModel::setNote(const QString &note)
{
    m_note = note;
    Q_EMIT changed();
}

void FigureListModel::setRows(const FigureRows &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT changed();
}

int FigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString FigureListModel::share(double value) const
{
    const double sum = total();
    return sum > 0 ? QLocale().toString(std::lround(100.0 * value / sum)) + u"\u00a0%"_s : QString();
}

QString FigureListModel::cell(double value, int column) const
{
    return FigureFormat::number(value, m_columns.value(column).kind);
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FigureRow &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case DetailRole:
        return row.detail;
    case ValueRole:
        return row.value();
    case ValueLabelRole:
        return FigureFormat::format(row.value(), m_columns.value(0).kind);
    case FractionRole: {
        const double max = maximum();
        return max > 0 ? row.value() / max : 0.0;
    }
    case ShareLabelRole:
        return share(row.value());
    case CellsRole: {
        QStringList cells;
        for (int c = 0; c < m_columns.size(); ++c) {
            cells.append(cell(row.measures.value(c), c));
        }
        return cells;
    }
    }
    return {};
}

QHash<int, QByteArray> FigureListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "key"},
                  {LabelRole, "label"},
                  {DetailRole, "detail"},
                  {ValueRole, "value"},
                  {ValueLabelRole, "valueLabel"},
                  {FractionRole, "fraction"},
                  {ShareLabelRole, "shareLabel"},
                  {CellsRole, "cells"}});
    return names;
}

QStringList FigureListModel::columnTitles() const
{
    QStringList titles;
    for (const auto &c : m_columns) {
        titles.append(c.title);
    }
    return titles;
}

QString FigureListModel::totalLabel() const
{
    return FigureFormat::format(total(), m_columns.value(0).kind);
}

double FigureListModel::maximum() const
{
    double max = 0;
    for (const auto &row : m_rows) {
        max = std::max(max, row.value());
    }
    return max;
}

double FigureListModel::axisMaximum() const
{
    // 15 % headroom for the labels above the bars, rounded up to a round step of a power of ten.
    double max = 0;
    for (const auto &row : chartRows()) {
        max = std::max(max, row.value());
    }
    const double target = std::max(1.0, max * 1.15);
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= target) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

FigureRows FigureListModel::chartRows() const
{
    if (m_chartLimit <= 0 || m_rows.size() <= m_chartLimit) {
        return m_rows;
    }
    FigureRows rows = m_rows.mid(0, m_chartLimit - 1);
    FigureRow others{u"_autres"_s, tr("Autres"), {}, {0}};
    for (const auto &row : m_rows.mid(m_chartLimit - 1)) {
        others.measures[0] += row.value();
    }
    rows.append(others);
    return rows;
}

QStringList FigureListModel::labels() const
{
    QStringList labels;
    for (const auto &row : chartRows()) {
        labels.append(row.label);
    }
    return labels;
}

QVariantList FigureListModel::values() const
{
    QVariantList values;
    for (const auto &row : chartRows()) {
        values.append(row.value());
    }
    return values;
}

QStringList FigureListModel::sliceLabels() const
{
    QStringList labels;
    for (const auto &row : chartRows()) {
        labels.append(tr("%1\u00a0: %2").arg(row.label, FigureFormat::format(row.value(), m_columns.value(0).kind)));
    }
    return labels;
}

QStringList FigureListModel::details() const
{
    QStringList details;
    for (const auto &row : chartRows()) {
        details.append(row.detail);
    }
    return details;
}

QStringList FigureListModel::valueLabels() const
{
    QStringList labels;
    for (const auto &row : chartRows()) {
        labels.append(FigureFormat::format(row.value(), m_columns.value(0).kind));
    }
    return labels;
}

QStringList FigureListModel::shareLabels() const
{
    QStringList labels;
    for (const auto &row : chartRows()) {
        labels.append(share(row.value()));
    }
    return labels;
}

ReportSection FigureListModel::section() const
{
    ReportSection s{m_title, m_note, m_labelTitle, columnTitles(), {}};
    const double max = maximum();
    for (const auto &row : m_rows) {
        QStringList cells;
        for (int c = 0; c < m_columns.size(); ++c) {
            cells.append(cell(row.measures.value(c), c));
        }
        s.rows.append({row.label, row.detail, cells, max > 0 ? row.value() / max : 0.0});
    }
    return s;
}
