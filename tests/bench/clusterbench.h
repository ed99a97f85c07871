// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** `lianes-bench cluster --points FILE.csv`: builds the cluster index and queries the region at
 *  zooms 5 to 16, like ../shared/bench/cluster-peer.mjs does with supercluster. */
int runClusterBench(const QStringList &args);
