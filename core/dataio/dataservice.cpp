// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataservice.h"

#include "agenda/eventlistmodel.h"
#include "csvexport.h"
#include "databasejson.h"
#include "map/actormarkermodel.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Lianes;
using namespace Qt::StringLiterals;

DataService::DataService(Database *db, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_preview(new ImportPreviewModel(this))
{
}

QString DataService::fileSummary() const
{
    if (m_report.format.isEmpty()) {
        return {};
    }
    QStringList parts{m_report.format};
    if (!m_report.encoding.isEmpty()) {
        parts.append(m_report.encoding);
    }
    QStringList entities;
    for (const auto entity : m_report.entities) {
        entities.append(ImportFields::entityLabel(entity));
    }
    if (!entities.isEmpty()) {
        parts.append(entities.join(tr(" et ")));
    }
    return parts.join(u" · "_s);
}

bool DataService::canApply() const
{
    const ImportCounts t = m_report.total();
    return m_report.error.isEmpty() && t.rejected == 0 && t.added + t.updated > 0;
}

bool DataService::canApplyOthers() const
{
    const ImportCounts t = m_report.total();
    return m_report.error.isEmpty() && t.rejected > 0 && t.added + t.updated > 0;
}

QVariantList DataService::columnChoices() const
{
    QVariantList list;
    for (const QString &column : m_mappable) {
        const qsizetype index = m_report.columns.indexOf(column);
        const ImportField field = index >= 0 ? m_report.mapping.value(index) : ImportField::Unknown;
        list.append(QVariantMap{{u"column"_s, column}, {u"key"_s, ImportFields::key(field)}});
    }
    return list;
}

QVariantList DataService::fields() const
{
    QVariantList list;
    const ImportEntity entity = m_report.entities.value(0, ImportEntity::Actors);
    QList<ImportField> choices = ImportFields::fields(entity);
    choices.append(ImportField::Ignored);
    for (const ImportField field : std::as_const(choices)) {
        list.append(QVariantMap{{u"key"_s, ImportFields::key(field)}, {u"label"_s, ImportFields::label(field)}});
    }
    return list;
}

bool DataService::previewFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QString error;
    m_options = {};
    m_mappable.clear();
    m_path = path;
    const auto data = ImportSources::readFile(path, m_options.limits, &error);
    m_data = data.value_or(QByteArray());
    if (!data) {
        m_report = {};
        m_report.fileName = QFileInfo(path).fileName();
        m_report.error = error;
        m_preview->clear();
        Q_EMIT previewChanged();
        return false;
    }
    runPreview();
    m_mappable = m_report.unknownColumns;
    Q_EMIT previewChanged();
    return m_report.error.isEmpty();
}

void DataService::runPreview()
{
    if (!m_db) {
        m_report = {};
        m_report.error = tr("La base de données n'est pas ouverte.");
    } else {
        m_report = Importer(*m_db).preview(m_data, m_path, m_options);
    }
    m_preview->setReport(m_report);
}

void DataService::mapColumn(const QString &column, const QString &key)
{
    const auto field = ImportFields::fromKey(key);
    if (!field || m_data.isEmpty()) {
        return;
    }
    m_options.mapping.insert(column, *field);
    runPreview();
    Q_EMIT previewChanged();
}

bool DataService::apply(bool skipRejected)
{
    if (!staffOpen()) {
        setMessage(tr("L'espace équipe est verrouillé : saisissez le code."), true);
        return false;
    }
    if (!m_db || m_data.isEmpty()) {
        return false;
    }
    m_options.skipRejected = skipRejected;
    const ImportReport report = Importer(*m_db).apply(m_data, m_path, m_options);
    if (!report.applied) {
        m_report = report;
        m_preview->setReport(report);
        Q_EMIT previewChanged();
        setMessage(report.databaseError.isEmpty() ? tr("Rien n'a été importé : le fichier a changé ou des lignes "
                                                        "sont rejetées. Vérifiez l'aperçu.")
                                                  : tr("Rien n'a été importé : %1").arg(report.databaseError),
                   true);
        return false;
    }
    const ImportCounts t = report.total();
    setMessage(tr("Import appliqué : %1, %2, %3, %4.")
                   .arg(tr("%n ajouté(s)", nullptr, t.added), tr("%n mis à jour", nullptr, t.updated),
                        tr("%n inchangé(s)", nullptr, t.unchanged), tr("%n rejeté(s)", nullptr, t.rejected)),
               false);
    clear();
    Q_EMIT dataWritten();
    return true;
}

