// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_registration_concurrency (not a test): registers people on one database file from its own
// process, printing one line per committed registration ("<index> <id> <C|W|D|R>"), flushed at once.
//   registration_worker DB EVENT PREFIX FROM COUNT PAUSE_MS     COUNT = 0: until killed
// It starts registering once a line arrives on stdin, so that several workers start together. PAUSE_MS between
// registrations stands for the visitor's time at the form: with none, the process that holds the write lock takes
// it again at once and SQLite's busy wait lets the other one starve, so two workers would not interleave.
#include "base/paristime.h"
#include "registration/registrar.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: registration_worker DB EVENT PREFIX FROM COUNT PAUSE_MS\n");
        return 64;
    }
    auto db = Database::connect(args.at(1));
    if (!db) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const qint64 event = args.at(2).toLongLong();
    const QString prefix = args.at(3);
    const int from = args.at(4).toInt();
    const int count = args.at(5).toInt();
    const int pauseMs = args.at(6).toInt();
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));
    const Registrar registrar(*db);
    char go[8];
    if (!std::fgets(go, sizeof go, stdin)) {
        return 1;
    }
    for (int i = from; count == 0 || i < from + count; ++i) {
        // Every field derives from the index, so a reader can tell a whole row from a torn one.
        RegistrationRequest r;
        r.firstName = u"Prénom%1"_s.arg(i);
        r.lastName = u"Nom%1"_s.arg(i);
        r.email = u"%1-%2@Exemple.fr"_s.arg(prefix).arg(i);
        r.structure = u"Structure %1"_s.arg(i);
        r.ageBracket = u"18_30"_s;
        r.consent = true;
        r.newsletter = i % 2 == 0;
        const auto out = registrar.registerPerson(event, r, now);
        const char *status = out.status == RegistrationOutcome::Confirmed ? "C"
            : out.status == RegistrationOutcome::Waiting                 ? "W"
            : out.status == RegistrationOutcome::AlreadyRegistered       ? "D"
                                                                         : "R";
        std::fprintf(stdout, "%d %lld %s\n", i, out.registrationId, status);
        std::fflush(stdout);
        if (pauseMs > 0) {
            QThread::msleep(pauseMs);
        }
    }
    return 0;
}
