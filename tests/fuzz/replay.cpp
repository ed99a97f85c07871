// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Driver of the fuzz target for compilers without libFuzzer (GCC builds: dev, ci, asan): runs every
// file of the corpus and of the kept crashers, then random mutations of them for a bounded time.
// A crash leaves its input in TARGET-current-input (fuzz_import-current-input...), in the working folder.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <sys/resource.h>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

using namespace Qt::StringLiterals;

namespace {

/// Where the input being run is kept, named after the target (two targets may run at once).
QString currentInput = u"fuzz-current-input"_s;

void runOne(const QByteArray &input, bool keep)
{
    if (keep) {
        QFile current(currentInput);
        if (current.open(QIODevice::WriteOnly)) {
            current.write(input);
        }
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

// Bytes that matter to the parsers: separators, quotes, line ends, BOMs, JSON, Windows-1252, NUL.
const QList<QByteArray> Tokens{";", ",", "\t", "\"", "\"\"", "\r\n", "\n", "\r", "\xEF\xBB\xBF", "\xFF\xFE", "{",
                               "}", "[", "]", ":", "\xE9", "\x80", "\0", "'=", "Nom;Type\n", "Titre;Porteur\n",
                               "{\"format\":\"lianes-export\",\"tables\":{"};

QByteArray mutate(QByteArray input, const QList<QByteArray> &corpus, QRandomGenerator &random)
{
    const int steps = 1 + int(random.bounded(4));
    for (int i = 0; i < steps; ++i) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(quint32(input.size())));
        switch (random.bounded(6)) {
        case 0:
            if (!input.isEmpty()) {
                input[at] = char(random.bounded(256));
            }
            break;
        case 1:
            input.insert(at, Tokens[random.bounded(int(Tokens.size()))]);
            break;
        case 2:
            input.remove(at, qsizetype(random.bounded(16)));
            break;
        case 3:
            input.insert(at, input.mid(at, qsizetype(random.bounded(64))));
            break;
        case 4: {
            const QByteArray &other = corpus[random.bounded(int(corpus.size()))];
            input = input.left(at) + other.mid(qsizetype(random.bounded(quint32(other.size() + 1))));
            break;
        }
        default:
            input.truncate(at);
            break;
        }
    }
    return input.left(65536);
}

} // namespace

int main(int argc, char *argv[])
{
    double seconds = 20;
    currentInput = QString::fromLocal8Bit(argv[0]).section(u'/', -1) + u"-current-input"_s;
    QList<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == "--seconds"_L1 && i + 1 < argc) {
            seconds = QString::fromLocal8Bit(argv[++i]).toDouble();
            continue;
        }
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                corpus.append(file.readAll());
            }
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "usage: %s [--seconds N] CORPUS_DIR...\n", argv[0]);
        return 64;
    }
    for (const QByteArray &input : std::as_const(corpus)) {
        runOne(input, true);
    }
    const quint32 seed = qEnvironmentVariableIsSet("LIANES_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("LIANES_FUZZ_SEED"))
                                                                       : QRandomGenerator::system()->generate();
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < qint64(seconds * 1000)) {
        runOne(mutate(corpus[random.bounded(int(corpus.size()))], corpus, random), true);
        ++runs;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s: %lld corpus files and %lld mutated inputs in %.0f s (seed %u), no crash, "
                "peak memory %ld MB\n",
                argv[0], static_cast<long long>(corpus.size()), static_cast<long long>(runs), seconds, seed,
                usage.ru_maxrss / 1024);
    QFile::remove(currentInput);
    return 0;
}
