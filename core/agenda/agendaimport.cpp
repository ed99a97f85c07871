// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaimport.h"

#include "base/logging.h"
#include "base/paristime.h"
#include "geo/gazetteer.h"
#include "icalreader.h"
#include "registration/registrar.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgendaImport)
};

} // namespace

QString ImportIssue::toString() const
{
    return line > 0 ? Tr::tr("Ligne %1 : %2").arg(line).arg(message) : message;
}

QStringList AgendaImportReport::lines() const
{
    QStringList out;
    for (const auto &e : errors) {
        out << e.toString();
    }
    for (const auto &w : warnings) {
        out << Tr::tr("Attention — %1").arg(w.toString());
    }
    return out;
}

std::optional<QString> AgendaImport::communeOf(const Database &db, const QString &location)
{
    if (location.trimmed().isEmpty()) {
        return std::nullopt;
    }
    const Gazetteer gazetteer(db);
    static const QRegularExpression postcodeAndTown(u"\\b(\\d{5})\\s+([^,;()\\d]+)"_s);
    if (const auto m = postcodeAndTown.match(location); m.hasMatch()) {
        const auto found = gazetteer.resolve(m.captured(2).trimmed(), m.captured(1));
        if (found.status == Gazetteer::Result::Found) {
            return found.commune->insee;
        }
    }
    // "MRES, Lille" or "Arras": the commune is usually the last part.
    const QStringList parts = location.split(QRegularExpression(u"[,;()\\n]"_s), Qt::SkipEmptyParts);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QString part = it->trimmed().remove(QRegularExpression(u"^\\d{5}\\s*"_s));
        const auto found = gazetteer.resolve(part);
        if (found.status == Gazetteer::Result::Found) {
            return found.commune->insee;
        }
    }
    return std::nullopt;
}

void AgendaImport::apply(const Database &db, const QList<ImportedEvent> &events, const QDateTime &now,
                         AgendaImportReport &report, bool dryRun)
{
    if (!report.ok()) {
        return;
    }
    const QString nowIso = ParisTime::toUtcIso(now);
    Transaction tx(db, Transaction::Immediate);
    QHash<QString, QSet<QString>> seriesInFile;
    for (const auto &item : events) {
        seriesInFile[item.event.seriesUid.isEmpty() ? item.event.uid : item.event.seriesUid].insert(item.event.uid);
    }
    for (const auto &series : std::as_const(report.cancelledSeries)) {
        seriesInFile.insert(series, {});
    }
    // Occurrences that left a re-imported series go away, unless people registered for them.
    for (auto it = seriesInFile.cbegin(); it != seriesInFile.cend(); ++it) {
        for (const auto &uid : EventStore::seriesUids(db, it.key())) {
            if (it.value().contains(uid)) {
                continue;
            }
            const auto existing = EventStore::byUid(db, uid);
            if (existing && EventStore::activeRegistrations(db, existing->id) > 0) {
                ++report.kept;
                report.warnings.append({0, Tr::tr("« %1 » du %2 n'est plus dans le fichier mais des personnes y sont "
                                              "inscrites : gardé, à annuler à la main si besoin.")
                                               .arg(existing->title, ParisTime::toParis(existing->start)
                                                                         .toString(u"dd/MM/yyyy HH:mm"_s))});
                continue;
            }
            auto remove = db.prepare("DELETE FROM event WHERE uid = ?");
            remove.bind(1, uid).exec();
            report.removed += db.changes();
        }
    }
    for (const auto &item : events) {
        const auto before = EventStore::byUid(db, item.event.uid);
        AgendaEvent e = item.event;
        if (before && before->demo) {
            e.demo = false; // the network's own file now owns it
        }
        bool added = false;
        const qint64 id = EventStore::upsert(db, e, nowIso, &added);
        if (added) {
            ++report.added;
        } else {
            ++report.updated;
            if (before && before->capacity != e.capacity) {
                Registrar::promoteWaitingLocked(db, id);
            }
        }
    }
    if (dryRun) {
        return; // rolled back by tx
    }
    tx.commit();
    qCInfo(LOG_AGENDA) << "agenda import:" << report.added << "added," << report.updated << "updated,"
                       << report.removed << "removed," << report.kept << "kept";
}

AgendaImportReport AgendaImport::importData(const Database &db, const QByteArray &data, const QDateTime &now,
                                            const QString &sourceName, bool dryRun)
{
    AgendaImportReport report;
    if (data.size() > ICalReader::MaxBytes) {
        report.errors.append({0, Tr::tr("fichier trop gros pour un agenda (%1 Mo, au plus %2 Mo).")
                                     .arg(data.size() >> 20)
                                     .arg(ICalReader::MaxBytes >> 20)});
        return report;
    }
    const QByteArray head = data.left(64).trimmed();
    const bool ical = (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).toUpper().startsWith("BEGIN:VCALENDAR");
    const QList<ImportedEvent> events = ical ? ICalReader::parse(db, data, now, sourceName, report)
                                             : parseCsv(db, data, sourceName, report);
    if (report.ok() && events.isEmpty()) {
        report.errors.append({0, Tr::tr("aucun événement dans ce fichier.")});
    }
    try {
        apply(db, events, now, report, dryRun);
    } catch (const SqlError &e) {
        report.errors.append({0, Tr::tr("l'enregistrement a échoué (%1) : rien n'a été modifié.").arg(e.message())});
        report.databaseError = e.code() ? e.code() : 1;
        report.added = report.updated = report.removed = report.kept = 0;
    }
    return report;
}

AgendaImportReport AgendaImport::importFile(const Database &db, const QString &path, const QDateTime &now, bool dryRun)
{
    QFile file(path);
    AgendaImportReport report;
    if (!file.open(QIODevice::ReadOnly)) {
        report.errors.append({0, Tr::tr("impossible de lire le fichier %1.").arg(QFileInfo(path).fileName())});
        return report;
    }
    if (file.size() > ICalReader::MaxBytes) {
        report.errors.append({0, Tr::tr("fichier trop gros pour un agenda (%1 Mo, au plus %2 Mo) : il n'a pas été lu.")
                                     .arg(file.size() >> 20)
                                     .arg(ICalReader::MaxBytes >> 20)});
        return report;
    }
    return importData(db, file.read(ICalReader::MaxBytes + 1), now, QFileInfo(path).fileName(), dryRun);
}