void DataService::clear()
{
    m_data.clear();
    m_path.clear();
    m_options = {};
    m_report = {};
    m_mappable.clear();
    m_preview->clear();
    Q_EMIT previewChanged();
}

void DataService::setExportFolder(const QUrl &folder)
{
    m_exportFolder = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    Q_EMIT exportFolderChanged();
}

void DataService::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    Q_EMIT messageChanged();
}

bool DataService::writeExport(const QString &fileName, const QByteArray &data)
{
    const QString path = QDir(m_exportFolder).filePath(fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        setMessage(tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()), true);
        return false;
    }
    m_db->noteWrittenFile(path, u"export"_s);
    setMessage(tr("Enregistré : %1 (%2)").arg(path, QLocale().formattedDataSize(data.size())), false);
    return true;
}

bool DataService::backup()
{
    if (!staffOpen()) {
        setMessage(tr("L'espace équipe est verrouillé : saisissez le code."), true);
        return false;
    }
    if (!m_db || m_exportFolder.isEmpty()) {
        setMessage(tr("Choisissez d'abord le dossier (la clé USB)."), true);
        return false;
    }
    const QString path = QDir(m_exportFolder).filePath(Backup::fileName(m_clock->now()));
    const BackupResult result = Backup::copyTo(*m_db, path);
    if (!result.ok) {
        setMessage(result.error, true);
        return false;
    }
    setMessage(tr("Sauvegarde complète enregistrée et vérifiée : %1 (%2)")
                   .arg(path, QLocale().formattedDataSize(result.bytes)),
               false);
    return true;
}

bool DataService::checkDatabase()
{
    if (!staffOpen()) {
        setMessage(tr("L'espace équipe est verrouillé : saisissez le code."), true);
        return false;
    }
    if (!m_db) {
        return false;
    }
    QStringList rebuilt;
    const QString result = m_db->checkAndRepair(&rebuilt);
    if (result != "ok"_L1) {
        setMessage(tr("La base de données est endommagée (%1). Restaurez la dernière sauvegarde, ou appelez "
                      "le référent informatique ; n'effacez rien.")
                       .arg(result.left(200)),
                   true);
        return false;
    }
    setMessage(rebuilt.isEmpty() ? tr("Base de données intègre : chaque page et chaque index ont été vérifiés.")
                                 : tr("Des index étaient désaccordés de leurs tables (%1) : ils ont été reconstruits "
                                      "à partir des données, rien n'a été perdu.")
                                       .arg(rebuilt.join(u", "_s)),
               false);
    return true;
}

bool DataService::exportJson()
{
    if (!staffOpen()) {
        setMessage(tr("L'espace équipe est verrouillé : saisissez le code."), true);
        return false;
    }
    if (!m_db || m_exportFolder.isEmpty()) {
        setMessage(tr("Choisissez d'abord le dossier (la clé USB)."), true);
        return false;
    }
    const QString name = u"lianes-export-%1.json"_s.arg(m_clock->now().toString(u"yyyy-MM-dd-HHmm"_s));
    return writeExport(name, DatabaseJson::exportAll(*m_db, m_clock->now()));
}

bool DataService::exportCsv(const QString &entity)
{
    if (!staffOpen()) {
        setMessage(tr("L'espace équipe est verrouillé : saisissez le code."), true);
        return false;
    }
    if (!m_db || m_exportFolder.isEmpty()) {
        setMessage(tr("Choisissez d'abord le dossier (la clé USB)."), true);
        return false;
    }
    const auto data = CsvExport::exportEntity(*m_db, entity);
    if (!data) {
        return false;
    }
    return writeExport(u"lianes-%1-%2.csv"_s.arg(entity, m_clock->now().toString(u"yyyy-MM-dd-HHmm"_s)), *data);
}

