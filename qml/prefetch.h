// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <thread>

/** Starts, on a worker thread, work that the first frame needs and that no other work of the start
 *  waits for: the font database (fontconfig reads its configuration and its cache of the system's
 *  fonts), the fallback fonts of the app's font, Paris's time zone (Qt reads the tz database) and
 *  the basemap's outlines of the region view.
 *  Meanwhile the main thread opens the database and loads the QML types; what the worker has not
 *  finished when the first text is laid out, the main thread waits for (QFontDatabase and function
 *  statics are thread-safe). Call once the QGuiApplication exists; the returned thread joins when
 *  destroyed. */
[[nodiscard]] std::jthread prefetchForFirstFrame();
