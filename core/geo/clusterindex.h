// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clustergrid.h"
#include "kdtree.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace Lianes {

/** Greedy hierarchical point clustering per zoom level over KD-trees, with the semantics of
 *  supercluster 9.1.0 (same options, same Int32 Web Mercator encoding, same cluster ids), so the
 *  clusters it returns are the ones that library returns on the same points. */
class ClusterIndex
{
public:
    struct Options {
        int minZoom = 0; ///< lowest zoom that gets clusters
        int maxZoom = 16; ///< highest zoom that gets clusters (above it: the points themselves)
        int minPoints = 2; ///< fewest points that make a cluster
        double radius = 40; ///< cluster radius, in units of the tile extent
        double extent = 512; ///< tile extent the radius is relative to
        int nodeSize = 64; ///< KD-tree leaf size
        bool parallelTrees = true; ///< build big levels' KD-trees on a second thread
    };

    struct LonLat {
        double lon = 0;
        double lat = 0;
    };

    /** A cluster or a single point at some zoom. */
    struct Item {
        double lon = 0;
        double lat = 0;
        std::int32_t id = 0; ///< cluster id when count > 1, else the point's index in load()
        std::int32_t count = 1; ///< points it holds
        [[nodiscard]] bool isCluster() const { return count > 1; }
    };

    ClusterIndex();
    explicit ClusterIndex(Options options);

    /** Indexes @p points (their order gives the point indices) and clusters every zoom. */
    void load(std::span<const LonLat> points);
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] std::size_t pointCount() const { return m_points.size(); }

    /** Appends to @p out the clusters and points inside [west, south, east, north] at @p zoom
     *  (floored and clamped like supercluster; a box across the antimeridian is split in two). */
    void clusters(double west, double south, double east, double north, double zoom, std::vector<Item> &out) const;
    [[nodiscard]] std::vector<Item> clusters(double west, double south, double east, double north, double zoom) const;

    /** The clusters and points @p clusterId splits into one zoom further; empty when it is no cluster. */
    [[nodiscard]] std::vector<Item> children(std::int32_t clusterId) const;
    /** Point indices of every point in @p clusterId (appended to @p out). */
    void leaves(std::int32_t clusterId, std::vector<std::int32_t> &out) const;
    /** The zoom at which @p clusterId splits into several items (may exceed maxZoom for points
     *  at the same place). */
    [[nodiscard]] int expansionZoom(std::int32_t clusterId) const;
    [[nodiscard]] bool isClusterId(std::int32_t id) const { return id >= std::int32_t(m_points.size()); }

    // Spherical Web Mercator in [0, 1], as supercluster computes it.
    [[nodiscard]] static double lngX(double lng);
    [[nodiscard]] static double latY(double lat);
    [[nodiscard]] static double xLng(double x);
    [[nodiscard]] static double yLat(double y);

private:
    /** An item of a zoom level, by KD-tree position. */
    struct Info {
        std::int32_t id; ///< point index, or cluster id
        std::int32_t parent; ///< the cluster it joined one zoom out, or -1
        std::int32_t num; ///< points it holds
    };
    /** The items of one zoom. They were produced in a "data order" (which decides who clusters
     *  whom, and names the clusters); once built, their details are kept in tree order. */
    struct Level {
        std::size_t count = 0;
        std::vector<std::int32_t> records; ///< ClusterRecord, data order (while building)
        std::vector<std::int32_t> parent; ///< by data index (while building)
        KdTree tree; ///< position p holds the item of data index tree.id(p)
        std::vector<Info> info; ///< by tree position
        std::vector<std::uint32_t> positionOf; ///< data index → tree position
    };

    void buildTree(Level &level) const;
    void finishLevel(Level &level) const;
    [[nodiscard]] int limitZoom(double zoom) const;
    [[nodiscard]] Item item(const Level &level, std::size_t position) const;
    [[nodiscard]] const Level *levelAt(int zoom) const;

    Options m_options;
    std::vector<LonLat> m_points;
    std::vector<Level> m_levels;
    std::array<int, 33> m_levelOfZoom {}; ///< index in m_levels for zooms minZoom..maxZoom + 1, or -1
    ClusterGrid m_grid; ///< the clustering passes (scratch kept between zooms)
};

} // namespace Lianes
