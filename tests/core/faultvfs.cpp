// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace {

std::atomic<int> g_countdown = 0; ///< writes left before the fault; 0: disarmed
std::atomic<bool> g_firing = false;
std::atomic<bool> g_fired = false;
FaultVfs::Fault g_fault = FaultVfs::Fault::DiskFull;

sqlite3_vfs *g_root = nullptr;
sqlite3_vfs g_vfs;

struct File {
    sqlite3_file base;
    sqlite3_file *real; ///< the system VFS's file, allocated right after this struct
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

/** True when this write must fail (the fault armed and reached). */
bool failNow(bool isSync)
{
    if (g_firing) {
        if (isSync != (g_fault == FaultVfs::Fault::SyncError)) {
            return false;
        }
        g_fired = true;
        return true;
    }
    if (g_countdown.load() <= 0) {
        return false;
    }
    if (isSync != (g_fault == FaultVfs::Fault::SyncError)) {
        return false;
    }
    if (--g_countdown == 0) {
        g_firing = true;
        g_fired = true;
        return true;
    }
    return false;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    if (failNow(false)) {
        return g_fault == FaultVfs::Fault::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    }
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (g_fault == FaultVfs::Fault::DiskFull && failNow(false)) {
        return SQLITE_FULL;
    }
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    if (failNow(true)) {
        return SQLITE_IOERR_FSYNC;
    }
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

const sqlite3_io_methods g_methods = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
                                      xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics,
                                      xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = g_root->xOpen(g_root, name, file->real, flags, outFlags);
    file->base.pMethods = file->real->pMethods ? &g_methods : nullptr;
    return rc;
}
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_root->xDelete(g_root, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_root->xAccess(g_root, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_root->xFullPathname(g_root, name, size, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return g_root->xDlOpen(g_root, name);
}
void xDlError(sqlite3_vfs *, int size, char *out)
{
    g_root->xDlError(g_root, size, out);
}
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_root->xDlSym(g_root, handle, symbol);
}
void xDlClose(sqlite3_vfs *, void *handle)
{
    g_root->xDlClose(g_root, handle);
}
int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_root->xRandomness(g_root, size, out);
}
int xSleep(sqlite3_vfs *, int micro)
{
    return g_root->xSleep(g_root, micro);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return g_root->xCurrentTime(g_root, out);
}
int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_root->xGetLastError ? g_root->xGetLastError(g_root, size, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_root->xCurrentTimeInt64(g_root, out);
}

} // namespace

void FaultVfs::install()
{
    if (g_root) {
        return;
    }
    g_root = sqlite3_vfs_find(nullptr);
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(File)) + g_root->szOsFile;
    g_vfs.mxPathname = g_root->mxPathname;
    g_vfs.zName = "lianes-faults";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultVfs::arm(int nth, Fault fault)
{
    g_fault = fault;
    g_firing = false;
    g_fired = false;
    g_countdown = nth;
}

void FaultVfs::disarm()
{
    g_countdown = 0;
    g_firing = false;
}

bool FaultVfs::fired()
{
    return g_fired;
}
