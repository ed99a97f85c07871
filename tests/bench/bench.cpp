// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// lianes-bench NAME [options]: the project's benchmarks; each prints JSON on stdout.
#include "importbench.h"
#include "observatorybench.h"
#include "registrationbench.h"
#include "startupbench.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.isEmpty() ? QString() : args.takeFirst();
    if (name == "startup"_L1) {
        return runStartupBench(args);
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
    std::fprintf(stderr, "usage: lianes-bench startup | registration | observatory | import [options]\n");
    return 64;
}
