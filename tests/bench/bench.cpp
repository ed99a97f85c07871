// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// lianes-bench NAME [options]: the project's benchmarks; each prints JSON on stdout.
#include "benchdata.h"
#include "clusterbench.h"
#include "searchbench.h"
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
    if (name == "gen"_L1) {
        return runGenerator(args);
    }
    if (name == "search"_L1) {
        return runSearchBench(args);
    }
    if (name == "cluster"_L1) {
        return runClusterBench(args);
    }
    std::fprintf(stderr, "usage: lianes-bench startup [--runs N]\n"
                         "       lianes-bench cluster --points FILE.csv [--radius 60] [--extent 512] [--max-zoom 16]\n"
                         "       lianes-bench search --names NAMES.txt --queries QUERIES.txt\n"
                         "       lianes-bench gen points|names N SEED COMMUNES.csv [NAMES.txt QUERIES.txt]\n");
    return 64;
}
