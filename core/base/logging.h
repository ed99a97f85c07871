// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per subsystem. No log line ever carries a visitor's personal data.
Q_DECLARE_LOGGING_CATEGORY(LOG_STORAGE)
Q_DECLARE_LOGGING_CATEGORY(LOG_GEO)
Q_DECLARE_LOGGING_CATEGORY(LOG_DATA)
Q_DECLARE_LOGGING_CATEGORY(LOG_APP)
Q_DECLARE_LOGGING_CATEGORY(LOG_STARTUP)
// Agenda, import/export and registrations. Never a visitor's name, email or place in a line: ids and counts only.
Q_DECLARE_LOGGING_CATEGORY(LOG_AGENDA)
