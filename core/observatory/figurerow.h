// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lianes {

/** One bar, slice or table row of a figure: a category and its measures (the first one is charted). */
struct FigureRow {
    QString key; ///< stable code: actor type, département, ISO country, "2020-03", a record id
    QString label; ///< translated, ready to show
    QString detail; ///< secondary text (a date, a place), may be empty
    QList<double> measures;

    [[nodiscard]] double value() const { return measures.value(0); }
};
using FigureRows = QList<FigureRow>;

namespace Figures {
/** Sorts by the first measure, largest first; ties keep their order (the vocabulary's). */
void sortByValue(FigureRows &rows);
/** Sum of measure @p index over @p rows. */
[[nodiscard]] double total(const FigureRows &rows, int index = 0);
/** The row with @p key, or nullptr. */
[[nodiscard]] const FigureRow *find(const FigureRows &rows, const QString &key);
}

} // namespace Lianes
