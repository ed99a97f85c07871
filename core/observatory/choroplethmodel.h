// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choroplethscale.h"
#include "figurerow.h"

#include <QAbstractListModel>
#include <QColor>
#include <QQmlEngine>

namespace Lianes {

/** Areas of a map shaded by a count: the five départements or the world's countries, by number of actors or
 *  of projects. Rows are the areas that have a count (all five départements); `colors` and `valueLabels`
 *  map an area code (the BasemapModel's `code`) to its fill and its number; `legend` lists the classes. */
class ChoroplethModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Observatory")
    Q_PROPERTY(QString layer READ layer CONSTANT)
    Q_PROPERTY(Measure measure READ measure WRITE setMeasure NOTIFY measureChanged)
    Q_PROPERTY(QString measureLabel READ measureLabel NOTIFY measureChanged)
    Q_PROPERTY(QString legendTitle READ legendTitle NOTIFY measureChanged)
    Q_PROPERTY(QVariantMap colors READ colors NOTIFY changed)
    Q_PROPERTY(QVariantMap valueLabels READ valueLabels NOTIFY changed)
    Q_PROPERTY(QVariantList legend READ legend NOTIFY changed)
    Q_PROPERTY(QColor zeroColor READ zeroColor CONSTANT)
    /** What is counted apart: "66 acteurs sans département"; empty when none. */
    Q_PROPERTY(QString apartLabel READ apartLabel NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    enum class Measure { Actors, Projects };
    Q_ENUM(Measure)

    enum Roles {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        ValueRole,
        ValueLabelRole,
        ClassRole, ///< index in the legend; -1 for zero
        ColorRole,
    };
    Q_ENUM(Roles)

    /** @p layer: "departements" or "world", the BasemapModel layer it shades. */
    explicit ChoroplethModel(const QString &layer, QObject *parent = nullptr);

    /** Counts per area for both measures, and how many of each could not be placed in any area. */
    void setFigures(const FigureRows &actors, int actorsApart, const FigureRows &projects, int projectsApart);

    [[nodiscard]] QString layer() const { return m_layer; }
    [[nodiscard]] Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    [[nodiscard]] QString measureLabel() const;
    [[nodiscard]] QString legendTitle() const;
    [[nodiscard]] QVariantMap colors() const { return m_colors; }
    [[nodiscard]] QVariantMap valueLabels() const { return m_valueLabels; }
    [[nodiscard]] QVariantList legend() const { return m_legend; }
    [[nodiscard]] QColor zeroColor() const { return ChoroplethScale::zeroColor(); }
    [[nodiscard]] QString apartLabel() const;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] const ChoroplethScale &scale() const { return m_scale; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void measureChanged();
    void changed();

private:
    void rebuild();

    QString m_layer;
    Measure m_measure = Measure::Actors;
    FigureRows m_actors;
    FigureRows m_projects;
    int m_actorsApart = 0;
    int m_projectsApart = 0;
    FigureRows m_rows;
    ChoroplethScale m_scale;
    QVariantMap m_colors;
    QVariantMap m_valueLabels;
    QVariantList m_legend;
};

} // namespace Lianes
