// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "platform.h"
#include "prefetch.h"
#include "screenshot.h"

#include "app/appcontext.h"
#include "app/idlemonitor.h"
#include "base/logging.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Lianes_CorePlugin)
Q_IMPORT_QML_PLUGIN(Lianes_UiPlugin)

using namespace Lianes;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // QT_LOGGING_RULES=lianes.startup.debug=true: the start's steps, in ms since main().
    QElapsedTimer sinceMain;
    sinceMain.start();
    const auto step = [&sinceMain](const char *what) {
        qCDebug(LOG_STARTUP, "%.1f ms: %s", double(sinceMain.nsecsElapsed()) / 1e6, what);
    };
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
    step("application");
    const std::jthread prefetch = prefetchForFirstFrame();
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
    context.beginOpenStorage(); // on a worker thread, while the QML types load

    if (cli.selfTest) {
        PageRunner::installWarningCounter();
    }
    QQmlApplicationEngine engine;
    context.setEngine(&engine);
    QQmlComponent shell(&engine);
    shell.loadFromModule("Lianes.Ui", "Main");
    step("shell's types loaded");
    if (!context.finishOpenStorage()) {
        std::fprintf(stderr, "lianes: %s\n", qPrintable(context.storageMessage()));
        return 2;
    }
    step("storage open");
    if (cli.idleTimeout > 0) {
        context.idle()->setIdleTimeout(cli.idleTimeout);
    }
    // Made after the engine, destroyed before it.
    const std::unique_ptr<QObject> root(shell.isReady() ? shell.beginCreate(engine.rootContext()) : nullptr);
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        for (const auto &e : shell.errors()) {
            std::fprintf(stderr, "lianes: %s\n", qPrintable(e.toString()));
        }
        return 1;
    }
    // Before its bindings run, the window takes the size it is shown at and the theme its options
    // and the scale of that size: the pages are laid out once, not once more when shown.
    QSize size = cli.size;
    if (headless && size.isEmpty()) {
        size = context.isMobile() ? QSize(1080, 1920) : QSize(1920, 1080);
    }
    if (context.isKiosk() && !headless) {
        // One fullscreen window, no decorations: nothing to drag, close or minimise.
        window->setFlags(window->flags() | Qt::FramelessWindowHint);
        if (const QScreen *screen = window->screen()) {
            window->setGeometry(screen->geometry());
        }
        window->setWindowState(Qt::WindowFullScreen);
    } else if (!size.isEmpty()) {
        window->resize(size);
    }
    if (auto *theme = engine.singletonInstance<QObject *>(u"Lianes.Ui"_s, u"Theme"_s)) {
        if (cli.largeText || cli.highContrast) {
            theme->setProperty("largeText", cli.largeText);
            theme->setProperty("highContrast", cli.highContrast);
        }
        double scale = 1;
        QMetaObject::invokeMethod(theme, "scaleFor", Q_RETURN_ARG(double, scale), Q_ARG(double, window->width()),
                                  Q_ARG(double, window->height()));
        theme->setProperty("scale", scale);
    }
    // What QQmlApplicationEngine::load would do: objects made asynchronously (the pages under the
    // kiosk's attract screen) are made between the window's frames, not all at once.
    engine.setIncubationController(window->incubationController());
    shell.completeCreate();
    step("shell made");

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
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window, done = false]() mutable {
            if (!done && window->property("pageReady").toBool()) {
                done = true;
                std::fprintf(stdout, "first-frame\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }
        }, Qt::QueuedConnection);
    }
    if (LOG_STARTUP().isDebugEnabled()) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [step] { step("first frame"); },
                         Qt::SingleShotConnection);
    }
    if (context.isKiosk()) {
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
