// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kdtree.h"

#include <algorithm>
#include <cmath>

using namespace Lianes;

void KdTree::build(const std::int32_t *data, std::size_t count, std::size_t stride, int nodeSize)
{
    m_nodeSize = std::size_t(std::clamp(nodeSize, 2, 65535));
    m_points.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        m_points[i] = {data[i * stride], data[i * stride + 1], std::uint32_t(i)};
    }
    m_splits.clear();
    if (count > 0) {
        sort(0, count - 1, 0);
        indexSplits(0, count - 1, 0);
    }
}

void KdTree::indexSplits(std::size_t left, std::size_t right, std::size_t node)
{
    if (right - left <= m_nodeSize) {
        return;
    }
    const std::size_t m = (left + right) >> 1;
    if (m_splits.size() < 2 * node + 2) {
        m_splits.resize(2 * node + 2);
    }
    m_splits[2 * node] = m_points[m].x;
    m_splits[2 * node + 1] = m_points[m].y;
    indexSplits(left, m - 1, 2 * node + 1);
    indexSplits(m + 1, right, 2 * node + 2);
}

std::size_t KdTree::within(double qx, double qy, double r, std::uint32_t *out) const
{
    if (m_points.empty()) {
        return 0;
    }
    std::size_t stack[4 * 66];
    std::size_t sp = 0;
    stack[sp++] = 0;
    stack[sp++] = m_points.size() - 1;
    stack[sp++] = 0;
    stack[sp++] = 0;
    std::size_t count = 0;
    const double r2 = r * r;
    const Point *points = m_points.data();
    const std::int32_t *splits = m_splits.data();
    while (sp > 0) {
        const std::size_t node = stack[--sp];
        const std::size_t axis = stack[--sp];
        const std::size_t right = stack[--sp];
        const std::size_t left = stack[--sp];
        if (right - left <= m_nodeSize) {
            for (std::size_t i = left; i <= right; ++i) {
                const double dx = double(points[i].x) - qx;
                const double dy = double(points[i].y) - qy;
                if (dx * dx + dy * dy <= r2) {
                    out[count++] = std::uint32_t(i);
                }
            }
            continue;
        }
        const std::size_t m = (left + right) >> 1;
        const double x = splits[2 * node];
        const double y = splits[2 * node + 1];
        const double dx = x - qx;
        const double dy = y - qy;
        if (dx * dx + dy * dy <= r2) {
            out[count++] = std::uint32_t(m);
        }
        if (axis == 0 ? qx - r <= x : qy - r <= y) {
            stack[sp++] = left;
            stack[sp++] = m - 1;
            stack[sp++] = 1 - axis;
            stack[sp++] = 2 * node + 1;
        }
        if (axis == 0 ? qx + r >= x : qy + r >= y) {
            stack[sp++] = m + 1;
            stack[sp++] = right;
            stack[sp++] = 1 - axis;
            stack[sp++] = 2 * node + 2;
        }
    }
    return count;
}

std::vector<std::uint32_t> KdTree::visitRanks() const
{
    std::vector<std::uint32_t> ranks(m_points.size());
    std::uint32_t next = 0;
    if (!m_points.empty()) {
        rankFrom(0, m_points.size() - 1, next, ranks);
    }
    return ranks;
}

void KdTree::rankFrom(std::size_t left, std::size_t right, std::uint32_t &next, std::vector<std::uint32_t> &ranks) const
{
    if (right - left <= m_nodeSize) {
        for (std::size_t i = left; i <= right; ++i) {
            ranks[i] = next++;
        }
        return;
    }
    const std::size_t m = (left + right) >> 1;
    ranks[m] = next++;
    rankFrom(m + 1, right, next, ranks); // the stack pops the right half first
    rankFrom(left, m - 1, next, ranks);
}

// kd-sorts both arrays: each middle item splits its range on x, then y, alternately.
void KdTree::sort(std::size_t left, std::size_t right, int axis)
{
    if (right - left <= m_nodeSize) {
        return;
    }
    const std::size_t m = (left + right) >> 1;
    if (axis == 0) {
        select<0>(std::ptrdiff_t(m), std::ptrdiff_t(left), std::ptrdiff_t(right));
    } else {
        select<1>(std::ptrdiff_t(m), std::ptrdiff_t(left), std::ptrdiff_t(right));
    }
    sort(left, m - 1, 1 - axis);
    sort(m + 1, right, 1 - axis);
}

// Floyd-Rivest selection, as kdbush does it (same sampling, same swaps, so the same tree).
template<int Axis>
void KdTree::select(std::ptrdiff_t k, std::ptrdiff_t left, std::ptrdiff_t right)
{
    Point *points = m_points.data();
    auto coord = [points](std::ptrdiff_t i) { return Axis == 0 ? points[i].x : points[i].y; };
    while (right > left) {
        if (right - left > 600) {
            const double n = double(right - left + 1);
            const double m = double(k - left + 1);
            const double z = std::log(n);
            const double s = 0.5 * std::exp(2 * z / 3);
            const double sd = 0.5 * std::sqrt(z * s * (n - s) / n) * (m - n / 2 < 0 ? -1 : 1);
            const auto newLeft = std::max(left, std::ptrdiff_t(std::floor(double(k) - m * s / n + sd)));
            const auto newRight = std::min(right, std::ptrdiff_t(std::floor(double(k) + (n - m) * s / n + sd)));
            select<Axis>(k, newLeft, newRight);
        }
        const std::int32_t t = coord(k);
        std::ptrdiff_t i = left;
        std::ptrdiff_t j = right;
        swapItems(left, k);
        if (coord(right) > t) {
            swapItems(left, right);
        }
        while (i < j) {
            swapItems(i, j);
            ++i;
            --j;
            while (coord(i) < t) {
                ++i;
            }
            while (coord(j) > t) {
                --j;
            }
        }
        if (coord(left) == t) {
            swapItems(left, j);
        } else {
            ++j;
            swapItems(j, right);
        }
        if (j <= k) {
            left = j + 1;
        }
        if (k <= j) {
            right = j - 1;
        }
    }
}
