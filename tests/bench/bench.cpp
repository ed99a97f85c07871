// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// lianes-bench NAME [options]: the project's benchmarks; each prints JSON on stdout.
#include "benchdata.h"
#include "importbench.h"
#include "observatorybench.h"
#include "registrationbench.h"
#include "clusterbench.h"
#include "mapframesbench.h"
#include "searchbench.h"
#include "startupbench.h"

#include <QGuiApplication>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(Lianes_CorePlugin)
Q_IMPORT_QML_PLUGIN(Lianes_UiPlugin)

int main(int argc, char *argv[])
{
    // The frame benchmark draws the app's window (offscreen unless told otherwise); the others
    // need no GUI.
    const bool gui = argc > 1 && qstrcmp(argv[1], "mapframes") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.isEmpty() ? QString() : args.takeFirst();
    if (name == "mapframes"_L1) {
        return runMapFramesBench(args);
    }
    if (name == "startup"_L1) {
        return runStartupBench(args);
    }
    if (name == "gen"_L1) {
        return runGenerator(args);
    }
    if (name == "search"_L1) {
        return runSearchBench(args);
    }
    if (name == "cluster"_L1) {
        return runClusterBench(args);
    }
    if (name == "registration"_L1) {
        return runRegistrationBench(args);
    }
    if (name == "registration-worker"_L1) {
        return runRegistrationWorker(args);
    }
    if (name == "observatory"_L1) {
        return runObservatoryBench(args);
    }
    if (name == "import"_L1) {
        return runImportBench(args);
    }
    std::fprintf(stderr, "usage: lianes-bench startup [--runs N]\n"
                         "       lianes-bench cluster --points FILE.csv [--radius 60] [--extent 512] [--max-zoom 16]\n"
                         "       lianes-bench search --names NAMES.txt --queries QUERIES.txt\n"
                         "       lianes-bench mapframes [--actors 50000] [--seconds 5]\n"
                         "       lianes-bench registration | observatory | import\n"
                         "       lianes-bench gen points|names N SEED COMMUNES.csv [NAMES.txt QUERIES.txt]\n");
    return 64;
}
