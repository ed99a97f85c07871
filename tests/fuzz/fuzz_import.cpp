// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the CSV reader, the decoder, the importer (CSV and JSON, whole
// preview with its writes, rolled back) and the JSON restore. Nothing may crash, hang, leak or
// trip a sanitizer, whatever the file; read in small pieces, the bytes give what they give whole.
#include "base/csvreader.h"
#include "base/textdecoding.h"
#include "dataio/databasejson.h"
#include "dataio/importer.h"
#include "storage/database.h"

#include <QBuffer>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_import: %s\n", what);
    std::abort();
}

/// One database for the whole run, with a few actors and a project so that updates, duplicates
/// and project leads are reachable.
struct Fixture {
    Fixture()
    {
        QLoggingCategory::setFilterRules(u"lianes.*=false"_s);
        OpenReport opened;
        db = Database::open(dir.filePath(u"fuzz.db"_s), &opened);
        if (!db) {
            std::fprintf(stderr, "fuzz_import: no database: %s\n", qPrintable(opened.message));
            std::abort();
        }
        const QByteArray actors = "Identifiant;Nom;Type;Commune;Code postal;Thématiques;Pays partenaires\n"
                                  "f-1;Association Alpha;ONG;Lille;59000;ECSI;Maroc\n"
                                  "f-2;Association Beta;Jumelage;Amiens;80000;Eau;Sénégal, Mali\n"
                                  ";Association Gamma;Association;Brie;80200;;\n";
        const QByteArray projects = "Identifiant;Titre;Porteur;Partenaires;Année de début\n"
                                    "p-1;Puits;f-1;Association Beta;2021\n";
        const Importer importer(*db);
        for (const auto &[data, name] : {std::pair{actors, u"a.csv"_s}, std::pair{projects, u"p.csv"_s}}) {
            const ImportReport report = importer.apply(data, name);
            if (!report.applied) {
                std::fprintf(stderr, "fuzz_import: fixture not imported:\n%s", qPrintable(report.toText()));
                std::abort();
            }
        }
        snapshot = DatabaseJson::exportAll(*db, QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QByteArray snapshot;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const quint8 flags = size > 0 ? data[0] : 0;

    const qsizetype pieceSize = 1 + qsizetype(size % 7);
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    for (const char separator : {';', ',', '\t'}) {
        CsvReader reader(input, separator);
        reader.setMaxColumns(flags & 1 ? 8 : 0);
        device.seek(0);
        CsvReader pieces(&device, separator, pieceSize);
        pieces.setMaxColumns(flags & 1 ? 8 : 0);
        while (const auto row = reader.readRow()) {
            const auto other = pieces.readRow();
            if (!other || *other != *row || pieces.line() != reader.line() || pieces.status() != reader.status()
                || pieces.fieldCount() != reader.fieldCount()) {
                fail("the CSV read in pieces differs from the CSV read whole");
            }
        }
        if (pieces.readRow()) {
            fail("the CSV read in pieces has more rows than read whole");
        }
    }
    const DecodedText decoded = TextDecoding::toUtf8(input);
    if (!decoded.utf8.isValidUtf8()) {
        fail("a decoding gave invalid UTF-8");
    }
    device.seek(0);
    const TextScan scan = TextDecoding::scan(&device, pieceSize);
    device.seek(0);
    const auto chunks = TextDecoding::utf8Chunks(&device, scan, pieceSize);
    QByteArray utf8;
    for (QByteArray piece = chunks(); !piece.isEmpty(); piece = chunks()) {
        utf8.append(piece);
    }
    if (scan.encoding != decoded.encoding || utf8 != decoded.utf8) {
        fail("the text decoded in pieces differs from the text decoded whole");
    }
    (void)TextDecoding::detectSeparator(decoded.utf8);

    ImportOptions options;
    options.limits.maxRows = 500;
    options.limits.maxFieldLength = 2000;
    options.limits.maxColumns = 40;
    options.skipRejected = flags & 2;
    if (flags & 4) {
        options.entity = flags & 8 ? ImportEntity::Projects : ImportEntity::Actors;
    }
    if (flags & 16) {
        options.mapping.insert(u"Localisation"_s, ImportField::Commune);
    }
    const QString name = flags & 32 ? u"fuzz.json"_s : u"fuzz.csv"_s;
    const ImportReport report = Importer(*fixture.db).preview(input, name, options);
    (void)report.toText();
    (void)report.toJson();
    if (report.applied) {
        fail("a preview committed");
    }

    if (flags & 64) {
        // A restore that succeeds replaces the content: put the fixture back for the next input.
        if (DatabaseJson::restore(*fixture.db, input).ok && !DatabaseJson::restore(*fixture.db, fixture.snapshot).ok) {
            fail("the fixture could not be restored");
        }
    }
    return 0;
}
