// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "choroplethscale.h"

#include <algorithm>
#include <array>
#include <cmath>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
// ColorBrewer "Greens" (sequential, colour-blind safe), without its near-white first step.
const std::array<QColor, 5> Ramp{QColor(0xc7e9c0), QColor(0xa1d99b), QColor(0x74c476), QColor(0x31a354),
                                 QColor(0x006d2c)};

// Colours spread over the ramp for @p count classes (one class: a middle-dark green).
QColor rampColor(int index, int count)
{
    if (count <= 1) {
        return Ramp[3];
    }
    const double step = double(Ramp.size() - 1) / double(count - 1);
    return Ramp[std::size_t(std::lround(index * step))];
}
}

ChoroplethScale ChoroplethScale::fromValues(const QList<int> &values, int maxClasses)
{
    QList<int> nonZero;
    for (int v : values) {
        if (v > 0) {
            nonZero.append(v);
        }
    }
    std::sort(nonZero.begin(), nonZero.end());
    QList<int> distinct = nonZero;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());

    ChoroplethScale scale;
    const int classes = std::clamp(maxClasses, 1, int(Ramp.size()));
    QList<std::pair<int, int>> bounds;
    if (distinct.size() <= classes) {
        for (int v : distinct) {
            bounds.append({v, v});
        }
    } else {
        // Quantiles: the upper bound of class i is the value reached by i/classes of the areas.
        int lower = nonZero.first();
        const auto n = nonZero.size();
        for (int i = 1; i <= classes && lower <= nonZero.last(); ++i) {
            int upper = nonZero[std::max<qsizetype>(0, (i * n + classes - 1) / classes - 1)];
            if (upper < lower) { // many equal values: reach the next count that some area has
                upper = *std::lower_bound(nonZero.cbegin(), nonZero.cend(), lower);
            }
            if (i == classes) {
                upper = nonZero.last();
            }
            bounds.append({lower, upper});
            lower = upper + 1;
        }
    }
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        const auto [lower, upper] = bounds[i];
        ChoroplethBin bin;
        bin.lower = lower;
        bin.upper = upper;
        bin.color = rampColor(int(i), int(bounds.size()));
        bin.label = lower == upper ? QString::number(lower) : u"%1 – %2"_s.arg(lower).arg(upper);
        bin.areas = int(std::count_if(nonZero.cbegin(), nonZero.cend(),
                                      [&](int v) { return v >= lower && v <= upper; }));
        scale.m_bins.append(bin);
    }
    return scale;
}

int ChoroplethScale::classOf(int value) const
{
    for (qsizetype i = 0; i < m_bins.size(); ++i) {
        if (value >= m_bins[i].lower && value <= m_bins[i].upper) {
            return int(i);
        }
    }
    return -1;
}

QColor ChoroplethScale::colorOf(int value) const
{
    const int c = classOf(value);
    return c < 0 ? zeroColor() : m_bins[c].color;
}

QColor ChoroplethScale::zeroColor()
{
    return QColor(0xf4f2ec);
}
