// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/mapcatalog.h"

#include <QStringList>

/** `lianes-bench gen points N SEED COMMUNES.csv` and `lianes-bench gen names N SEED COMMUNES.csv
 *  NAMES.txt QUERIES.txt`: the synthetic inputs of ../shared/bench/gen-points.py and gen-names.py,
 *  byte for byte (same pseudo-random sequence as Python's `random`), so the map benchmarks run on
 *  the peers' files inside the build root, which has no Python. For benchmarks only. */
int runGenerator(const QStringList &args);

/** @p n synthetic actors spread like the region's population (a commune drawn in proportion to
 *  its population, jittered by up to ~2 km, as gen-points.py), with types, themes, membership
 *  drawn at random and the commune's département. For benchmarks only, never shipped as demo. */
QList<Lianes::ActorRecord> syntheticActors(int n, std::uint32_t seed, const QString &communesCsv);
