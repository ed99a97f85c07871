// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureformat.h"
#include "figurerow.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

struct ReportSection;

/** One figure of the observatory (a chart and the table behind it): rows of categories with their
 *  measures written out, plus the lists a Qt Graphs series binds to (labels, values). */
class FigureListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Observatory")
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    Q_PROPERTY(QString labelTitle READ labelTitle NOTIFY changed)
    Q_PROPERTY(QStringList columnTitles READ columnTitles NOTIFY changed)
    Q_PROPERTY(QString total READ totalLabel NOTIFY changed)
    Q_PROPERTY(double maximum READ maximum NOTIFY changed)
    /** A round axis maximum above the largest charted value, with room for the value labels. */
    Q_PROPERTY(double axisMaximum READ axisMaximum NOTIFY changed)
    /** Charted rows (at most chartLimit, the rest summed as "Autres"): categories, values, slice texts. */
    Q_PROPERTY(QStringList labels READ labels NOTIFY changed)
    Q_PROPERTY(QVariantList values READ values NOTIFY changed)
    Q_PROPERTY(QStringList sliceLabels READ sliceLabels NOTIFY changed)
    Q_PROPERTY(QStringList details READ details NOTIFY changed)
    Q_PROPERTY(QStringList valueLabels READ valueLabels NOTIFY changed)
    Q_PROPERTY(QStringList shareLabels READ shareLabels NOTIFY changed)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        DetailRole,
        ValueRole, ///< first measure, a number
        ValueLabelRole, ///< first measure, written with its unit
        FractionRole, ///< value / maximum, 0..1, for bars drawn in tables
        ShareLabelRole, ///< share of the total, "28 %"
        CellsRole, ///< every measure written, one per column title
    };
    Q_ENUM(Roles)

    struct Column {
        QString title;
        FigureFormat::Kind kind = FigureFormat::Kind::Count;
    };

    explicit FigureListModel(QObject *parent = nullptr);

    /** The figure's title, and titles of the label column and of the measure columns (the first is the
     *  charted one). */
    void setColumns(const QString &title, const QString &labelTitle, const QList<Column> &columns);
    /** A line under the chart: how it is counted, what is counted apart. */
    void setNote(const QString &note);
    /** Charts show at most @p limit rows, the others summed as one "Autres" row; 0 shows all. */
    void setChartLimit(int limit) { m_chartLimit = limit; }
    void setRows(const FigureRows &rows);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool empty() const { return m_rows.isEmpty(); }
    [[nodiscard]] const FigureRows &rows() const { return m_rows; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString note() const { return m_note; }
    [[nodiscard]] QString labelTitle() const { return m_labelTitle; }
    [[nodiscard]] QStringList columnTitles() const;
    [[nodiscard]] double total() const { return Figures::total(m_rows); }
    [[nodiscard]] QString totalLabel() const;
    [[nodiscard]] double maximum() const;
    [[nodiscard]] double axisMaximum() const;
    [[nodiscard]] QStringList labels() const;
    [[nodiscard]] QVariantList values() const;
    [[nodiscard]] QStringList sliceLabels() const;
    [[nodiscard]] QStringList details() const;
    [[nodiscard]] QStringList valueLabels() const;
    [[nodiscard]] QStringList shareLabels() const;
    /** The table as the PDF report draws it. */
    [[nodiscard]] ReportSection section() const;

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] FigureRows chartRows() const;
    [[nodiscard]] QString cell(double value, int column) const;
    [[nodiscard]] QString share(double value) const;

    QString m_title;
    QString m_note;
    QString m_labelTitle;
    QList<Column> m_columns;
    FigureRows m_rows;
    int m_chartLimit = 0;
};

} // namespace Lianes
