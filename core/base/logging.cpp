// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(LOG_STORAGE, "lianes.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(LOG_GEO, "lianes.geo", QtInfoMsg)
Q_LOGGING_CATEGORY(LOG_DATA, "lianes.data", QtInfoMsg)
Q_LOGGING_CATEGORY(LOG_APP, "lianes.app", QtInfoMsg)
Q_LOGGING_CATEGORY(LOG_STARTUP, "lianes.startup", QtInfoMsg)
Q_LOGGING_CATEGORY(LOG_AGENDA, "lianes.agenda", QtInfoMsg)
