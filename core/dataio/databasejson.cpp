// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasejson.h"

#include "registration/registrationrules.h"
#include "storage/database.h"

#include <QCoreApplication>
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

void bindCell(Statement &insert, int index, const QJsonValue &value, const QString &type)
{
    if (value.isNull() || value.isUndefined()) {
        insert.bindNull(index);
    } else if (value.isObject()) {
        insert.bind(index, QByteArray::fromBase64(value.toObject().value("base64"_L1).toString().toLatin1()));
    } else if (value.isString()) {
        insert.bind(index, value.toString());
    } else if (value.isBool()) {
        insert.bind(index, value.toBool());
    } else if (type.contains("INT"_L1) || (!type.contains("REAL"_L1) && value.toDouble() == double(value.toInteger()))) {
        // JSON has one number type: integers go back as integers, so that typeof() is unchanged.
        insert.bind(index, qint64(value.toInteger(qint64(value.toDouble()))));
    } else {
        insert.bind(index, value.toDouble());
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

RestoreResult DatabaseJson::restore(const Database &db, const QByteArray &json, const RestoreOptions &options)
{
    RestoreResult result;
    result.badFile = true; // until the database itself fails
    if (json.size() > MaxRestoreBytes) {
        result.error = Tr::tr("Ce fichier est trop gros pour un export de Lianes (%1 Mo, au plus %2 Mo).")
                           .arg(json.size() >> 20)
                           .arg(MaxRestoreBytes >> 20);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value("format"_L1).toString() != "lianes-export"_L1) {
        result.error = Tr::tr("Ce fichier n'est pas un export JSON de Lianes.");
        return result;
    }
    if (root.value("version"_L1).toInt() > FormatVersion || root.value("schema"_L1).toInt() > db.userVersion()) {
        result.error = Tr::tr("Cet export vient d'une version plus récente de Lianes (schéma %1, cette version "
                              "connaît le schéma %2) : mettez l'application à jour pour le restaurer.")
                           .arg(root.value("schema"_L1).toInt())
                           .arg(db.userVersion());
        return result;
    }
    const QJsonObject tables = root.value("tables"_L1).toObject();
    const QStringList known = dataTables(db);
    qint64 rowsInFile = 0;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!known.contains(it.key())) {
            result.error = Tr::tr("L'export contient une table inconnue de cette version : %1.").arg(it.key());
            return result;
        }
        rowsInFile += it.value().toObject().value("rows"_L1).toArray().size();
    }
    // A whole export has every table of its schema; one without them would empty them here.
    for (const QString &table : dataTablesOfSchema(db, root.value("schema"_L1).toInt())) {
        if (!tables.contains(table)) {
            result.missingTables.append(table);
        }
    }
    if (!options.allowPartial && !result.missingTables.isEmpty()) {
        result.error = Tr::tr("Cet export est incomplet : il n'a pas les tables %1. Le restaurer viderait ces tables ; "
                              "la base est inchangée (option --allow-partial pour le restaurer quand même).")
                           .arg(result.missingTables.join(u", "_s));
        return result;
    }
    if (!options.allowPartial && rowsInFile == 0) {
        result.error = Tr::tr("Cet export ne contient aucune donnée : le restaurer viderait la base ; elle est inchangée "
                              "(option --allow-partial pour le restaurer quand même).");
        return result;
    }
    try {
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
        for (const QString &table : known) {
            const QJsonObject content = tables.value(table).toObject();
            const auto columns = columnsOf(db, table);
            QHash<QString, Column> byName;
            for (const auto &c : columns) {
                byName.insert(c.name, c);
            }
            QList<Column> used;
            for (const auto &name : content.value("columns"_L1).toArray()) {
                if (!byName.contains(name.toString())) {
                    result.error = Tr::tr("La table %1 de l'export a une colonne inconnue : %2.")
                                       .arg(table, name.toString());
                    return result;
                }
                used.append(byName.value(name.toString()));
            }
            if (used.isEmpty()) {
                continue;
            }
            QStringList names;
            QStringList marks;
            for (const auto &c : used) {
                names.append(quoteId(c.name));
                marks.append(u"?"_s);
            }
            const QByteArray sql = u"INSERT INTO %1(%2) VALUES(%3)"_s
                                       .arg(quoteId(table), names.join(u','), marks.join(u','))
                                       .toUtf8();
            auto insert = db.prepare(sql.constData());
            for (const auto &r : content.value("rows"_L1).toArray()) {
                const QJsonArray row = r.toArray();
                if (row.size() != used.size()) {
                    result.error = Tr::tr("La table %1 de l'export a une ligne de %2 valeurs au lieu de %3.")
                                       .arg(table)
                                       .arg(row.size())
                                       .arg(used.size());
                    return result;
                }
                for (qsizetype i = 0; i < used.size(); ++i) {
                    bindCell(insert, int(i + 1), row[i], used[i].type);
                }
                insert.exec();
                ++result.rows;
            }
            ++result.tables;
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
    } catch (const SqlError &e) {
        result = {};
        result.badFile = (e.code() & 0xff) == SQLITE_CONSTRAINT; // e.g. a link to a row the export lacks
        result.error = Tr::tr("L'export n'a pas pu être restauré, la base est inchangée : %1").arg(e.message());
    }
    return result;
}
