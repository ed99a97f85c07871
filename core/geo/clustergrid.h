// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

namespace Lianes {

/** Items of a zoom level as flat Int32 records, in their data order: x, y, id, count. */
enum ClusterRecord : std::size_t { RecordX = 0, RecordY = 1, RecordId = 2, RecordNum = 3, RecordStride = 4 };

/** One pass of supercluster's greedy clustering (one zoom), with its neighbour search: the items
 *  bucketed in a uniform grid of cells at least twice the radius wide, stored cell by cell, so
 *  that "who is within r" reads two short runs of memory. It finds exactly the items a KD-tree
 *  within() finds (same squared-distance test in doubles); only their order differs, which
 *  matters only when minPoints > 2: then the caller gives the KD-tree's order (ranks). */
class ClusterGrid
{
public:
    /** What a pass works on. */
    struct Pass {
        const std::int32_t *records = nullptr; ///< the level's items (ClusterRecord), data order
        std::size_t count = 0;
        double radius = 0; ///< in Int32 units
        int zoom = 0;
        std::int32_t unprocessed = 0; ///< a zoom above every pass: maxZoom + 1
        std::int32_t pointCount = 0; ///< points of the index (offset of the cluster ids)
        int minPoints = 2;
        const std::uint32_t *ranks = nullptr; ///< by data index, order of a KD-tree within(); needed if minPoints > 2
    };

    /** Clusters @p pass.records at @p pass.zoom: writes the next level's records (data order) to
     *  @p out and, for items merged into a cluster, its id to @p parent (by data index). Returns
     *  how many records it wrote. */
    std::size_t run(const Pass &pass, std::int32_t *out, std::int32_t *parent);

    /** Writes to @p out the indices of the entries within the radius of (qx, qy); returns how many. */
    std::size_t within(double qx, double qy, std::uint32_t *out) const;

private:
    /** An item during the pass, stored in cell order (its coordinates apart, for the scans). */
    struct Entry {
        std::int32_t num; ///< points it holds
        std::int32_t zoom; ///< zoom at which it was processed, or above the pass's zoom
        std::int32_t id; ///< point index or cluster id
        std::uint32_t index; ///< its data index in the level
    };

    void reset(std::size_t count, double radius, std::int32_t minX, std::int32_t minY, std::int32_t maxX,
               std::int32_t maxY);
    /** Counts an item in its cell (every item, before finish()). */
    void count(std::int32_t x, std::int32_t y);
    /** Lays the cells out; then place() each item, in the same order as count(). */
    void finish();
    /** Stores the item at (@p x, @p y) in its cell; returns its index among the entries. */
    std::uint32_t place(std::int32_t x, std::int32_t y, const Entry &entry);
    /** Memory hints for a query at (qx, qy) coming soon: first its cells' bounds, later their runs
     *  (the items come in an order unrelated to space, so each query would wait for memory). */
    void prefetchCells(double qx, double qy) const;
    void prefetchRuns(double qx, double qy) const;
    [[nodiscard]] std::size_t cellX(double x) const;
    [[nodiscard]] std::size_t cellY(double y) const;

    double m_radius = 0;
    double m_r2 = 0;
    double m_minX = 0;
    double m_minY = 0;
    double m_inverseCell = 0;
    std::size_t m_width = 1;
    std::size_t m_height = 1;
    std::vector<std::uint32_t> m_cellOfItem; ///< cell of the i-th counted item
    std::size_t m_placed = 0;
    std::vector<std::uint32_t> m_start; ///< first entry of each cell (+ one past the end)
    std::vector<std::uint32_t> m_cursor;
    struct Coords {
        std::int32_t x;
        std::int32_t y;
    };
    std::vector<Coords> m_coords; ///< by entry
    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_entryOf; ///< data index → entry
    std::vector<std::uint32_t> m_neighbours; ///< scratch of within()
};

inline std::size_t ClusterGrid::cellX(double x) const
{
    const double c = std::floor((x - m_minX) * m_inverseCell);
    return c <= 0 ? 0 : c >= double(m_width - 1) ? m_width - 1 : std::size_t(c);
}

inline std::size_t ClusterGrid::cellY(double y) const
{
    const double c = std::floor((y - m_minY) * m_inverseCell);
    return c <= 0 ? 0 : c >= double(m_height - 1) ? m_height - 1 : std::size_t(c);
}

} // namespace Lianes
