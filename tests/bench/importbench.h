// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** `lianes-bench import`: a synthetic CSV of actors (parse + geocode + write), rows per second and
 *  peak memory, at 10k and 100k rows, each in its own process so that peaks do not mix. */
int runImportBench(const QStringList &args);
