// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"

#include "base/csvreader.h"
#include "base/vocabulary.h"
#include "pyrandom.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

struct Commune {
    QString name;
    QString latitude;
    QString longitude;
    QString population;
    QString departement;
};

QList<Commune> readCommunes(const QString &path)
{
    QList<Commune> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return rows;
    }
    CsvReader csv(file.readAll());
    (void)csv.readRow(); // insee_code,name,departement_code,postal_code,latitude,longitude,population
    while (auto row = csv.readRow()) {
        if (row->size() == 7) {
            rows.append({row->at(1), row->at(4), row->at(5), row->at(6), row->at(2)});
        }
    }
    return rows;
}

// gen-points.py: a commune drawn in proportion to its population, jittered by up to ~2 km.
int points(qint64 n, std::uint32_t seed, const QList<Commune> &communes)
{
    QList<const Commune *> rows;
    std::vector<qint64> cumulative;
    qint64 total = 0;
    for (const auto &c : communes) {
        if (!c.population.isEmpty()) {
            total += c.population.toLongLong();
            cumulative.push_back(total);
            rows.append(&c);
        }
    }
    PyRandom rnd(seed);
    for (qint64 i = 0; i < n; ++i) {
        const double target = rnd.random() * double(total);
        // bisect_left: the first cumulative count >= target (ints compared with a float).
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), target,
                                         [](qint64 c, double t) { return double(c) < t; });
        const Commune *row = rows.at(it - cumulative.begin());
        const double lat = row->latitude.toDouble() + rnd.uniform(-0.018, 0.018);
        const double lon = row->longitude.toDouble() + rnd.uniform(-0.027, 0.027);
        std::printf("%.6f,%.6f\n", lon, lat);
    }
    return 0;
}

// Python's unicodedata.normalize('NFD') without combining marks, lower-cased.
QString plain(const QString &word)
{
    QString out;
    for (QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out.append(c);
        }
    }
    return out.toLower();
}

QString pick(PyRandom &rnd, const QStringList &list)
{
    return list.at(rnd.below(std::uint32_t(list.size())));
}

bool writeLines(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    file.write(lines.join(u'\n').toUtf8() + '\n');
    return true;
}

// gen-names.py: kind + topic + commune names, and 2,000 keystroke queries over them.
int names(qint64 n, std::uint32_t seed, const QList<Commune> &rows, const QString &namesPath,
          const QString &queriesPath)
{
    QStringList communes;
    for (const auto &c : rows) {
        communes.append(c.name);
    }
    const QStringList kinds{u"Association"_s, u"Comité de jumelage"_s, u"Collectif"_s, u"Ville de"_s, u"Lycée"_s,
                            u"Collège"_s, u"École"_s, u"Maison de quartier"_s, u"Fondation"_s, u"Coopérative"_s,
                            u"Centre social"_s, u"ONG"_s, u"Université"_s, u"Communauté de communes"_s,
                            u"Mission locale"_s, u"Fédération"_s, u"Groupe d'appui"_s};
    const QStringList topics{u"Solidarité"_s, u"Coopération"_s, u"Éducation"_s, u"Énergie"_s,
                             u"Eau et assainissement"_s, u"Culture"_s, u"Santé"_s, u"Jeunesse"_s,
                             u"Agroécologie"_s, u"Échanges"_s, u"Développement durable"_s, u"Migrations"_s,
                             u"Droits humains"_s, u"Francophonie"_s, u"Numérique"_s, u"Œuvres sociales"_s,
                             u"Amitié"_s, u"Partage"_s};
    const QStringList countries{u"Mali"_s, u"Maroc"_s, u"Pologne"_s, u"Sénégal"_s, u"Bénin"_s, u"Togo"_s,
                                u"Burkina Faso"_s, u"Madagascar"_s, u"Haïti"_s, u"Namibie"_s, u"Équateur"_s,
                                u"Roumanie"_s, u"Cap-Vert"_s, u"Congo"_s, u"Cameroun"_s, u"Tunisie"_s};
    PyRandom rnd(seed);
    QStringList out;
    out.reserve(n);
    for (qint64 i = 0; i < n; ++i) {
        const double shape = rnd.random();
        const QString c = pick(rnd, communes);
        if (shape < 0.4) {
            const QString kind = pick(rnd, kinds);
            out.append(kind + u' ' + pick(rnd, topics) + u' ' + c);
        } else if (shape < 0.7) {
            const QString kind = pick(rnd, kinds);
            out.append(kind + u' ' + c + u" – "_s + pick(rnd, countries));
        } else {
            const QString topic = pick(rnd, topics);
            out.append(topic + u' ' + pick(rnd, countries) + u' ' + c);
        }
    }
    static const QRegularExpression space(u"\\s+"_s);
    QStringList queries;
    for (int i = 0; i < 2000; ++i) {
        QStringList words;
        for (const QString &w : pick(rnd, out).replace(u'–', u' ').split(space, Qt::SkipEmptyParts)) {
            if (w.size() >= 2) {
                words.append(w);
            }
        }
        const QString w = pick(rnd, words);
        QString q = w.left(rnd.randint(2, std::min(7, int(w.size()))));
        if (rnd.random() < 0.5) {
            q = plain(q);
        }
        if (rnd.random() < 0.25) {
            const QString w2 = pick(rnd, words);
            q += u' ' + plain(w2.left(rnd.randint(2, std::min(5, int(w2.size())))));
        }
        queries.append(q);
    }
    return writeLines(namesPath, out) && writeLines(queriesPath, queries) ? 0 : 1;
}

} // namespace

