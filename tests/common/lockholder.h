// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

using namespace Qt::StringLiterals;

/** Starts another process (python3's sqlite3 module) that holds an exclusive lock on the database
 *  at @p path for @p seconds, as the sqlite3 tool or a second writer would; returns once the lock
 *  is held (false when it is not within 10 s). Kill @p holder to release it sooner. */
inline bool holdLock(QProcess &holder, const QString &path, double seconds = 60)
{
    holder.start(u"python3"_s, {u"-c"_s, u"import sqlite3, sys, time\n"
                                        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
                                        "c.execute('BEGIN EXCLUSIVE')\n"
                                        "print('locked', flush=True)\n"
                                        "time.sleep(float(sys.argv[2]))\n"
                                        "c.execute('COMMIT')\n"
                                        "c.close()\n"_s,
                                path, QString::number(seconds)});
    return holder.waitForReadyRead(10000) && holder.readLine().trimmed() == "locked";
}
