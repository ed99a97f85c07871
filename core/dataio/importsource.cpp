// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "base/csvreader.h"
#include "base/textdecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <memory>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of the messages about files.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportSource)
};

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
        return std::all_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isSpace(); });
    });
}

ImportSection csvSection(std::shared_ptr<CsvReader> reader, const QStringList &headers, ImportEntity entity,
                         int columnLimit)
{
    ImportSection section;
    section.entity = entity;
    section.columns = headers;
    for (const QString &header : headers) {
        section.mapping.append(ImportFields::fromHeader(header, entity));
    }
    section.next = [reader, columnLimit](QString *error) -> std::optional<ImportRecord> {
        while (auto row = reader->readRow()) {
            if (reader->status() == CsvReader::Status::UnterminatedQuote) {
                *error = Tr::tr("ligne %1 : un guillemet ouvert n'est jamais fermé ; le reste du fichier ne "
                                "peut pas être lu")
                             .arg(reader->line());
                return std::nullopt;
            }
            if (isBlank(*row) && reader->fieldCount() <= columnLimit) {
                continue; // empty lines, or lines of separators only
            }
            return ImportRecord{reader->line(), std::move(*row), reader->fieldCount()};
        }
        return std::nullopt;
    };
    return section;
}

ImportSource openCsv(QIODevice *device, const TextScan &text, const ImportLimits &limits,
                     std::optional<ImportEntity> forced)
{
    ImportSource source;
    source.format = u"CSV"_s;
    source.encoding = TextDecoding::encodingName(text.encoding);
    device->seek(0);
    source.separator = TextDecoding::detectSeparator(TextDecoding::utf8Chunks(device, text));
    device->seek(0);
    auto reader = std::make_shared<CsvReader>(TextDecoding::utf8Chunks(device, text), source.separator);
    reader->setMaxColumns(limits.maxColumns);
    // A field is kept up to what maxFieldLength characters can take in UTF-8, plus one: longer, it
    // is refused all the same, and one line (or a quote never closed) cannot fill the memory.
    reader->setMaxFieldBytes(4 * (qsizetype(limits.maxFieldLength) + 1));
    std::optional<QStringList> headers;
    while ((headers = reader->readRow()) && isBlank(*headers)) { }
    if (!headers) {
        source.error = Tr::tr("Le fichier est vide : il n'a pas de ligne d'en-tête.");
        return source;
    }
    if (reader->status() != CsvReader::Status::Ok) {
        source.error = reader->status() == CsvReader::Status::TooManyColumns
            ? Tr::tr("La ligne d'en-tête a %1 colonnes ; %2 au plus sont acceptées.")
                  .arg(reader->fieldCount())
                  .arg(limits.maxColumns)
            : Tr::tr("La ligne d'en-tête ouvre un guillemet qui n'est jamais fermé.");
        return source;
    }
    for (QString &header : *headers) {
        header = header.trimmed();
        if (header.size() > 200) {
            source.error = Tr::tr("La ligne d'en-tête a une colonne de plus de 200 caractères : "
                                  "la première ligne doit donner les noms des colonnes.");
            return source;
        }
    }
    const ImportEntity entity = forced.value_or(ImportFields::detectEntity(*headers));
    source.sections.append(csvSection(std::move(reader), *headers, entity, limits.maxColumns));
    return source;
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    default:
        return {};
    }
}

/// One table of the export: its rows as objects keyed by column name.
QList<QHash<QString, QJsonValue>> rowsOf(const QJsonObject &tables, QLatin1StringView name)
{
    const QJsonObject table = tables.value(name).toObject();
    QStringList columns;
    for (const auto &c : table.value("columns"_L1).toArray()) {
        columns.append(c.toString());
    }
    QList<QHash<QString, QJsonValue>> rows;
    for (const auto &r : table.value("rows"_L1).toArray()) {
        const QJsonArray cells = r.toArray();
        QHash<QString, QJsonValue> row;
        for (qsizetype i = 0; i < std::min(cells.size(), columns.size()); ++i) {
            row.insert(columns[i], cells[i]);
        }
        rows.append(row);
    }
    return rows;
}

/// Joins a link table (actor_theme...) into "value;value" per owner id.
QHash<qint64, QStringList> links(const QJsonObject &tables, QLatin1StringView name, const QString &owner,
                                 const QString &value)
{
    QHash<qint64, QStringList> result;
    for (const auto &row : rowsOf(tables, name)) {
        result[row.value(owner).toInteger()].append(cellText(row.value(value)));
    }
    return result;
}

ImportSection jsonSection(ImportEntity entity, const QList<ImportField> &fields, QList<ImportRecord> records)
{
    ImportSection section;
    section.entity = entity;
    section.fixedMapping = true;
    section.mapping = fields;
    for (const ImportField f : fields) {
        section.columns.append(ImportFields::header(f));
    }
    auto shared = std::make_shared<QList<ImportRecord>>(std::move(records));
    auto index = std::make_shared<qsizetype>(0);
    section.next = [shared, index](QString *) -> std::optional<ImportRecord> {
        if (*index >= shared->size()) {
            return std::nullopt;
        }
        return shared->at((*index)++);
    };
    return section;
}