QList<ActorRecord> syntheticActors(int n, std::uint32_t seed, const QString &communesCsv)
{
    const QList<Commune> communes = readCommunes(communesCsv);
    std::vector<qint64> cumulative;
    QList<const Commune *> rows;
    qint64 total = 0;
    for (const auto &c : communes) {
        if (!c.population.isEmpty()) {
            total += c.population.toLongLong();
            cumulative.push_back(total);
            rows.append(&c);
        }
    }
    const auto types = Vocabulary::actorTypes();
    const auto departements = Vocabulary::departements();
    PyRandom rnd(seed);
    QList<ActorRecord> actors;
    actors.reserve(n);
    for (int i = 0; total > 0 && i < n; ++i) {
        const double target = rnd.random() * double(total);
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), target,
                                         [](qint64 c, double t) { return double(c) < t; });
        const Commune *c = rows.at(it - cumulative.begin());
        ActorRecord a;
        a.id = 1000000 + i;
        const int type = int(rnd.below(std::uint32_t(types.size())));
        a.type = types.at(type).code;
        a.typeIndex = type;
        a.family = int(types.at(type).family);
        a.name = types.at(type).label + u' ' + c->name + u' ' + QString::number(i);
        a.member = rnd.random() < 0.3;
        a.themes = rnd.below(1U << 12);
        a.communeName = c->name;
        for (qsizetype d = 0; d < departements.size(); ++d) {
            if (departements.at(d).code == c->departement) {
                a.departementIndex = int(d);
            }
        }
        a.lat = c->latitude.toDouble() + rnd.uniform(-0.018, 0.018);
        a.lon = c->longitude.toDouble() + rnd.uniform(-0.027, 0.027);
        actors.append(a);
    }
    return actors;
}

int runGenerator(const QStringList &args)
{
    const QString what = args.value(0);
    const qint64 n = args.value(1).toLongLong();
    const auto seed = std::uint32_t(args.value(2).toULong());
    const QList<Commune> communes = readCommunes(args.value(3));
    if (communes.isEmpty() || n <= 0) {
        std::fprintf(stderr, "usage: lianes-bench gen points N SEED COMMUNES.csv > POINTS.csv\n"
                             "       lianes-bench gen names N SEED COMMUNES.csv NAMES.txt QUERIES.txt\n");
        return 64;
    }
    if (what == "points"_L1) {
        return points(n, seed, communes);
    }
    if (what == "names"_L1 && args.size() == 6) {
        return names(n, seed, communes, args.at(4), args.at(5));
    }
    std::fprintf(stderr, "lianes-bench gen: unknown generator\n");
    return 64;
}
