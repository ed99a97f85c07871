// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterindex.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <numbers>

using namespace Lianes;

namespace {

// Source coordinates in [0, 1] are stored as (c - 0.5) * 2^30 in Int32, as supercluster 9 does:
// the truncation to integers is part of its semantics (which points fall within the radius).
constexpr double Scale = 1073741824.0;
constexpr double InvScale = 1.0 / Scale;
double encode(double c)
{
    return (c - 0.5) * Scale;
}
double decode(double v)
{
    return v * InvScale + 0.5;
}
std::int32_t toInt32(double v)
{
    return static_cast<std::int32_t>(v); // truncates toward zero, like a store into an Int32Array
}

// Levels at least this big get their KD-tree built on another thread.
constexpr std::size_t ThreadedTreeSize = 65536;

} // namespace

ClusterIndex::ClusterIndex()
    : ClusterIndex(Options())
{
}

ClusterIndex::ClusterIndex(Options options)
    : m_options(options)
{
    m_options.maxZoom = std::clamp(m_options.maxZoom, 0, 30);
    m_options.minZoom = std::clamp(m_options.minZoom, 0, m_options.maxZoom);
    m_levelOfZoom.fill(-1);
}

double ClusterIndex::lngX(double lng)
{
    return lng / 360 + 0.5;
}

double ClusterIndex::latY(double lat)
{
    const double s = std::sin(lat * std::numbers::pi / 180);
    const double y = 0.5 - 0.25 * std::log((1 + s) / (1 - s)) / std::numbers::pi;
    return y < 0 ? 0 : y > 1 ? 1 : y;
}

double ClusterIndex::xLng(double x)
{
    return (x - 0.5) * 360;
}

double ClusterIndex::yLat(double y)
{
    const double y2 = (180 - y * 360) * std::numbers::pi / 180;
    return 360 * std::atan(std::exp(y2)) / std::numbers::pi - 90;
}

void ClusterIndex::load(std::span<const LonLat> points)
{
    const int minZoom = m_options.minZoom;
    const int maxZoom = m_options.maxZoom;
    const std::size_t n = points.size();
    m_points.assign(points.begin(), points.end());
    m_levels.clear();
    // Room for every level: a level's address stays put while its tree is built on another thread.
    m_levels.reserve(std::size_t(maxZoom - minZoom + 2));
    m_levelOfZoom.fill(-1);

    Level first;
    first.count = n;
    first.records.resize(n * RecordStride);
    std::int32_t *d = first.records.data();
    for (std::size_t i = 0; i < n; ++i, d += RecordStride) {
        d[RecordX] = toInt32(encode(lngX(points[i].lon)));
        d[RecordY] = toInt32(encode(latY(points[i].lat)));
        d[RecordId] = std::int32_t(i);
        d[RecordNum] = 1;
    }
    m_levels.push_back(std::move(first));
    m_levelOfZoom[std::size_t(maxZoom + 1)] = 0;

    // The KD-trees serve the queries only; the passes search neighbours in a grid. So each
    // level's tree is built on another thread while the next zooms are clustered.
    std::vector<std::future<void>> trees;
    auto startTree = [&](std::size_t index) {
        Level *level = &m_levels[index];
        if (m_options.parallelTrees && level->count >= ThreadedTreeSize) {
            trees.push_back(std::async(std::launch::async, [this, level] { buildTree(*level); }));
        } else {
            buildTree(*level);
        }
    };
    startTree(0);

    // Cluster the points at maxZoom, then those clusters one zoom out, and so on. A zoom where
    // nothing merges shares the level above it (same items, same tree), as supercluster does.
    std::size_t prevLevel = 0;
    for (int z = maxZoom; z >= minZoom; --z) {
        Level &prev = m_levels[prevLevel];
        std::vector<std::uint32_t> ranks;
        if (m_options.minPoints > 2) {
            // Too few to cluster: the neighbours go out in the order the level's KD-tree gives.
            for (auto &tree : trees) {
                tree.wait();
            }
            const std::vector<std::uint32_t> byPosition = prev.tree.visitRanks();
            ranks.resize(prev.count);
            for (std::size_t i = 0; i < prev.count; ++i) {
                ranks[i] = byPosition[prev.positionOf[i]];
            }
        }
        if (prev.parent.empty()) {
            prev.parent.assign(prev.count, -1);
        }
        ClusterGrid::Pass pass;
        pass.records = prev.records.data();
        pass.count = prev.count;
        pass.radius = m_options.radius / (m_options.extent * double(1 << z)) * Scale;
        pass.zoom = z;
        pass.unprocessed = maxZoom + 1;
        pass.pointCount = std::int32_t(n);
        pass.minPoints = m_options.minPoints;
        pass.ranks = ranks.data();
        std::vector<std::int32_t> out(prev.count * RecordStride);
        const std::size_t written = m_grid.run(pass, out.data(), prev.parent.data());
        if (written != prev.count) {
            Level next;
            next.count = written;
            out.resize(written * RecordStride);
            next.records = std::move(out);
            m_levels.push_back(std::move(next));
            prevLevel = m_levels.size() - 1;
            startTree(prevLevel);
        }
        m_levelOfZoom[std::size_t(z)] = int(prevLevel);
    }
    m_grid = {};
    for (auto &tree : trees) {
        tree.get();
    }
    for (Level &level : m_levels) {
        finishLevel(level);
    }
}

