// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/** What the app asks of the operating system; one implementation per OS, picked by CMake. */
namespace Platform {
/** Tells the service manager the app is up (systemd's READY=1 on Linux; nothing elsewhere). */
void notifyReady();
/** Keeps the service manager's watchdog fed (WATCHDOG=1 on Linux). */
void notifyWatchdog();
/** The watchdog period the service manager asks for, in milliseconds; 0 when there is none. */
int watchdogIntervalMs();
}
