// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda as a CSV file (a spreadsheet kept by the network): one event per line, columns by header name.
#include "agendaimport.h"

#include "base/csvreader.h"
#include "base/paristime.h"
#include "base/textfold.h"
#include "geo/gazetteer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgendaImport)
};

// Accepted header names (folded) for each column.
const QHash<QString, QString> &columnNames()
{
    static const QHash<QString, QString> names{
        {u"uid"_s, u"uid"_s},          {u"identifiant"_s, u"uid"_s},
        {u"titre"_s, u"titre"_s},      {u"title"_s, u"titre"_s},
        {u"description"_s, u"description"_s},
        {u"type"_s, u"type"_s},        {u"format"_s, u"type"_s},
        {u"debut"_s, u"debut"_s},      {u"date"_s, u"debut"_s},
        {u"fin"_s, u"fin"_s},
        {u"duree"_s, u"duree"_s},      {u"duree min"_s, u"duree"_s},
        {u"en ligne"_s, u"en_ligne"_s},
        {u"lien"_s, u"lien"_s},        {u"url"_s, u"lien"_s},
        {u"lieu"_s, u"lieu"_s},
        {u"commune"_s, u"commune"_s},
        {u"organisateur"_s, u"organisateur"_s},
        {u"public"_s, u"public"_s},
        {u"places"_s, u"places"_s},    {u"capacite"_s, u"places"_s},
        {u"festisol"_s, u"festisol"_s},
        {u"ouverture inscriptions"_s, u"ouverture"_s},
        {u"cloture inscriptions"_s, u"cloture"_s},
    };
    return names;
}

// "2026-12-03 14:00", "2026-12-03T14:00", "03/12/2026 14h00", "03/12/2026" (Paris time), or ISO with Z/offset.
QDateTime parseDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid()) {
        return dt.timeSpec() == Qt::LocalTime ? QDateTime(dt.date(), dt.time(), ParisTime::zone()) : dt;
    }
    static const QRegularExpression french(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2})[h:](\\d{2})?)?$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})\\s+(\\d{1,2})[h:](\\d{2})$"_s);
    QDate date;
    QTime time(0, 0);
    if (const auto m = french.match(t); m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (!m.captured(4).isEmpty()) {
            time = QTime(m.captured(4).toInt(), m.captured(5).toInt());
        }
    } else if (const auto i = iso.match(t); i.hasMatch()) {
        date = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
        time = QTime(i.captured(4).toInt(), i.captured(5).toInt());
    }
    return date.isValid() && time.isValid() ? QDateTime(date, time, ParisTime::zone()) : QDateTime();
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = TextFold::fold(text);
    if (t.isEmpty() || t == "non"_L1 || t == "0"_L1 || t == "faux"_L1 || t == "false"_L1 || t == "no"_L1) {
        return false;
    }
    if (t == "oui"_L1 || t == "1"_L1 || t == "vrai"_L1 || t == "true"_L1 || t == "yes"_L1 || t == "x"_L1) {
        return true;
    }
    return std::nullopt;
}

} // namespace

