// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

void Platform::notifyReady() { }
void Platform::notifyWatchdog() { }
int Platform::watchdogIntervalMs() { return 0; }
