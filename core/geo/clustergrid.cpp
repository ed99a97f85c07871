// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustergrid.h"

#include <algorithm>

using namespace Lianes;

void ClusterGrid::reset(std::size_t count, double radius, std::int32_t minX, std::int32_t minY, std::int32_t maxX,
                        std::int32_t maxY)
{
    m_radius = radius;
    m_r2 = radius * radius;
    m_minX = minX;
    m_minY = minY;
    const double spanX = double(maxX) - double(minX) + 1;
    const double spanY = double(maxY) - double(minY) + 1;
    // Cells at least 2r + 2 wide, so a query box covers at most 2 x 2 cells; coarser when the
    // grid would have more cells than about twice the items.
    const double maxCells = 2.0 * double(count) + 64;
    double cell = std::max(2 * radius + 2, 1.0);
    cell = std::max(cell, std::sqrt(spanX * spanY / maxCells));
    for (;;) {
        m_width = std::size_t(spanX / cell) + 1;
        m_height = std::size_t(spanY / cell) + 1;
        if (double(m_width) * double(m_height) <= maxCells + double(m_width + m_height)) {
            break;
        }
        cell *= 1.25;
    }
    m_inverseCell = 1.0 / cell;
    m_start.assign(m_width * m_height + 1, 0);
    m_cellOfItem.resize(count);
    m_entries.resize(count);
    m_coords.resize(count);
    m_placed = 0;
}

void ClusterGrid::count(std::int32_t x, std::int32_t y)
{
    const std::uint32_t cell = std::uint32_t(cellY(y) * m_width + cellX(x));
    m_cellOfItem[m_placed++] = cell;
    ++m_start[cell + 1];
}

void ClusterGrid::finish()
{
    for (std::size_t c = 1; c < m_start.size(); ++c) {
        m_start[c] += m_start[c - 1];
    }
    m_cursor.assign(m_start.begin(), m_start.end() - 1);
    m_placed = 0;
}

std::uint32_t ClusterGrid::place(std::int32_t x, std::int32_t y, const Entry &entry)
{
    const std::uint32_t slot = m_cursor[m_cellOfItem[m_placed++]]++;
    m_coords[slot] = {x, y};
    m_entries[slot] = entry;
    return slot;
}

std::size_t ClusterGrid::within(double qx, double qy, std::uint32_t *out) const
{
    // One unit of margin: the box is a superset of the disc whatever the rounding.
    const std::size_t x0 = cellX(qx - m_radius - 1);
    const std::size_t x1 = cellX(qx + m_radius + 1);
    const std::size_t y0 = cellY(qy - m_radius - 1);
    const std::size_t y1 = cellY(qy + m_radius + 1);
    const Coords *coords = m_coords.data();
    std::size_t found = 0;
    for (std::size_t cy = y0; cy <= y1; ++cy) {
        const std::uint32_t end = m_start[cy * m_width + x1 + 1];
        for (std::uint32_t k = m_start[cy * m_width + x0]; k < end; ++k) {
            const double dx = double(coords[k].x) - qx;
            const double dy = double(coords[k].y) - qy;
            if (dx * dx + dy * dy <= m_r2) {
                out[found++] = k;
            }
        }
    }
    return found;
}

void ClusterGrid::prefetchCells(double qx, double qy) const
{
    const std::size_t x0 = cellX(qx - m_radius - 1);
    __builtin_prefetch(m_start.data() + cellY(qy - m_radius - 1) * m_width + x0);
    __builtin_prefetch(m_start.data() + cellY(qy + m_radius + 1) * m_width + x0);
}

void ClusterGrid::prefetchRuns(double qx, double qy) const
{
    const std::size_t x0 = cellX(qx - m_radius - 1);
    __builtin_prefetch(m_coords.data() + m_start[cellY(qy - m_radius - 1) * m_width + x0]);
    __builtin_prefetch(m_coords.data() + m_start[cellY(qy + m_radius + 1) * m_width + x0]);
}
