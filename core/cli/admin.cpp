// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "agenda/agendaimport.h"
#include "app/config.h"
#include "dataio/csvexport.h"
#include "dataio/databasejson.h"
#include "dataio/importer.h"
#include "staff/personaldata.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstdio>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

void out(const QString &text)
{
    print(stdout, text + u'\n');
}

void err(const QString &text)
{
    print(stderr, u"lianes-admin: "_s + text + u'\n');
}

} // namespace

Admin::Admin() = default;
Admin::~Admin() = default;

int Admin::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Imports, exports et sauvegardes de la base de Lianes.\n\n"
        "Commandes :\n"
        "  import FICHIER          importe des acteurs ou des projets (CSV ou export JSON de Lianes)\n"
        "  import-agenda FICHIER   importe l'agenda du réseau (iCalendar .ics ou CSV) ; --dry-run : aperçu\n"
        "  export-json FICHIER     exporte toute la base en JSON (- : sortie standard)\n"
        "  restore-json FICHIER    remplace le contenu de la base par un export JSON\n"
        "  export-csv ENTITÉ FICHIER  acteurs, projets, evenements ou reunions, pour Excel\n"
        "  backup FICHIER          copie cohérente de la base (clé USB)\n"
        "  erase-from-backup FICHIER ADRESSE  efface une personne d'une sauvegarde (.db)\n"
        "  check                   vérifie toute la base (chaque page, chaque index) et reconstruit\n"
        "                          un index désaccordé de sa table\n\n"
        "Codes de sortie : 0 fait, 1 rien à changer, 2 lignes rejetées, 64 usage, 65 fichier refusé,\n"
        "66 fichier introuvable, 73 écriture impossible, 74 erreur de la base de données."));
    p.addHelpOption();
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Dossier des données (lianes.db)."), u"dossier"_s);
    const QCommandLineOption config(u"config"_s, tr("Fichier de configuration (data_dir)."), u"fichier"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("import : aperçu seulement, rien n'est écrit."));
    const QCommandLineOption skip(u"skip-rejected"_s, tr("import : importe les autres lignes si certaines sont rejetées."));
    const QCommandLineOption entity(u"entity"_s, tr("import : acteurs ou projets (sinon d'après les en-têtes)."),
                                    u"entité"_s);
    const QCommandLineOption map(u"map"_s, tr("import : associe une colonne à un champ, ex. \"Ville du siège=commune\" "
                                              "(champs : nom, type, commune, code_postal, ..., ignorer)."),
                                 u"colonne=champ"_s);
    const QCommandLineOption json(u"json"_s, tr("import : le rapport en JSON."));
    const QCommandLineOption partial(u"allow-partial"_s, tr("restore-json : restaure aussi un export incomplet ou vide "
                                                            "(les tables absentes sont vidées)."));
    p.addOptions({dataDir, config, dryRun, skip, entity, map, json, partial});
    p.addPositionalArgument(u"commande"_s, tr("import, import-agenda, export-json, restore-json, export-csv, backup, check ou erase-from-backup."));
    if (!p.parse(arguments)) {
        err(p.errorText());
        return Usage;
    }
    if (p.isSet(u"help"_s)) {
        out(p.helpText());
        return Ok;
    }
    m_dataDir = p.value(dataDir);
    if (m_dataDir.isEmpty()) {
        const QString configPath = p.isSet(config) ? p.value(config) : Config::defaultPath();
        m_dataDir = Config::fromFile(configPath).dataDir;
    }
    if (m_dataDir.isEmpty()) {
        m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    m_dryRun = p.isSet(dryRun);
    m_skipRejected = p.isSet(skip);
    m_json = p.isSet(json);
    m_entity = p.value(entity);
    m_maps = p.values(map);
    m_allowPartial = p.isSet(partial);

    const QStringList args = p.positionalArguments();
    const QString command = args.value(0);
    auto need = [&](qsizetype count) {
        if (args.size() == count + 1) {
            return true;
        }
        err(tr("la commande %1 attend %n argument(s) ; voir --help", nullptr, int(count)).arg(command));
        return false;
    };
    if (command == "import"_L1) {
        return need(1) ? import(args.mid(1)) : Usage;
    }
    if (command == "import-agenda"_L1) {
        return need(1) ? importAgenda(args[1]) : Usage;
    }
    if (command == "export-json"_L1) {
        return need(1) ? exportJson(args[1]) : Usage;
    }
    if (command == "restore-json"_L1) {
        return need(1) ? restoreJson(args[1]) : Usage;
    }
    if (command == "export-csv"_L1) {
        return need(2) ? exportCsv(args[1], args[2]) : Usage;
    }
    if (command == "backup"_L1) {
        return need(1) ? backup(args[1]) : Usage;
    }
    if (command == "erase-from-backup"_L1) {
        return need(2) ? eraseFromBackup(args[1], args[2]) : Usage;
    }
    if (command == "check"_L1) {
        return need(0) ? check() : Usage;
    }
    err(command.isEmpty() ? tr("aucune commande ; voir --help") : tr("commande inconnue « %1 » ; voir --help").arg(command));
    return Usage;
}

