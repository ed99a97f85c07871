// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/config.h"

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

/** What the command line asked for (lianes --help lists it). */
struct CommandLine {
    Lianes::Config config;
    QString configPath;
    QString screenshot; ///< write this PNG and exit
    QString page; ///< page to show first (carte, agenda, mobilite, equipe)
    QSize size; ///< window size for screenshots; empty: by mode
    bool selfTest = false;
    bool startupProbe = false; ///< print "first-frame" on the first frame of the home page, then exit
    QDateTime now; ///< pinned clock (screenshots, tests)
    QStringList fill; ///< "objectName=text": typed into the page before the screenshot (end-to-end tests)
    QString dumpState; ///< write every string the UI holds to this file when the screenshot is taken
    int idleTimeout = 0; ///< kiosk idle delay in seconds for this run (0: the configured one)
    int screenshotAfter = 0; ///< seconds to wait, once the page is drawn, before the screenshot
    bool largeText = false; ///< start with the large-text mode on
    bool highContrast = false; ///< start with the high-contrast mode on
    QStringList errors;

    /** Parses @p arguments; usage errors end up in errors. */
    [[nodiscard]] static CommandLine parse(const QStringList &arguments);
    /** Whether the arguments ask for a headless run (screenshot, self-test): decided before the app exists. */
    [[nodiscard]] static bool wantsOffscreen(int argc, char **argv);
    /** Whether the mode will be kiosk (--mode, else the configuration file): decided before the app exists,
     *  as the input method is (the on-screen keyboard). */
    [[nodiscard]] static bool wantsKiosk(int argc, char **argv);
};
