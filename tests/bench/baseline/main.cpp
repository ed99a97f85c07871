// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Startup baseline: prints "first-frame" on the first frame of a window holding a Map, then exits.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadFromModule("LianesBaseline", "BaselineMap");
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        std::fprintf(stdout, "first-frame\n");
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }, Qt::QueuedConnection);
    return QGuiApplication::exec();
}