int Admin::openDatabase(bool create)
{
    const QString path = QDir(m_dataDir).filePath(u"lianes.db"_s);
    if (!create && !QFileInfo::exists(path)) {
        err(tr("aucune base de données dans %1 (lancez l'application une fois, ou donnez --data-dir)").arg(m_dataDir));
        return NoInput;
    }
    OpenReport report;
    // Commands that only read (backup, exports) never create a database nor set one aside.
    m_db = create ? Database::open(path, &report) : Database::openExisting(path, &report);
    if (!m_db) {
        err(report.message);
        return DatabaseError;
    }
    if (report.status == OpenReport::Created) {
        out(tr("Base de données créée : %1").arg(path));
    } else if (report.status == OpenReport::Recovered) {
        err(report.message);
    }
    if (!create) {
        // What leaves the device is checked whole first: every page and every index against its table.
        const QString check = m_db->integrityCheck();
        if (check != "ok"_L1) {
            err(tr("la base de données %1 est endommagée (%2) : rien n'a été écrit ; lancez lianes-admin check "
                   "(il reconstruit un index désaccordé), sinon restaurez une sauvegarde")
                    .arg(path, check.left(200)));
            m_db.reset();
            return DatabaseError;
        }
    }
    return Ok;
}

int Admin::write(const QString &file, const QByteArray &data)
{
    if (file == "-"_L1) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        return std::fflush(stdout) == 0 ? Ok : CannotWrite;
    }
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(data) != data.size() || !save.commit()) {
        err(tr("impossible d'écrire %1 : %2").arg(file, save.errorString()));
        return CannotWrite;
    }
    if (m_db) {
        m_db->noteWrittenFile(file, u"export"_s);
    }
    return Ok;
}

int Admin::import(const QStringList &args)
{
    const QString file = args.first();
    if (!QFileInfo(file).isFile()) {
        err(tr("fichier introuvable : %1").arg(file));
        return NoInput;
    }
    ImportOptions options;
    options.skipRejected = m_skipRejected;
    if (!m_entity.isEmpty()) {
        options.entity = ImportFields::entityFromKey(m_entity);
        if (!options.entity) {
            err(tr("entité inconnue « %1 » : acteurs ou projets").arg(m_entity));
            return Usage;
        }
    }
    for (const QString &mapping : std::as_const(m_maps)) {
        const qsizetype equals = mapping.lastIndexOf(u'=');
        const auto field = equals > 0 ? ImportFields::fromKey(mapping.mid(equals + 1).trimmed()) : std::nullopt;
        if (!field) {
            err(tr("--map « %1 » : écrivez \"En-tête=champ\" avec un champ parmi nom, type, adherent, description, "
                   "adresse, commune, code_postal, departement, code_insee, thematiques, pays, site_web, courriel, "
                   "telephone, titre, type_projet, annee_debut, annee_fin, montant, public, porteur, partenaires, "
                   "identifiant, ignorer")
                    .arg(mapping));
            return Usage;
        }
        options.mapping.insert(mapping.left(equals).trimmed(), *field);
    }
    if (const int opened = openDatabase(true); opened != Ok) {
        return opened;
    }
    const ImportReport report = Importer(*m_db).importFile(file, options, m_dryRun);
    if (m_json) {
        print(stdout, QString::fromUtf8(QJsonDocument(report.toJson()).toJson()));
    } else {
        print(stdout, report.toText());
    }
    return report.exitCode();
}

int Admin::exportJson(const QString &file)
{
    if (const int opened = openDatabase(false); opened != Ok) {
        return opened;
    }
    try {
        return write(file, DatabaseJson::exportAll(*m_db, QDateTime::currentDateTimeUtc()));
    } catch (const SqlError &e) {
        err(e.message());
        return DatabaseError;
    }
}

