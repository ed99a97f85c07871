// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "platform.h"
#include "screenshot.h"

#include "logging.h"
#include "kiosk/idlemonitor.h"
#include "services/appcontext.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Lianes_CorePlugin)
Q_IMPORT_QML_PLUGIN(Lianes_UiPlugin)

using namespace Lianes;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    const bool headless = CommandLine::wantsOffscreen(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication::setOrganizationName(u"Lianes"_s);
    QGuiApplication::setOrganizationDomain(u"lianescooperation.org"_s);
    QGuiApplication::setApplicationName(u"Lianes"_s);
    // Kiosk: Qt Virtual Keyboard is the input method (elsewhere, the system's); chosen before the app exists.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE") && CommandLine::wantsKiosk(argc, argv)) {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationVersion(QStringLiteral(LIANES_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Lianes coopération"_s);

    const CommandLine cli = CommandLine::parse(QGuiApplication::arguments());
    if (!cli.errors.isEmpty()) {
        for (const auto &e : cli.errors) {
            std::fprintf(stderr, "lianes: %s\n", qPrintable(e));
        }
        return 64; // EX_USAGE
    }

    AppContext context(cli.config);
    AppContext::setInstance(&context);
    if (cli.now.isValid()) {
        context.setCurrentDateTime(cli.now);
    }
    if (!context.openStorage()) {
        std::fprintf(stderr, "lianes: %s\n", qPrintable(context.storageMessage()));
        return 2;
    }
    if (cli.idleTimeout > 0) {
        context.idle()->setIdleTimeout(cli.idleTimeout);
    }

    if (cli.selfTest) {
        PageRunner::installWarningCounter();
    }
    QQmlApplicationEngine engine;
    context.setEngine(&engine);
    engine.loadFromModule("Lianes.Ui", "Main");
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        return 1;
    }

    if (cli.largeText || cli.highContrast) {
        if (auto *theme = engine.singletonInstance<QObject *>(u"Lianes.Ui"_s, u"Theme"_s)) {
            theme->setProperty("largeText", cli.largeText);
            theme->setProperty("highContrast", cli.highContrast);
        }
    }

    QSize size = cli.size;
    if (size.isEmpty()) {
        size = context.isMobile() ? QSize(1080, 1920) : QSize(1920, 1080);
    }
    if (!cli.page.isEmpty()) {
        bool shown = false;
        QMetaObject::invokeMethod(window, "showPage", Q_RETURN_ARG(bool, shown), Q_ARG(QString, cli.page));
        if (!shown) {
            const QStringList pages = window->property("pages").toStringList();
            std::fprintf(stderr, "lianes: page inconnue « %s » dans ce mode (%s)\n", qPrintable(cli.page),
                         qPrintable(pages.join(u", "_s)));
            return 64;
        }
    }

    if (headless) {
        window->resize(size);
        QStringList pages = cli.selfTest ? window->property("pages").toStringList() : QStringList{};
        if (!cli.screenshot.isEmpty()) {
            pages = {QString()}; // the page already shown (--page)
        }
        auto *runner = new PageRunner(window, pages, &app);
        runner->setScreenshotPath(cli.screenshot);
        runner->setFill(cli.fill);
        runner->setDumpPath(cli.dumpState);
        runner->setDelay(cli.screenshotAfter);
        runner->start();
        return QGuiApplication::exec();
    }

    if (cli.startupProbe) {
        // First frame of the home page with its data: the startup benchmark's end mark.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window] {
            if (window->property("pageReady").toBool()) {
                std::fprintf(stdout, "first-frame\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }
        }, Qt::QueuedConnection);
    }
    if (!cli.size.isEmpty()) {
        window->resize(cli.size);
    }
    if (context.isKiosk()) {
        // One fullscreen window, no decorations: nothing to drag, close or minimise.
        window->setFlags(window->flags() | Qt::FramelessWindowHint);
        window->showFullScreen();
    }
    Platform::notifyReady();
    // Under systemd with WatchdogSec=, a frozen UI thread stops these and the kiosk is restarted.
    if (const int interval = Platform::watchdogIntervalMs(); interval > 0) {
        auto *watchdog = new QTimer(&app);
        QObject::connect(watchdog, &QTimer::timeout, &app, [] { Platform::notifyWatchdog(); });
        watchdog->start(interval / 2);
    }
    return QGuiApplication::exec();
}
