// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasejson.h"

#include "base/jsonpullreader.h"
#include "registration/registrationrules.h"
#include "storage/database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of the restore messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseJson)
};

constexpr int FormatVersion = 1;

// Filled by migration 1 from the app's resources: the same on every device with the same schema.
const QStringList ReferenceTables{u"actor_type"_s, u"theme"_s, u"departement"_s, u"commune"_s, u"country"_s};
// Derived from the data (the search index's queue of rows to re-index): rebuilt, never exported;
// and the device's own (the files it wrote, paths on this device): kept by a restore.
const QStringList DerivedTables{u"search_pending"_s, u"written_file"_s};

struct Column {
    QString name;
    QString type; ///< declared type, upper case
};

// SQLite identifiers come from the database's own schema, never from the file; quoted anyway.
QString quoteId(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QList<Column> columnsOf(const Database &db, const QString &table)
{
    auto q = db.prepare("SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid");
    q.bind(1, table);
    QList<Column> columns;
    while (q.step()) {
        columns.append({q.text(0), q.text(1)});
    }
    return columns;
}

QJsonValue cell(const Statement &q, int column)
{
    const QVariant v = q.value(column);
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QString:
        return v.toString();
    case QMetaType::QByteArray:
        return QJsonObject{{u"base64"_s, QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return QJsonValue::Null;
    }
}

} // namespace

QStringList DatabaseJson::dataTables(const Database &db)
{
    // pragma_table_list tells ordinary tables from virtual ones and their shadow tables.
    auto q = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    QStringList tables;
    while (q.step()) {
        if (!ReferenceTables.contains(q.text(0)) && !DerivedTables.contains(q.text(0))) {
            tables.append(q.text(0));
        }
    }
    return tables;
}

QByteArray DatabaseJson::exportAll(const Database &db, const QDateTime &now)
{
    // One read transaction: the export is a consistent snapshot even while the app writes.
    db.exec("BEGIN");
    QJsonObject tables;
    try {
        for (const QString &table : dataTables(db)) {
            QJsonArray names;
            QStringList quoted;
            const auto columns = columnsOf(db, table);
            for (const auto &c : columns) {
                names.append(c.name);
                quoted.append(quoteId(c.name));
            }
            // The stored columns by name: generated ones (not in table_info) are left out, as a
            // restore could not write them anyway.
            // The settings that never leave the device (the PIN's hash) stay out.
            const QString where = table == "setting"_L1 ? u" WHERE NOT key GLOB '%1'"_s.arg(QLatin1StringView(DeviceOnlySettings))
                                                        : QString();
            const QByteArray sql = u"SELECT %1 FROM %2%3"_s.arg(quoted.join(u','), quoteId(table), where).toUtf8();
            auto q = db.prepare(sql.constData());
            QJsonArray rows;
            while (q.step()) {
                QJsonArray row;
                for (int i = 0; i < q.columnCount(); ++i) {
                    row.append(cell(q, i));
                }
                rows.append(row);
            }
            tables.insert(table, QJsonObject{{u"columns"_s, names}, {u"rows"_s, rows}});
        }
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
    db.exec("COMMIT");
    const QJsonObject root{{u"format"_s, u"lianes-export"_s},
                           {u"version"_s, FormatVersion},
                           {u"schema"_s, db.userVersion()},
                           {u"exported_at"_s, now.toUTC().toString(Qt::ISODate)},
                           {u"tables"_s, tables}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

/** The data tables a database of schema @p version holds: those an export of that schema has. */
QStringList dataTablesOfSchema(const Database &db, int version)
{
    if (version >= db.userVersion()) {
        return DatabaseJson::dataTables(db);
    }
    const auto older = Database::open(u":memory:"_s, nullptr, std::max(version, 1));
    return older ? DatabaseJson::dataTables(*older) : DatabaseJson::dataTables(db);
}

/** Email keys as this version computes them (one key for registration, lookup and erasure). */
void recomputeEmailKeys(const Database &db)
{
    auto rows = db.prepare("SELECT id, email, email_key FROM registration WHERE email IS NOT NULL");
    auto update = db.prepare("UPDATE registration SET email_key = ? WHERE id = ?");
    while (rows.step()) {
        const QString key = RegistrationRules::emailKey(rows.text(1));
        if (key != rows.text(2)) {
            update.bind(1, key).bind(2, rows.integer(0)).exec();
        }
    }
}

} // namespace

namespace {

/** Binds the cell starting with token @p t (an object is {"base64": "..."}); false on a bad cell. */
bool bindToken(JsonPullReader &r, JsonPullReader::Token t, Statement &insert, int index, const QString &type)
{
    switch (t) {
    case JsonPullReader::Null:
        insert.bindNull(index);
        return true;
    case JsonPullReader::String:
        insert.bind(index, r.string());
        return true;
    case JsonPullReader::True:
    case JsonPullReader::False:
        insert.bind(index, t == JsonPullReader::True);
        return true;
    case JsonPullReader::Number:
        // JSON has one number type: integers go back as integers, so that typeof() is unchanged.
        if (type.contains("INT"_L1) || (!type.contains("REAL"_L1) && r.isInteger())) {
            insert.bind(index, r.isInteger() ? r.integer() : qint64(r.number()));
        } else {
            insert.bind(index, r.number());
        }
        return true;
    case JsonPullReader::BeginObject: {
        if (r.next() != JsonPullReader::String || r.string() != "base64"_L1 || r.next() != JsonPullReader::String) {
            return false;
        }
        insert.bind(index, QByteArray::fromBase64(r.string().toLatin1()));
        return r.next() == JsonPullReader::EndObject;
    }
    default:
        return false;
    }
}

} // namespace

RestoreResult DatabaseJson::restore(const Database &db, const QByteArray &json, const RestoreOptions &options)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return restore(db, buffer, options);
}

RestoreResult DatabaseJson::restore(const Database &db, QIODevice &input, const RestoreOptions &options)
{
    RestoreResult result;
    result.badFile = true; // until the database itself fails
    const auto refuse = [&result](const QString &message) {
        result.ok = false;
        result.error = message;
        return result;
    };
    const QString tooLarge = Tr::tr("Ce fichier est trop gros pour un export de Lianes (au plus %1 Mo).")
                                 .arg(options.maxBytes >> 20);
    if (!input.isSequential() && input.size() > options.maxBytes) {
        return refuse(tooLarge);
    }
    const QString notAnExport = Tr::tr("Ce fichier n'est pas un export JSON de Lianes.");
    const QStringList known = dataTables(db);
    try {
        // Everything in one transaction: the tables emptied, then filled row by row as the file is
        // read (one row in memory at a time); any refusal rolls it all back.
        Transaction tx(db);
        // This device's own settings (the PIN) are kept; an older export's are not taken.
        QList<std::pair<QString, QString>> deviceOnly;
        {
            auto q = db.prepare("SELECT key, value FROM setting WHERE key GLOB ?");
            q.bind(1, QString::fromLatin1(DeviceOnlySettings));
            while (q.step()) {
                deviceOnly.append({q.text(0), q.text(1)});
            }
        }
        db.exec("PRAGMA defer_foreign_keys = ON");
        for (const QString &table : known) {
            db.prepare(u"DELETE FROM %1"_s.arg(quoteId(table)).toUtf8().constData()).exec();
        }

        JsonPullReader r(&input);
        if (r.next() != JsonPullReader::BeginObject) {
            return refuse(notAnExport);
        }
        QString format;
        int schema = -1;
        int version = -1;
        QSet<QString> present;
        qint64 rowsInFile = 0;
        const auto malformed = [&] {
            return r.hasError() ? Tr::tr("Le fichier est mal formé (%1) : la base est inchangée.").arg(r.error())
                                : Tr::tr("Le fichier n'a pas la forme d'un export de Lianes : la base est inchangée.");
        };
        for (auto t = r.next(); t != JsonPullReader::EndObject; t = r.next()) {
            if (t != JsonPullReader::String) {
                return refuse(format.isEmpty() ? notAnExport : malformed());
            }
            const QString key = r.string();
            const auto value = r.next();
            if (key == "format"_L1 && value == JsonPullReader::String) {
                format = r.string();
            } else if (key == "schema"_L1 && value == JsonPullReader::Number) {
                schema = int(r.integer());
            } else if (key == "version"_L1 && value == JsonPullReader::Number) {
                version = int(r.integer());
            } else if (key == "tables"_L1 && value == JsonPullReader::BeginObject) {
                // The writer puts format and schema before tables (keys in order).
                if (format != "lianes-export"_L1) {
                    return refuse(notAnExport);
                }
                if (schema > db.userVersion()) {
                    break; // said below
                }
                for (auto tt = r.next(); tt != JsonPullReader::EndObject; tt = r.next()) {
                    if (tt != JsonPullReader::String) {
                        return refuse(malformed());
                    }
                    const QString table = r.string();
                    if (!known.contains(table)) {
                        return refuse(Tr::tr("L'export contient une table inconnue de cette version : %1.").arg(table));
                    }
                    present.insert(table);
                    if (r.next() != JsonPullReader::BeginObject) {
                        return refuse(malformed());
                    }
                    QHash<QString, Column> byName;
                    for (const auto &c : columnsOf(db, table)) {
                        byName.insert(c.name, c);
                    }
                    QList<Column> used;
                    std::optional<Statement> insert;
                    for (auto kt = r.next(); kt != JsonPullReader::EndObject; kt = r.next()) {
                        if (kt != JsonPullReader::String) {
                            return refuse(malformed());
                        }
                        const QString part = r.string();
                        const auto open = r.next();
                        if (part == "columns"_L1 && open == JsonPullReader::BeginArray) {
                            for (auto ct = r.next(); ct != JsonPullReader::EndArray; ct = r.next()) {
                                if (ct != JsonPullReader::String) {
                                    return refuse(malformed());
                                }
                                if (!byName.contains(r.string())) {
                                    return refuse(Tr::tr("La table %1 de l'export a une colonne inconnue : %2.")
                                                      .arg(table, r.string()));
                                }
                                used.append(byName.value(r.string()));
                            }
                            if (!used.isEmpty()) {
                                QStringList names;
                                QStringList marks;
                                for (const auto &c : std::as_const(used)) {
                                    names.append(quoteId(c.name));
                                    marks.append(u"?"_s);
                                }
                                const QByteArray sql = u"INSERT INTO %1(%2) VALUES(%3)"_s
                                                           .arg(quoteId(table), names.join(u','), marks.join(u','))
                                                           .toUtf8();
                                insert.emplace(db.prepare(sql.constData()));
                            }
                        } else if (part == "rows"_L1 && open == JsonPullReader::BeginArray) {
                            for (auto rt = r.next(); rt != JsonPullReader::EndArray; rt = r.next()) {
                                if (rt != JsonPullReader::BeginArray) {
                                    return refuse(malformed());
                                }
                                int cells = 0;
                                for (auto ct = r.next(); ct != JsonPullReader::EndArray; ct = r.next()) {
                                    if (cells >= used.size() || !insert) {
                                        ++cells;
                                        if (!r.skipValue(ct)) {
                                            return refuse(malformed());
                                        }
                                        continue;
                                    }
                                    if (!bindToken(r, ct, *insert, cells + 1, used[cells].type)) {
                                        return refuse(malformed());
                                    }
                                    ++cells;
                                }
                                if (cells != used.size()) {
                                    return refuse(Tr::tr("La table %1 de l'export a une ligne de %2 valeurs au lieu de %3.")
                                                      .arg(table)
                                                      .arg(cells)
                                                      .arg(used.size()));
                                }
                                if (insert) {
                                    insert->exec();
                                    ++result.rows;
                                    ++rowsInFile;
                                }
                                if (r.offset() > options.maxBytes) {
                                    return refuse(tooLarge);
                                }
                            }
                        } else if (!r.skipValue(open)) {
                            return refuse(malformed());
                        }
                    }
                    ++result.tables;
                }
            } else if (!r.skipValue(value)) {
                return refuse(format.isEmpty() ? notAnExport : malformed());
            }
            if (r.hasError()) {
                return refuse(format.isEmpty() ? notAnExport : malformed());
            }
        }
        if (format != "lianes-export"_L1) {
            return refuse(notAnExport);
        }
        if (version > FormatVersion || schema > db.userVersion()) {
            return refuse(Tr::tr("Cet export vient d'une version plus récente de Lianes (schéma %1, cette version "
                                 "connaît le schéma %2) : mettez l'application à jour pour le restaurer.")
                              .arg(schema)
                              .arg(db.userVersion()));
        }
        if (r.next() != JsonPullReader::End) {
            return refuse(malformed());
        }
        // A whole export has every table of its schema; one without them would empty them here.
        for (const QString &table : dataTablesOfSchema(db, schema)) {
            if (!present.contains(table)) {
                result.missingTables.append(table);
            }
        }
        if (!options.allowPartial && !result.missingTables.isEmpty()) {
            return refuse(Tr::tr("Cet export est incomplet : il n'a pas les tables %1. Le restaurer viderait ces tables ; "
                                 "la base est inchangée (option --allow-partial pour le restaurer quand même).")
                              .arg(result.missingTables.join(u", "_s)));
        }
        if (!options.allowPartial && rowsInFile == 0) {
            return refuse(Tr::tr("Cet export ne contient aucune donnée : le restaurer viderait la base ; elle est inchangée "
                                 "(option --allow-partial pour le restaurer quand même)."));
        }
        recomputeEmailKeys(db);
        {
            auto drop = db.prepare("DELETE FROM setting WHERE key GLOB ?");
            drop.bind(1, QString::fromLatin1(DeviceOnlySettings)).exec();
            for (const auto &[key, value] : deviceOnly) {
                db.setSetting(key, value);
            }
        }
        tx.commit();
        result.ok = true;
        result.badFile = false;
        result.error.clear();
    } catch (const SqlError &e) {
        result = {};
        result.badFile = (e.code() & 0xff) == SQLITE_CONSTRAINT; // e.g. a link to a row the export lacks
        result.error = Tr::tr("L'export n'a pas pu être restauré, la base est inchangée : %1").arg(e.message());
    }
    if (!result.ok) {
        result.rows = 0;
        result.tables = 0;
    }
    return result;
}
