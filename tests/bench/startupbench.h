// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** `lianes-bench startup`: process start to first frame of the home page, beside a minimal Map window. */
int runStartupBench(const QStringList &args);
