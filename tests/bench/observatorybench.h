// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** `lianes-bench observatory`: time to recompute every figure of the dashboard, on the demo data and on a
 *  large synthetic data set. */
int runObservatoryBench(const QStringList &args);