void ClusterIndex::buildTree(Level &level) const
{
    level.tree.build(level.records.data(), level.count, RecordStride, m_options.nodeSize);
    level.positionOf.resize(level.count);
    for (std::size_t p = 0; p < level.count; ++p) {
        level.positionOf[level.tree.id(p)] = std::uint32_t(p);
    }
}

// The details of each item in tree order, where the queries read them; the build data goes.
void ClusterIndex::finishLevel(Level &level) const
{
    level.info.resize(level.count);
    const std::int32_t *records = level.records.data();
    constexpr std::size_t Ahead = 16; // the records are read in tree order: scattered
    for (std::size_t p = 0; p < level.count; ++p) {
        if (p + Ahead < level.count) {
            __builtin_prefetch(records + std::size_t(level.tree.id(p + Ahead)) * RecordStride);
        }
        const std::uint32_t i = level.tree.id(p);
        const std::int32_t *r = records + std::size_t(i) * RecordStride;
        level.info[p] = {r[RecordId], level.parent.empty() ? -1 : level.parent[i], r[RecordNum]};
    }
    level.records = {};
    level.parent = {};
}

int ClusterIndex::limitZoom(double zoom) const
{
    const double z = std::min(std::floor(zoom), double(m_options.maxZoom + 1));
    return int(std::max(double(m_options.minZoom), z));
}

const ClusterIndex::Level *ClusterIndex::levelAt(int zoom) const
{
    if (zoom < 0 || zoom >= int(m_levelOfZoom.size()) || m_levelOfZoom[std::size_t(zoom)] < 0) {
        return nullptr;
    }
    return &m_levels[std::size_t(m_levelOfZoom[std::size_t(zoom)])];
}

ClusterIndex::Item ClusterIndex::item(const Level &level, std::size_t position) const
{
    Item it;
    it.count = level.info[position].num;
    it.id = level.info[position].id;
    if (it.count > 1) {
        it.lon = xLng(decode(level.tree.x(position)));
        it.lat = yLat(decode(level.tree.y(position)));
    } else {
        const LonLat &p = m_points[std::size_t(it.id)];
        it.lon = p.lon;
        it.lat = p.lat;
    }
    return it;
}

void ClusterIndex::clusters(double west, double south, double east, double north, double zoom,
                            std::vector<Item> &out) const
{
    double minLng = std::fmod(std::fmod(west + 180, 360) + 360, 360) - 180;
    const double minLat = std::clamp(south, -90.0, 90.0);
    double maxLng = east == 180 ? 180 : std::fmod(std::fmod(east + 180, 360) + 360, 360) - 180;
    const double maxLat = std::clamp(north, -90.0, 90.0);
    if (east - west >= 360) {
        minLng = -180;
        maxLng = 180;
    } else if (minLng > maxLng) {
        clusters(minLng, minLat, 180, maxLat, zoom, out);
        clusters(-180, minLat, maxLng, maxLat, zoom, out);
        return;
    }
    const Level *level = levelAt(limitZoom(zoom));
    if (!level) {
        return;
    }
    level->tree.range(encode(lngX(minLng)), encode(latY(maxLat)), encode(lngX(maxLng)), encode(latY(minLat)),
                      [&](std::size_t position) { out.push_back(item(*level, position)); });
}

std::vector<ClusterIndex::Item> ClusterIndex::clusters(double west, double south, double east, double north,
                                                       double zoom) const
{
    std::vector<Item> out;
    clusters(west, south, east, north, zoom, out);
    return out;
}

std::vector<ClusterIndex::Item> ClusterIndex::children(std::int32_t clusterId) const
{
    std::vector<Item> result;
    const std::int32_t offset = clusterId - std::int32_t(m_points.size());
    if (offset < 0) {
        return result;
    }
    const std::int32_t originId = offset >> 5;
    const int originZoom = offset % 32;
    const Level *level = levelAt(originZoom);
    if (!level || std::size_t(originId) >= level->tree.size()) {
        return result;
    }
    const double r = m_options.radius / (m_options.extent * std::pow(2.0, originZoom - 1));
    const std::size_t origin = level->positionOf[std::size_t(originId)];
    std::vector<std::uint32_t> positions(level->tree.size());
    const std::size_t found =
        level->tree.within(level->tree.x(origin), level->tree.y(origin), r * Scale, positions.data());
    for (std::size_t j = 0; j < found; ++j) {
        if (level->info[positions[j]].parent == clusterId) {
            result.push_back(item(*level, positions[j]));
        }
    }
    return result;
}

void ClusterIndex::leaves(std::int32_t clusterId, std::vector<std::int32_t> &out) const
{
    for (const Item &child : children(clusterId)) {
        if (child.isCluster()) {
            leaves(child.id, out);
        } else {
            out.push_back(child.id);
        }
    }
}

int ClusterIndex::expansionZoom(std::int32_t clusterId) const
{
    const std::int32_t offset = clusterId - std::int32_t(m_points.size());
    int zoom = offset % 32 - 1;
    while (zoom <= m_options.maxZoom) {
        const auto kids = children(clusterId);
        ++zoom;
        if (kids.size() != 1) {
            break;
        }
        clusterId = kids.front().id;
    }
    return zoom;
}
