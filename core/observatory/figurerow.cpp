// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurerow.h"

#include <algorithm>

using namespace Lianes;

void Figures::sortByValue(FigureRows &rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const FigureRow &a, const FigureRow &b) { return a.value() > b.value(); });
}

double Figures::total(const FigureRows &rows, int index)
{
    double sum = 0;
    for (const auto &row : rows) {
        sum += row.measures.value(index);
    }
    return sum;
}

const FigureRow *Figures::find(const FigureRows &rows, const QString &key)
{
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [&key](const FigureRow &r) { return r.key == key; });
    return it == rows.cend() ? nullptr : &*it;
}
