// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Agenda, import/export and registrations. Never a visitor's name, email or place in a line: ids and counts only.
Q_DECLARE_LOGGING_CATEGORY(LOG_AGENDA)