ImportSource openJson(const QByteArray &data)
{
    using F = ImportField;
    ImportSource source;
    source.format = u"JSON"_s;
    source.encoding = TextDecoding::encodingName(TextEncoding::Utf8);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value("format"_L1).toString() != "lianes-export"_L1) {
        source.error = doc.isObject()
            ? Tr::tr("Ce fichier JSON n'est pas un export de Lianes (champ « format » absent).")
            : Tr::tr("Le fichier JSON est illisible : %1 (position %2).")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return source;
    }
    const QJsonObject tables = root.value("tables"_L1).toObject();
    const auto actors = rowsOf(tables, "actor"_L1);
    QHash<qint64, QString> actorRef; // id → external id, or name when it has none
    for (const auto &a : actors) {
        const QString ext = cellText(a.value(u"external_id"_s));
        actorRef.insert(a.value(u"id"_s).toInteger(), ext.isEmpty() ? cellText(a.value(u"name"_s)) : ext);
    }
    if (!actors.isEmpty()) {
        const auto themes = links(tables, "actor_theme"_L1, u"actor"_s, u"theme"_s);
        const auto countries = links(tables, "actor_country"_L1, u"actor"_s, u"country"_s);
        const QList<F> fields{F::ExternalId, F::Name,    F::Type,     F::Member,    F::Description,
                              F::Address,    F::Insee,   F::Departement, F::Themes, F::Countries,
                              F::Website,    F::Email,   F::Phone};
        const QStringList columns{u"external_id"_s, u"name"_s,        u"type"_s,  u"member"_s, u"description"_s,
                                  u"address"_s,     u"commune"_s,     u"departement"_s};
        QList<ImportRecord> records;
        for (const auto &a : actors) {
            ImportRecord record{int(records.size() + 1), {}, int(fields.size())};
            for (const QString &c : columns) {
                record.cells.append(cellText(a.value(c)));
            }
            const qint64 id = a.value(u"id"_s).toInteger();
            record.cells << themes.value(id).join(u';') << countries.value(id).join(u';')
                         << cellText(a.value(u"website"_s)) << cellText(a.value(u"email"_s))
                         << cellText(a.value(u"phone"_s));
            records.append(record);
        }
        source.sections.append(jsonSection(ImportEntity::Actors, fields, std::move(records)));
    }
    const auto projects = rowsOf(tables, "project"_L1);
    if (!projects.isEmpty()) {
        const auto themes = links(tables, "project_theme"_L1, u"project"_s, u"theme"_s);
        const auto countries = links(tables, "project_country"_L1, u"project"_s, u"country"_s);
        QHash<qint64, QString> leads;
        QHash<qint64, QStringList> partners;
        for (const auto &link : rowsOf(tables, "project_actor"_L1)) {
            const qint64 project = link.value(u"project"_s).toInteger();
            const QString actor = actorRef.value(link.value(u"actor"_s).toInteger());
            if (link.value(u"role"_s).toString() == "lead"_L1 && !leads.contains(project)) {
                leads.insert(project, actor);
            } else {
                partners[project].append(actor);
            }
        }
        const QList<F> fields{F::ExternalId, F::Title,    F::Kind,   F::Description, F::YearStart, F::YearEnd,
                              F::Amount,     F::Audience, F::Themes, F::Countries,   F::Lead,      F::Partners};
        const QStringList columns{u"external_id"_s, u"title"_s,      u"kind"_s,       u"description"_s,
                                  u"year_start"_s,  u"year_end"_s,   u"amount_eur"_s, u"audience"_s};
        QList<ImportRecord> records;
        for (const auto &p : projects) {
            ImportRecord record{int(records.size() + 1), {}, int(fields.size())};
            for (const QString &c : columns) {
                record.cells.append(cellText(p.value(c)));
            }
            const qint64 id = p.value(u"id"_s).toInteger();
            record.cells << themes.value(id).join(u';') << countries.value(id).join(u';') << leads.value(id)
                         << partners.value(id).join(u';');
            records.append(record);
        }
        source.sections.append(jsonSection(ImportEntity::Projects, fields, std::move(records)));
    }
    if (source.sections.isEmpty()) {
        source.error = Tr::tr("Cet export de Lianes ne contient ni acteurs ni projets.");
    }
    return source;
}

} // namespace

ImportSource ImportSources::open(QIODevice *device, const QString &fileName, const ImportLimits &limits,
                                 std::optional<ImportEntity> forced)
{
    ImportSource source;
    if (device->size() > limits.maxFileBytes) {
        source.error = Tr::tr("Le fichier est trop gros (%1 Mo) : %2 Mo au plus.")
                           .arg(device->size() / (1024 * 1024))
                           .arg(limits.maxFileBytes / (1024 * 1024));
        return source;
    }
    device->seek(0);
    const TextScan text = TextDecoding::scan(device);
    if (!text.notText.isEmpty()) {
        source.error = text.notText;
        return source;
    }
    if (!fileName.endsWith(".json"_L1, Qt::CaseInsensitive) && text.firstChar != '{') {
        return openCsv(device, text, limits, forced);
    }
    // The app's own export is read whole: QJsonDocument parses text held in memory.
    device->seek(0);
    const auto *buffer = qobject_cast<QBuffer *>(device);
    return openJson(buffer ? buffer->data() : device->read(limits.maxFileBytes));
}

bool ImportSources::openFile(QFile &file, const ImportLimits &limits, QString *error)
{
    const QFileInfo info(file.fileName());
    if (!info.isFile()) {
        *error = Tr::tr("Le fichier %1 n'existe pas.").arg(file.fileName());
        return false;
    }
    if (info.size() > limits.maxFileBytes) {
        *error = Tr::tr("Le fichier est trop gros (%1 Mo) : %2 Mo au plus.")
                     .arg(info.size() / (1024 * 1024))
                     .arg(limits.maxFileBytes / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Le fichier %1 ne peut pas être lu : %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> ImportSources::readFile(const QString &path, const ImportLimits &limits, QString *error)
{
    QFile file(path);
    if (!openFile(file, limits, error)) {
        return std::nullopt;
    }
    return file.read(limits.maxFileBytes + 1);
}
