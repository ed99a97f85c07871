// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbench.h"

#include "dataio/importer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

qint64 maxRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// User + system CPU time of this process: on a shared machine it says more than the wall clock.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Place {
    QString name;
    QString postcode;
};

// A synthetic directory as the network's CRM would export it (Excel: UTF-8 with BOM, ';', CRLF),
// communes drawn in proportion to their population. Written row by row: the generator's memory
// does not count in the import's peak.
bool writeCsv(const Database &db, const QString &path, int rows)
{
    QList<Place> places;
    QList<qint64> cumulated; // running total of population, for a weighted draw by binary search
    auto q = db.prepare("SELECT name, postal_code, population FROM commune");
    while (q.step()) {
        places.append({q.text(0), q.text(1)});
        cumulated.append((cumulated.isEmpty() ? 0 : cumulated.last()) + std::max<qint64>(1, q.integer(2)));
    }
    const QStringList types{u"Association locale"_s, u"ONG"_s, u"Collectivité territoriale"_s, u"Jumelage"_s,
                            u"Structure jeunesse"_s, u"Entreprise, groupement d'entreprises, coopérative"_s,
                            u"Établissement scolaire"_s, u"OSIM"_s, u"Mairie"_s, u"Fondation"_s};
    const QStringList themes{u"ECSI"_s, u"Eau et assainissement"_s, u"Éducation et jeunesse"_s, u"Santé"_s,
                             u"Culture et patrimoine"_s, u"Climat"_s, u"Agriculture"_s, u"Droits humains"_s};
    const QStringList countries{u"Sénégal"_s, u"Maroc"_s, u"Mali"_s, u"Burkina Faso"_s, u"Pologne"_s,
                                u"Bénin"_s, u"Madagascar"_s, u"Haïti"_s, u"Cameroun"_s, u"Tunisie"_s};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write("\xEF\xBB\xBFIdentifiant;Nom;Type de structure;Adhérent;Commune;Code postal;Thématiques;"
               "Pays partenaires;Site web;Courriel;Téléphone;Description\r\n");
    QRandomGenerator random(42);
    for (int i = 1; i <= rows; ++i) {
        const qint64 pick = qint64(random.bounded(double(cumulated.last())));
        const Place *place = &places[std::upper_bound(cumulated.cbegin(), cumulated.cend(), pick) - cumulated.cbegin()];
        QStringList rowThemes;
        for (int t = int(random.bounded(3)); t >= 0; --t) {
            rowThemes.append(themes[random.bounded(int(themes.size()))]);
        }
        rowThemes.removeDuplicates();
        const QString country = i % 3 ? countries[random.bounded(int(countries.size()))] : QString();
        const QString description = i % 50 ? u"Solidarité internationale"_s
                                           : u"\"Chantiers de jeunes; échanges scolaires\r\net sensibilisation\""_s;
        const QString row = u"bench-%1;Association solidaire %1 de %2;%3;%4;%2;%5;\"%6\";%7;https://asso%1.example.org;"
                            "contact@asso%1.example.org;03 20 %8;%9\r\n"_s.arg(i)
                                .arg(place->name, types[i % types.size()], i % 4 ? u"non"_s : u"oui"_s,
                                     place->postcode, rowThemes.join(u", "_s), country)
                                .arg(QString::number(100000 + i % 900000).right(6), description);
        file.write(row.toUtf8());
    }
    return true;
}

int runOnce(int rows)
{
    QTemporaryDir dir;
    const auto db = Database::open(dir.filePath(u"lianes.db"_s));
    const QString csv = dir.filePath(u"acteurs.csv"_s);
    if (!db || !writeCsv(*db, csv, rows)) {
        std::fprintf(stderr, "import bench: cannot prepare the data\n");
        return 1;
    }
    const ImportOptions options;
    const qint64 before = maxRssKb();
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    const ImportReport report = Importer(*db).importFile(csv, options, false);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double importCpu = cpuSeconds() - cpu;
    const qint64 after = maxRssKb();
    const qint64 databaseBytes = QFileInfo(dir.filePath(u"lianes.db"_s)).size(); // checkpointed at the commit
    timer.restart();
    cpu = cpuSeconds();
    const ImportReport again = Importer(*db).importFile(csv, options, false);
    const double reimport = double(timer.nsecsElapsed()) / 1e9;
    const double reimportCpu = cpuSeconds() - cpu;
    const QJsonObject result{
        {u"rows"_s, rows},
        {u"file_mb"_s, double(QFileInfo(csv).size()) / (1024 * 1024)},
        {u"added"_s, report.actors.added},
        {u"rejected"_s, report.actors.rejected},
        {u"seconds"_s, seconds},
        {u"rows_per_second"_s, qRound(rows / seconds)},
        {u"cpu_seconds"_s, importCpu},
        {u"rows_per_cpu_second"_s, qRound(rows / importCpu)},
        {u"maxrss_before_kb"_s, before},
        {u"maxrss_after_kb"_s, after},
        {u"import_peak_kb"_s, after - before},
        {u"database_mb"_s, double(databaseBytes) / (1024 * 1024)},
        {u"reimport_unchanged"_s, again.actors.unchanged},
        {u"reimport_seconds"_s, reimport},
        {u"reimport_rows_per_second"_s, qRound(rows / reimport)},
        {u"reimport_rows_per_cpu_second"_s, qRound(rows / reimportCpu)},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return report.applied ? 0 : 1;
}

} // namespace

int runImportBench(const QStringList &args)
{
    if (const auto i = args.indexOf(u"--rows"_s); i >= 0 && i + 1 < args.size()) {
        return runOnce(std::max(1, args.at(i + 1).toInt()));
    }
    QJsonArray runs;
    for (const int rows : {10'000, 100'000}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"import"_s, u"--rows"_s, QString::number(rows)});
        if (!child.waitForFinished(600000) || child.exitCode() != 0) {
            std::fprintf(stderr, "import bench: the %d-row run failed\n", rows);
            return 1;
        }
        runs.append(QJsonDocument::fromJson(child.readAllStandardOutput()).object());
    }
    const QJsonObject small = runs[0].toObject();
    const QJsonObject large = runs[1].toObject();
    const int extraRows = large.value("rows"_L1).toInt() - small.value("rows"_L1).toInt();
    const double perRow = double(large.value("import_peak_kb"_L1).toInteger() - small.value("import_peak_kb"_L1).toInteger())
        * 1024 / extraRows;
    // What the database keeps of a row, to set the memory a row takes against.
    const double databasePerRow = (large.value("database_mb"_L1).toDouble() - small.value("database_mb"_L1).toDouble())
        * 1024 * 1024 / extraRows;
    const QJsonObject result{
        {u"benchmark"_s, u"import"_s},
        {u"what"_s, u"CSV of actors (UTF-8 BOM, ';'): parse, geocode, write in one transaction"_s},
        {u"runs"_s, runs},
        {u"peak_bytes_per_extra_row"_s, qRound(perRow)},
        {u"database_bytes_per_extra_row"_s, qRound(databasePerRow)},
        {u"file_bytes_per_row"_s, qRound(large.value("file_mb"_L1).toDouble() * 1024 * 1024 / large.value("rows"_L1).toInt())},
        {u"target_rows_per_second"_s, 50000},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
