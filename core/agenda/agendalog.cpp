// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendalog.h"

Q_LOGGING_CATEGORY(LOG_AGENDA, "lianes.agenda", QtInfoMsg)
