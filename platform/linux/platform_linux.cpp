// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

#if LIANES_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

#include <cstdint>

void Platform::notifyReady()
{
#if LIANES_HAVE_SYSTEMD
    sd_notify(0, "READY=1");
#endif
}

void Platform::notifyWatchdog()
{
#if LIANES_HAVE_SYSTEMD
    sd_notify(0, "WATCHDOG=1");
#endif
}

int Platform::watchdogIntervalMs()
{
#if LIANES_HAVE_SYSTEMD
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0) {
        return int(usec / 1000);
    }
#endif
    return 0;
}