int Admin::restoreJson(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err(tr("fichier introuvable : %1").arg(file));
        return NoInput;
    }
    RestoreOptions options;
    options.allowPartial = m_allowPartial;
    if (input.size() > options.maxBytes) {
        err(tr("%1 est trop gros pour un export de Lianes (%2 Mo, au plus %3 Mo) : la base est inchangée")
                .arg(file)
                .arg(input.size() >> 20)
                .arg(options.maxBytes >> 20));
        return BadFile;
    }
    if (const int opened = openDatabase(true); opened != Ok) {
        return opened;
    }
    // The content about to be replaced is kept beside the database first.
    const QString keep = m_db->path() + u".avant-restauration-"_s
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const BackupResult saved = Backup::copyTo(*m_db, keep);
    if (!saved.ok) {
        err(saved.error);
        return CannotWrite;
    }
    // Streamed from the file: one row in memory at a time, whatever its size.
    const RestoreResult result = DatabaseJson::restore(*m_db, input, options);
    if (!result.ok) {
        QFile::remove(keep);
        err(result.error);
        return result.badFile ? BadFile : DatabaseError;
    }
    out(tr("Restauré : %1 lignes dans %2 tables.").arg(result.rows).arg(result.tables));
    out(tr("L'ancien contenu est gardé dans %1").arg(keep));
    return Ok;
}

int Admin::exportCsv(const QString &entity, const QString &file)
{
    if (!CsvExport::entities().contains(entity)) {
        err(tr("entité inconnue « %1 » : %2").arg(entity, CsvExport::entities().join(u", "_s)));
        return Usage;
    }
    if (const int opened = openDatabase(false); opened != Ok) {
        return opened;
    }
    try {
        return write(file, *CsvExport::exportEntity(*m_db, entity));
    } catch (const SqlError &e) {
        err(e.message());
        return DatabaseError;
    }
}

int Admin::backup(const QString &file)
{
    if (const int opened = openDatabase(false); opened != Ok) {
        return opened;
    }
    const BackupResult result = Backup::copyTo(*m_db, file);
    if (!result.ok) {
        err(result.error);
        return CannotWrite;
    }
    out(tr("Sauvegarde écrite : %1 (%2 octets, intégrité vérifiée)").arg(file).arg(result.bytes));
    return Ok;
}

int Admin::check()
{
    const QString path = QDir(m_dataDir).filePath(u"lianes.db"_s);
    OpenReport report;
    m_db = Database::openExisting(path, &report);
    if (!m_db) {
        err(report.message);
        return QFileInfo::exists(path) ? DatabaseError : NoInput;
    }
    QStringList rebuilt;
    const QString result = m_db->checkAndRepair(&rebuilt);
    if (result != "ok"_L1) {
        err(tr("la base de données %1 est endommagée (%2) : restaurez une sauvegarde, ou lancez l'application, qui "
               "la met de côté et en crée une neuve")
                .arg(path, result.left(400)));
        return DatabaseError;
    }
    if (!rebuilt.isEmpty()) {
        out(tr("Index reconstruits à partir de leurs tables (ils en étaient désaccordés) : %1. Rien n'a été perdu.")
                .arg(rebuilt.join(u", "_s)));
    }
    out(tr("Base de données intègre : %1").arg(path));
    return Ok;
}

int Admin::eraseFromBackup(const QString &file, const QString &email)
{
    if (!QFileInfo(file).isFile()) {
        err(tr("fichier introuvable : %1").arg(file));
        return NoInput;
    }
    QString error;
    const int erased = PersonalData::eraseFromBackup(file, email, &error);
    if (erased < 0) {
        err(error);
        return DatabaseError;
    }
    out(tr("%n inscription(s) effacée(s) de %1.", nullptr, erased).arg(file));
    return erased > 0 ? Ok : NothingToDo;
}

int Admin::importAgenda(const QString &file)
{
    if (!QFileInfo(file).isFile()) {
        err(tr("fichier introuvable : %1").arg(file));
        return NoInput;
    }
    if (const int opened = openDatabase(true); opened != Ok) {
        return opened;
    }
    const AgendaImportReport report = AgendaImport::importFile(*m_db, file, QDateTime::currentDateTimeUtc(), m_dryRun);
    for (const QString &line : report.lines()) {
        (report.ok() ? out : err)(line);
    }
    if (!report.ok()) {
        if (report.databaseError) {
            err(tr("rien n'a été importé : la base de données a refusé l'écriture"));
            return DatabaseError;
        }
        err(tr("rien n'a été importé : corrigez le fichier puis recommencez"));
        return BadFile;
    }
    out((m_dryRun ? tr("Aperçu (rien n'est écrit) : %1, %2, %3.") : tr("Agenda importé : %1, %2, %3."))
            .arg(tr("%n ajouté(s)", nullptr, report.added), tr("%n mis à jour", nullptr, report.updated),
                 tr("%n retiré(s)", nullptr, report.removed)));
    return Ok;
}
