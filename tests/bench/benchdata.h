// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** `lianes-bench gen points N SEED COMMUNES.csv` and `lianes-bench gen names N SEED COMMUNES.csv
 *  NAMES.txt QUERIES.txt`: the synthetic inputs of ../shared/bench/gen-points.py and gen-names.py,
 *  byte for byte (same pseudo-random sequence as Python's `random`), so the map benchmarks run on
 *  the peers' files inside the build root, which has no Python. For benchmarks only. */
int runGenerator(const QStringList &args);
