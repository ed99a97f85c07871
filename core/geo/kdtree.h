// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace Lianes {

/** A static KD-tree over integer points, built like kdbush 4 (flat arrays kd-sorted in place,
 *  leaves of nodeSize points searched linearly): same tree, same visiting order, no allocation per
 *  query. Queries report tree positions (position p holds point id(p)), so callers can keep their
 *  per-point state in tree order, next to the coordinates a query reads. The split points are also
 *  kept in breadth-first order, so a descent touches a few cache lines instead of one per level.
 *  Coordinates are int32; query bounds are doubles, compared as kdbush compares them. */
class KdTree
{
public:
    /** Indexes @p count points read from @p data: x at data[i * stride], y at data[i * stride + 1];
     *  point i gets id i. */
    void build(const std::int32_t *data, std::size_t count, std::size_t stride, int nodeSize = 64);

    [[nodiscard]] std::size_t size() const { return m_points.size(); }
    [[nodiscard]] std::uint32_t id(std::size_t position) const { return m_points[position].id; }
    [[nodiscard]] std::int32_t x(std::size_t position) const { return m_points[position].x; }
    [[nodiscard]] std::int32_t y(std::size_t position) const { return m_points[position].y; }
    /** Tree positions in the order within() and range() report them (middle point first, then the
     *  right half, then the left; leaves in position order): rank of each position. */
    [[nodiscard]] std::vector<std::uint32_t> visitRanks() const;

    /** Calls @p visit(position) for every point with minX <= x <= maxX and minY <= y <= maxY. */
    template<typename Visit>
    void range(double minX, double minY, double maxX, double maxY, Visit &&visit) const;

    /** Writes into @p out (room for size() entries) the positions of the points within @p r of
     *  (qx, qy); returns how many. Distances are compared squared, in doubles, as kdbush does. */
    std::size_t within(double qx, double qy, double r, std::uint32_t *out) const;

private:
    void sort(std::size_t left, std::size_t right, int axis);
    template<int Axis>
    void select(std::ptrdiff_t k, std::ptrdiff_t left, std::ptrdiff_t right);
    void swapItems(std::ptrdiff_t i, std::ptrdiff_t j) { std::swap(m_points.data()[i], m_points.data()[j]); }
    void indexSplits(std::size_t left, std::size_t right, std::size_t node);
    void rankFrom(std::size_t left, std::size_t right, std::uint32_t &next, std::vector<std::uint32_t> &ranks) const;

    struct Point {
        std::int32_t x;
        std::int32_t y;
        std::uint32_t id;
    };
    std::vector<Point> m_points; ///< by tree position
    std::vector<std::int32_t> m_splits; ///< x, y of each node's middle point, breadth-first (root 0,
                                        ///< children 2k + 1 and 2k + 2)
    std::size_t m_nodeSize = 64;
};

template<typename Visit>
void KdTree::range(double minX, double minY, double maxX, double maxY, Visit &&visit) const
{
    if (m_points.empty()) {
        return;
    }
    // Iterative depth-first search over (left, right, axis, node) frames; the height is at most ~32.
    std::size_t stack[4 * 66];
    std::size_t sp = 0;
    stack[sp++] = 0;
    stack[sp++] = m_points.size() - 1;
    stack[sp++] = 0;
    stack[sp++] = 0;
    const Point *points = m_points.data();
    const std::int32_t *splits = m_splits.data();
    while (sp > 0) {
        const std::size_t node = stack[--sp];
        const std::size_t axis = stack[--sp];
        const std::size_t right = stack[--sp];
        const std::size_t left = stack[--sp];
        if (right - left <= m_nodeSize) {
            for (std::size_t i = left; i <= right; ++i) {
                const double x = points[i].x;
                const double y = points[i].y;
                if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                    visit(i);
                }
            }
            continue;
        }
        const std::size_t m = (left + right) >> 1;
        const double x = splits[2 * node];
        const double y = splits[2 * node + 1];
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
            visit(m);
        }
        if (axis == 0 ? minX <= x : minY <= y) {
            stack[sp++] = left;
            stack[sp++] = m - 1;
            stack[sp++] = 1 - axis;
            stack[sp++] = 2 * node + 1;
        }
        if (axis == 0 ? maxX >= x : maxY >= y) {
            stack[sp++] = m + 1;
            stack[sp++] = right;
            stack[sp++] = 1 - axis;
            stack[sp++] = 2 * node + 2;
        }
    }
}

} // namespace Lianes