QList<ImportedEvent> AgendaImport::parseCsv(const Database &db, const QByteArray &data, const QString &sourceName,
                                            AgendaImportReport &report)
{
    const qsizetype firstLineEnd = data.indexOf('\n');
    const QByteArray firstLine = data.left(firstLineEnd < 0 ? data.size() : firstLineEnd);
    CsvReader reader(data, firstLine.count(';') >= firstLine.count(',') ? ';' : ',');
    const auto header = reader.readRow();
    QHash<QString, int> col;
    if (header) {
        for (int i = 0; i < header->size(); ++i) {
            const QString name = columnNames().value(TextFold::fold(header->at(i)));
            if (!name.isEmpty() && !col.contains(name)) {
                col.insert(name, i);
            }
        }
    }
    if (!col.contains(u"titre"_s) || !col.contains(u"debut"_s)) {
        report.errors.append({1, Tr::tr("en-tête attendu avec au moins les colonnes « titre » et « debut » (séparateur ; ou ,) : "
                                    "uid, titre, description, type, debut, fin ou duree, en_ligne, lien, lieu, commune, "
                                    "organisateur, public, places, festisol, ouverture_inscriptions, cloture_inscriptions.")});
        return {};
    }
    const Gazetteer gazetteer(db);
    QList<ImportedEvent> out;
    QSet<QString> seen;
    while (const auto row = reader.readRow()) {
        const int line = reader.line();
        if (std::all_of(row->cbegin(), row->cend(), [](const QString &f) { return f.trimmed().isEmpty(); })) {
            continue;
        }
        auto field = [&](const char *name) {
            const int i = col.value(QString::fromLatin1(name), -1);
            return i >= 0 && i < row->size() ? row->at(i).trimmed() : QString();
        };
        auto fail = [&](const QString &message) { report.errors.append({line, message}); };
        const int errorsBefore = int(report.errors.size());
        AgendaEvent e;
        e.title = field("titre");
        if (e.title.isEmpty()) {
            fail(Tr::tr("titre manquant."));
        }
        e.start = parseDateTime(field("debut"));
        if (!e.start.isValid()) {
            fail(Tr::tr("date de début illisible « %1 » (attendu : 2026-12-03 14:00 ou 03/12/2026 14h00).").arg(field("debut")));
        }
        if (const QString end = field("fin"); !end.isEmpty()) {
            const QDateTime until = parseDateTime(end);
            if (!until.isValid()) {
                fail(Tr::tr("date de fin illisible « %1 ».").arg(end));
            } else if (e.start.isValid() && until <= e.start) {
                fail(Tr::tr("la fin (%1) est avant le début.").arg(end));
            } else if (e.start.isValid()) {
                e.durationMin = int(e.start.secsTo(until) / 60);
            }
        } else if (const QString minutes = field("duree"); !minutes.isEmpty()) {
            bool ok = false;
            e.durationMin = minutes.toInt(&ok);
            if (!ok || e.durationMin <= 0) {
                fail(Tr::tr("durée invalide « %1 » (en minutes).").arg(minutes));
            }
        }
        const QString type = field("type");
        e.kind = EventKind::guess(type.isEmpty() ? e.title : type);
        if (e.kind.isEmpty()) {
            if (!type.isEmpty()) {
                fail(Tr::tr("type inconnu « %1 » (webinaire, formation, réunion d'information, commission, rencontre, "
                        "festisol).").arg(type));
            }
            e.kind = u"rencontre"_s;
        }
        const auto online = parseBool(field("en_ligne"));
        const auto festisol = parseBool(field("festisol"));
        if (!online || !festisol) {
            fail(Tr::tr("« en_ligne » et « festisol » valent oui ou non."));
        }
        e.online = online.value_or(false);
        e.festisol = festisol.value_or(false) || e.kind == "festisol"_L1;
        e.url = field("lien");
        e.place = field("lieu");
        if (const QString commune = field("commune"); !commune.isEmpty()) {
            static const QRegularExpression insee(u"^(\\d[\\dAB]\\d{3})$"_s);
            const auto byCode = insee.match(commune).hasMatch() ? gazetteer.byInsee(commune) : std::nullopt;
            const auto found = byCode ? Gazetteer::Result{Gazetteer::Result::Found, byCode, {}} : gazetteer.resolve(commune);
            if (found.status == Gazetteer::Result::Found) {
                e.commune = found.commune->insee;
            } else {
                fail(Tr::tr("commune inconnue ou ambiguë « %1 » (nom ou code INSEE d'une commune des Hauts-de-France).")
                         .arg(commune));
            }
        } else {
            e.commune = communeOf(db, e.place);
        }
        e.organiser = field("organisateur");
        e.audience = field("public");
        if (const QString places = field("places"); !places.isEmpty()) {
            bool ok = false;
            const int n = places.toInt(&ok);
            if (!ok || n < 0) {
                fail(Tr::tr("nombre de places invalide « %1 ».").arg(places));
            } else {
                e.capacity = n;
            }
        }
        for (const auto &[name, target] : {std::pair{"ouverture", &e.registrationOpens}, std::pair{"cloture", &e.registrationCloses}}) {
            if (const QString value = field(name); !value.isEmpty()) {
                *target = parseDateTime(value);
                if (!target->isValid()) {
                    fail(Tr::tr("date d'inscription illisible « %1 ».").arg(value));
                }
            }
        }
        e.description = field("description");
        e.uid = field("uid");
        if (e.uid.isEmpty() && e.start.isValid()) {
            // No uid column: the title and start make one, so a re-import of the same sheet updates.
            const QByteArray key = (TextFold::fold(e.title) + u'|' + ParisTime::toUtcIso(e.start)).toUtf8();
            e.uid = u"csv-"_s + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20))
                + u"@lianescooperation.org"_s;
        }
        if (!e.uid.isEmpty() && seen.contains(e.uid)) {
            fail(Tr::tr("même uid qu'une ligne précédente (%1).").arg(e.uid));
        }
        seen.insert(e.uid);
        e.seriesUid = e.uid;
        e.source = Tr::tr("Import CSV : %1").arg(sourceName);
        if (report.errors.size() == errorsBefore) {
            out.append({e, line});
        }
    }
    return out;
}
