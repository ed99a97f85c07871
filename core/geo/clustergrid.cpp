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

namespace {
std::int32_t toInt32(double v)
{
    return static_cast<std::int32_t>(v); // truncates toward zero, like a store into an Int32Array
}
} // namespace

std::size_t ClusterGrid::run(const Pass &pass, std::int32_t *out, std::int32_t *parent)
{
    const std::size_t n = pass.count;
    if (n == 0) {
        return 0;
    }
    const std::int32_t *records = pass.records;
    std::int32_t minX = records[RecordX], maxX = minX, minY = records[RecordY], maxY = minY;
    for (std::size_t i = 1; i < n; ++i) {
        const std::int32_t *r = records + i * RecordStride;
        minX = std::min(minX, r[RecordX]);
        maxX = std::max(maxX, r[RecordX]);
        minY = std::min(minY, r[RecordY]);
        maxY = std::max(maxY, r[RecordY]);
    }
    reset(n, pass.radius, minX, minY, maxX, maxY);
    for (std::size_t i = 0; i < n; ++i) {
        count(records[i * RecordStride + RecordX], records[i * RecordStride + RecordY]);
    }
    finish();
    m_entryOf.resize(n);
    m_neighbours.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t *r = records + i * RecordStride;
        m_entryOf[i] = place(r[RecordX], r[RecordY], {r[RecordNum], pass.unprocessed, r[RecordId], std::uint32_t(i)});
    }
    Entry *entries = m_entries.data();
    std::uint32_t *neighbours = m_neighbours.data();
    const int zoom = pass.zoom;

    std::int32_t *o = out;
    auto copy = [&o, this](std::uint32_t k, const Entry &e) {
        o[RecordX] = m_coords[k].x;
        o[RecordY] = m_coords[k].y;
        o[RecordId] = e.id;
        o[RecordNum] = e.num;
        o += RecordStride;
    };
    // The items come in data order, scattered in memory: fetch what the next ones need early,
    // in three steps (the entry, then its cells' bounds, then the cells' runs).
    constexpr std::size_t Ahead = 8;
    for (std::size_t i = 0; i < n; ++i) {
        if (i + 3 * Ahead < n) {
            const std::uint32_t next = m_entryOf[i + 3 * Ahead];
            __builtin_prefetch(entries + next);
            __builtin_prefetch(m_coords.data() + next);
        }
        if (i + 2 * Ahead < n) {
            const std::uint32_t next = m_entryOf[i + 2 * Ahead];
            prefetchCells(m_coords[next].x, m_coords[next].y);
        }
        if (i + Ahead < n) {
            const std::uint32_t next = m_entryOf[i + Ahead];
            prefetchRuns(m_coords[next].x, m_coords[next].y);
        }
        const std::uint32_t k = m_entryOf[i];
        Entry &e = entries[k];
        if (e.zoom <= zoom) {
            continue; // already merged into a cluster at this zoom
        }
        e.zoom = zoom;
        const std::int32_t x = m_coords[k].x;
        const std::int32_t y = m_coords[k].y;
        const std::size_t found = within(x, y, neighbours);

        std::int32_t numPoints = e.num;
        for (std::size_t j = 0; j < found; ++j) {
            const Entry &nb = entries[neighbours[j]];
            if (nb.zoom > zoom) {
                numPoints += nb.num;
            }
        }

        if (numPoints > e.num && numPoints >= pass.minPoints) {
            double wx = double(x) * e.num;
            double wy = double(y) * e.num;
            // The id encodes the origin item and zoom, offset by the number of points.
            const std::int32_t id = (std::int32_t(i) << 5) + (zoom + 1) + pass.pointCount;
            for (std::size_t j = 0; j < found; ++j) {
                Entry &nb = entries[neighbours[j]];
                if (nb.zoom <= zoom) {
                    continue;
                }
                nb.zoom = zoom;
                // Integer coordinates times counts: the sums are exact, whatever the order.
                wx += double(m_coords[neighbours[j]].x) * nb.num;
                wy += double(m_coords[neighbours[j]].y) * nb.num;
                parent[nb.index] = id;
            }
            parent[i] = id;
            o[RecordX] = toInt32(wx / numPoints);
            o[RecordY] = toInt32(wy / numPoints);
            o[RecordId] = id;
            o[RecordNum] = numPoints;
            o += RecordStride;
        } else {
            copy(k, e);
            if (numPoints > e.num) { // too few to cluster (minPoints > 2): the neighbours stay as they are
                std::sort(neighbours, neighbours + found, [&](std::uint32_t a, std::uint32_t b) {
                    return pass.ranks[entries[a].index] < pass.ranks[entries[b].index];
                });
                for (std::size_t j = 0; j < found; ++j) {
                    Entry &nb = entries[neighbours[j]];
                    if (nb.zoom <= zoom) {
                        continue;
                    }
                    nb.zoom = zoom;
                    copy(neighbours[j], nb);
                }
            }
        }
    }
    return std::size_t(o - out) / RecordStride;
}
