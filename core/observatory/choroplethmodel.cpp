// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethmodel.h"

#include "figureformat.h"

#include <algorithm>

using namespace Lianes;
using namespace Qt::StringLiterals;

ChoroplethModel::ChoroplethModel(const QString &layer, QObject *parent)
    : QAbstractListModel(parent)
    , m_layer(layer)
{
}

void ChoroplethModel::setFigures(const FigureRows &actors, int actorsApart, const FigureRows &projects,
                                 int projectsApart)
{
    m_actors = actors;
    m_projects = projects;
    m_actorsApart = actorsApart;
    m_projectsApart = projectsApart;
    rebuild();
}

void ChoroplethModel::setMeasure(Measure measure)
{
    if (measure == m_measure) {
        return;
    }
    m_measure = measure;
    Q_EMIT measureChanged();
    rebuild();
}

QString ChoroplethModel::measureLabel() const
{
    return m_measure == Measure::Actors ? tr("acteurs") : tr("projets");
}

QString ChoroplethModel::legendTitle() const
{
    return m_measure == Measure::Actors ? tr("Nombre d'acteurs") : tr("Nombre de projets");
}

QString ChoroplethModel::apartLabel() const
{
    const int apart = m_measure == Measure::Actors ? m_actorsApart : m_projectsApart;
    if (apart == 0) {
        return {};
    }
    const QString n = FigureFormat::number(apart, FigureFormat::Kind::Count);
    const bool many = apart > 1;
    if (m_layer == "world"_L1) {
        if (m_measure == Measure::Actors) {
            return (many ? tr("%1 acteurs sans pays partenaire") : tr("%1 acteur sans pays partenaire")).arg(n);
        }
        return (many ? tr("%1 projets sans pays partenaire") : tr("%1 projet sans pays partenaire")).arg(n);
    }
    if (m_measure == Measure::Actors) {
        return (many ? tr("%1 acteurs sans département") : tr("%1 acteur sans département")).arg(n);
    }
    return (many ? tr("%1 projets sans acteur situé") : tr("%1 projet sans acteur situé")).arg(n);
}

void ChoroplethModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const auto &row : m_measure == Measure::Actors ? m_actors : m_projects) {
        // Every département is a row (a zero is a figure there); countries only when they have a count.
        if (row.value() > 0 || m_layer != "world"_L1) {
            m_rows.append(row);
        }
    }
    QList<int> values;
    for (const auto &row : std::as_const(m_rows)) {
        values.append(int(row.value()));
    }
    m_scale = ChoroplethScale::fromValues(values);
    m_colors.clear();
    m_valueLabels.clear();
    for (const auto &row : std::as_const(m_rows)) {
        m_colors.insert(row.key, m_scale.colorOf(int(row.value())));
        m_valueLabels.insert(row.key, FigureFormat::number(row.value(), FigureFormat::Kind::Count));
    }
    m_legend.clear();
    for (const auto &bin : m_scale.bins()) {
        m_legend.append(QVariantMap{{u"label"_s, bin.label}, {u"color"_s, bin.color}, {u"areas"_s, bin.areas}});
    }
    // The zero class only where some area shows it: the world's other countries, a département at 0.
    const int zeros = int(std::count(values.cbegin(), values.cend(), 0));
    if (m_layer == "world"_L1 || zeros > 0) {
        m_legend.append(QVariantMap{{u"label"_s, u"0"_s}, {u"color"_s, zeroColor()}, {u"areas"_s, zeros}});
    }
    endResetModel();
    Q_EMIT changed();
}

int ChoroplethModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChoroplethModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FigureRow &row = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return row.key;
    case Qt::DisplayRole:
    case NameRole:
        return row.label;
    case ValueRole:
        return int(row.value());
    case ValueLabelRole:
        return m_valueLabels.value(row.key);
    case ClassRole:
        return m_scale.classOf(int(row.value()));
    case ColorRole:
        return m_scale.colorOf(int(row.value()));
    }
    return {};
}

QHash<int, QByteArray> ChoroplethModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{CodeRole, "code"},
                  {NameRole, "name"},
                  {ValueRole, "value"},
                  {ValueLabelRole, "valueLabel"},
                  {ClassRole, "colorClass"},
                  {ColorRole, "color"}});
    return names;
}
