// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** `lianes-bench mapframes [--actors 50000] [--seconds 5]`: the app's window (kiosk, 1920x1080),
 *  the map panned and zoomed over the region frame after frame, with no actor and with synthetic
 *  actors, in alternating one-second stretches of the same run; frame times compared (p99 ratio). */
int runMapFramesBench(const QStringList &args);
