// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the iCalendar reader (libical's parser, time zones, recurrence
// expansion, overrides) and the agenda import with its writes, rolled back (--dry-run). Nothing may
// crash, hang, leak or trip a sanitizer; the limits (ICalReader::Max*) must hold whatever the file.
#include "agenda/agendaimport.h"
#include "agenda/icalreader.h"
#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    Fixture()
    {
        QLoggingCategory::setFilterRules(u"lianes.*=false"_s);
        db = Database::open(dir.filePath(u"fuzz.db"_s));
        if (!db) {
            std::fprintf(stderr, "fuzz_ical: no database\n");
            std::abort();
        }
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture;
    static const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    AgendaImportReport report;
    const auto events = ICalReader::parse(*fixture.db, bytes, now, u"fuzz.ics"_s, report);
    // Whatever the file asks, one series never gives more than its limit of occurrences.
    if (events.size() > qsizetype(ICalReader::MaxEvents) * ICalReader::MaxOccurrences) {
        std::fprintf(stderr, "fuzz_ical: %lld events\n", static_cast<long long>(events.size()));
        std::abort();
    }
    (void)AgendaImport::importData(*fixture.db, bytes, now, u"fuzz.ics"_s, true);
    return 0;
}
