// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Lianes {

/** One class of a choropleth: the counts from lower to upper (inclusive), its colour and legend text. */
struct ChoroplethBin {
    int lower = 0;
    int upper = 0;
    QColor color;
    QString label; ///< "12" or "3 – 5"
    int areas = 0; ///< how many areas fall in it
};

/** Colour classes for counts shown on a map. Zero has its own neutral colour (no bin). When there are
 *  no more distinct non-zero counts than classes, each count is a class (exact, easy to read); otherwise
 *  classes hold about as many areas each (quantiles), with integer bounds. Greens, light to dark. */
class ChoroplethScale
{
public:
    ChoroplethScale() = default;
    [[nodiscard]] static ChoroplethScale fromValues(const QList<int> &values, int maxClasses = 5);

    [[nodiscard]] const QList<ChoroplethBin> &bins() const { return m_bins; }
    /** Index of the bin holding @p value; -1 for zero (or below every bin). */
    [[nodiscard]] int classOf(int value) const;
    [[nodiscard]] QColor colorOf(int value) const;
    [[nodiscard]] static QColor zeroColor();

private:
    QList<ChoroplethBin> m_bins;
};

} // namespace Lianes
