// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** `lianes-bench registration`: 2 processes × 1,000 registrations on one database file, events of 10–200
 *  places; registrations per second, p99 latency of a registration's commit, invariants checked after. */
int runRegistrationBench(const QStringList &args);
/** One of the two writer processes (spawned by runRegistrationBench). */
int runRegistrationWorker(const QStringList &args);
