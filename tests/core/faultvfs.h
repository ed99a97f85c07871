// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/** A SQLite VFS that passes everything to the system's, and fails writes on demand: the disk full
 *  or failing at the Nth write, the way SQLite tests itself (test_vfs.c). Installed as the default
 *  VFS, so the app's own code (Database::open, the registrar, the backup) goes through it. */
namespace FaultVfs {

enum class Fault {
    DiskFull, ///< xWrite and xTruncate fail with SQLITE_FULL
    WriteError, ///< xWrite fails with SQLITE_IOERR_WRITE
    SyncError, ///< xSync fails with SQLITE_IOERR_FSYNC
};

/** Registers the VFS as the default one (once per process). */
void install();
/** From the @p nth write (or sync) on, every one fails with @p fault, until disarm(). */
void arm(int nth, Fault fault);
void disarm();
/** Whether an armed fault was reached since arm(). */
bool fired();

} // namespace FaultVfs
