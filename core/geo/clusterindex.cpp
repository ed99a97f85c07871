// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterindex.h"

#include <algorithm>
#include <cmath>
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

// The items a pass makes for the next zoom, in data order: flat Int32 records.
enum Field : std::size_t { X = 0, Y = 1, Id = 2, Num = 3, Stride = 4 };

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
    m_levels.reserve(std::size_t(maxZoom - minZoom + 2));
    m_levelOfZoom.fill(-1);

    std::vector<std::int32_t> records(n * Stride);
    std::int32_t *d = records.data();
    for (std::size_t i = 0; i < n; ++i, d += Stride) {
        d[X] = toInt32(encode(lngX(points[i].lon)));
        d[Y] = toInt32(encode(latY(points[i].lat)));
        d[Id] = std::int32_t(i);
        d[Num] = 1;
    }
    m_levels.push_back(makeLevel(records.data(), n));
    m_levelOfZoom[std::size_t(maxZoom + 1)] = 0;

    // Cluster the points at maxZoom, then those clusters one zoom out, and so on. A zoom where
    // nothing merges shares the level above it (same items, same tree), as supercluster does.
    m_entryOf.resize(n);
    m_neighbours.resize(n);
    std::size_t prevLevel = 0;
    for (int z = maxZoom; z >= minZoom; --z) {
        Level &prev = m_levels[prevLevel];
        const std::size_t prevNum = prev.tree.size();
        const std::size_t written = cluster(prev, z, records.data());
        if (written != prevNum) {
            m_levels.push_back(makeLevel(records.data(), written));
            prevLevel = m_levels.size() - 1;
        }
        m_levelOfZoom[std::size_t(z)] = int(prevLevel);
    }
    m_grid = {};
    m_entryOf = {};
    m_neighbours = {};
}

ClusterIndex::Level ClusterIndex::makeLevel(const std::int32_t *records, std::size_t count) const
{
    Level level;
    level.tree.build(records, count, Stride, m_options.nodeSize);
    level.info.resize(count);
    level.positionOf.resize(count);
    for (std::size_t p = 0; p < count; ++p) {
        const std::uint32_t i = level.tree.id(p);
        const std::int32_t *r = records + std::size_t(i) * Stride;
        level.info[p] = {r[Id], -1, r[Num]};
        level.positionOf[i] = std::uint32_t(p);
    }
    return level;
}

// One zoom of supercluster's greedy clustering: items in data order each take the unprocessed
// items within the radius. Writes the next level's records (data order) to @p out.
std::size_t ClusterIndex::cluster(Level &level, int zoom, std::int32_t *out)
{
    using Entry = ClusterGrid::Entry;
    const double r = m_options.radius / (m_options.extent * double(1 << zoom)) * Scale;
    const std::int32_t unprocessed = m_options.maxZoom + 1;
    const std::int32_t totalPoints = std::int32_t(m_points.size());
    const KdTree &tree = level.tree;
    const std::size_t numItems = tree.size();
    if (numItems == 0) {
        return 0;
    }

    // Bucket the items in the grid, in tree order (cells then hold runs of nearby positions).
    std::int32_t minX = tree.x(0), maxX = minX, minY = tree.y(0), maxY = minY;
    for (std::size_t p = 1; p < numItems; ++p) {
        minX = std::min(minX, tree.x(p));
        maxX = std::max(maxX, tree.x(p));
        minY = std::min(minY, tree.y(p));
        maxY = std::max(maxY, tree.y(p));
    }
    m_grid.reset(numItems, r, minX, minY, maxX, maxY);
    for (std::size_t p = 0; p < numItems; ++p) {
        m_grid.count(tree.x(p), tree.y(p));
    }
    m_grid.finish();
    for (std::size_t p = 0; p < numItems; ++p) {
        const Info &info = level.info[p];
        m_entryOf[tree.id(p)] = m_grid.place(tree.x(p), tree.y(p), {info.num, unprocessed, info.id, std::uint32_t(p)});
    }
    Entry *entries = m_grid.entries();
    std::uint32_t *neighbours = m_neighbours.data();
    // With minPoints > 2, items too few to cluster keep the order the KD-tree reports them in.
    std::vector<std::uint32_t> ranks;
    if (m_options.minPoints > 2) {
        ranks = tree.visitRanks();
    }

    std::int32_t *o = out;
    auto copy = [&o, this](std::uint32_t k, const Entry &e) {
        o[X] = m_grid.x(k);
        o[Y] = m_grid.y(k);
        o[Id] = e.id;
        o[Num] = e.num;
        o += Stride;
    };
    // The items come in data order, scattered in memory: fetch what the next ones need early,
    // in three steps (the entry, then its cells' bounds, then the cells' runs).
    constexpr std::size_t Ahead = 8;
    for (std::size_t i = 0; i < numItems; ++i) {
        if (i + 3 * Ahead < numItems) {
            const std::uint32_t next = m_entryOf[i + 3 * Ahead];
            __builtin_prefetch(entries + next);
            m_grid.prefetchCoords(next);
        }
        if (i + 2 * Ahead < numItems) {
            const std::uint32_t next = m_entryOf[i + 2 * Ahead];
            m_grid.prefetchCells(m_grid.x(next), m_grid.y(next));
        }
        if (i + Ahead < numItems) {
            const std::uint32_t next = m_entryOf[i + Ahead];
            m_grid.prefetchRuns(m_grid.x(next), m_grid.y(next));
        }
        const std::uint32_t k = m_entryOf[i];
        Entry &e = entries[k];
        if (e.zoom <= zoom) {
            continue; // already merged into a cluster at this zoom
        }
        e.zoom = zoom;
        const std::int32_t x = m_grid.x(k);
        const std::int32_t y = m_grid.y(k);
        const std::size_t found = m_grid.within(x, y, neighbours);

        std::int32_t numPoints = e.num;
        for (std::size_t j = 0; j < found; ++j) {
            const Entry &n = entries[neighbours[j]];
            if (n.zoom > zoom) {
                numPoints += n.num;
            }
        }

        if (numPoints > e.num && numPoints >= m_options.minPoints) {
            double wx = double(x) * e.num;
            double wy = double(y) * e.num;
            // The id encodes the origin item and zoom, offset by the number of points.
            const std::int32_t id = (std::int32_t(i) << 5) + (zoom + 1) + totalPoints;
            for (std::size_t j = 0; j < found; ++j) {
                Entry &n = entries[neighbours[j]];
                if (n.zoom <= zoom) {
                    continue;
                }
                n.zoom = zoom;
                // Integer coordinates times counts: the sums are exact, whatever the order.
                wx += double(m_grid.x(neighbours[j])) * n.num;
                wy += double(m_grid.y(neighbours[j])) * n.num;
                level.info[n.position].parent = id;
            }
            level.info[e.position].parent = id;
            o[X] = toInt32(wx / numPoints);
            o[Y] = toInt32(wy / numPoints);
            o[Id] = id;
            o[Num] = numPoints;
            o += Stride;
        } else {
            copy(k, e);
            if (numPoints > e.num) { // too few to cluster (minPoints > 2): the neighbours stay as they are
                std::sort(neighbours, neighbours + found, [&](std::uint32_t a, std::uint32_t b) {
                    return ranks[entries[a].position] < ranks[entries[b].position];
                });
                for (std::size_t j = 0; j < found; ++j) {
                    Entry &n = entries[neighbours[j]];
                    if (n.zoom <= zoom) {
                        continue;
                    }
                    n.zoom = zoom;
                    copy(neighbours[j], n);
                }
            }
        }
    }
    return std::size_t(o - out) / Stride;
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
