// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lianes {

class Database;

/** What a demo load did. */
struct DemoLoadResult {
    bool loaded = false; ///< false when already loaded before, or on error
    QString error;
    int actors = 0;
    int located = 0;
    int projects = 0;
    int meetings = 0;
    int trainings = 0;
    int upcoming = 0;
};

/** Loads the bundled demo data set (resources/demo/demo.json, from the 2020 activity report) once. */
namespace DemoLoader {
/** Loads the bundled set unless a previous start did; one transaction, all or nothing. */
DemoLoadResult loadIfNeeded(const Database &db, const QDateTime &now);
/** Loads @p json (demo.json format); upcoming events are scheduled relative to @p now. */
DemoLoadResult load(const Database &db, const QByteArray &json, const QDateTime &now);
}

} // namespace Lianes
