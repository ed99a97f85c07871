// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** `lianes-bench search --names NAMES.txt --queries QUERIES.txt`: indexes the names as actors
 *  through the app's write path (a fresh database, the FTS5 triggers) and runs each query as a
 *  keystroke search (SearchIndex, top 50), like ../shared/bench/search-peer.mjs with MiniSearch. */
int runSearchBench(const QStringList &args);
