// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

#if LIANES_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

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
