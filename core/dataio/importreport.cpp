// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Lianes;
using namespace Qt::StringLiterals;

QString Lianes::importRowStatusKey(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Added:
        return u"added"_s;
    case ImportRowStatus::Updated:
        return u"updated"_s;
    case ImportRowStatus::Unchanged:
        return u"unchanged"_s;
    case ImportRowStatus::Rejected:
        return u"rejected"_s;
    }
    return {};
}

namespace {

/// Translation context of the import report.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

QJsonObject countsJson(const ImportCounts &c)
{
    return {{u"added"_s, c.added}, {u"updated"_s, c.updated}, {u"unchanged"_s, c.unchanged},
            {u"rejected"_s, c.rejected}};
}

QString separatorName(char separator)
{
    switch (separator) {
    case ';':
        return Tr::tr("point-virgule");
    case ',':
        return Tr::tr("virgule");
    case '\t':
        return Tr::tr("tabulation");
    default:
        return {};
    }
}

} // namespace

void ImportCounts::count(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Added:
        ++added;
        break;
    case ImportRowStatus::Updated:
        ++updated;
        break;
    case ImportRowStatus::Unchanged:
        ++unchanged;
        break;
    case ImportRowStatus::Rejected:
        ++rejected;
        break;
    }
}

ImportCounts ImportReport::total() const
{
    return {actors.added + projects.added, actors.updated + projects.updated,
            actors.unchanged + projects.unchanged, actors.rejected + projects.rejected};
}

ImportReport::Outcome ImportReport::outcome() const
{
    if (!error.isEmpty()) {
        return Outcome::BadFile;
    }
    if (!databaseError.isEmpty()) {
        return Outcome::Failed;
    }
    const ImportCounts t = total();
    if (t.rejected > 0) {
        return Outcome::Rejected;
    }
    return t.added + t.updated > 0 ? Outcome::Changed : Outcome::NothingToDo;
}

QString ImportReport::where(const ImportRowResult &row) const
{
    if (format != "JSON"_L1) {
        return Tr::tr("ligne %1").arg(row.line);
    }
    return row.entity == ImportEntity::Actors ? Tr::tr("acteur n° %1").arg(row.line)
                                              : Tr::tr("projet n° %1").arg(row.line);
}

QString ImportReport::toText() const
{
    QStringList out;
    QString file = Tr::tr("Fichier : %1").arg(fileName);
    if (!format.isEmpty()) {
        file += u" ("_s + format;
        if (!encoding.isEmpty()) {
            file += u", "_s + encoding;
        }
        if (separator) {
            file += u", "_s + Tr::tr("séparateur %1").arg(separatorName(separator));
        }
        file += u')';
    }
    out << file;
    if (!error.isEmpty()) {
        out << Tr::tr("Fichier refusé : %1").arg(error) << Tr::tr("Rien n'a été écrit.");
        return out.join(u'\n') + u'\n';
    }
    for (const auto &column : unknownColumns) {
        out << Tr::tr("Colonne non reconnue, ignorée : « %1 » (associez-la avec --map \"%1=CHAMP\")").arg(column);
    }
    for (const auto &warning : warnings) {
        out << Tr::tr("Attention : %1").arg(warning);
    }
    const bool done = applied;
    auto line = [&](const QString &label, int actorCount, int projectCount) {
        QStringList parts;
        if (entities.contains(ImportEntity::Actors)) {
            parts << Tr::tr("%n acteur(s)", nullptr, actorCount);
        }
        if (entities.contains(ImportEntity::Projects)) {
            parts << Tr::tr("%n projet(s)", nullptr, projectCount);
        }
        out << Tr::tr("%1 : %2", "a line of the report: what, then how many").arg(label, parts.join(u", "_s));
    };
    line(done ? Tr::tr("Ajoutés") : Tr::tr("À ajouter"), actors.added, projects.added);
    line(done ? Tr::tr("Mis à jour") : Tr::tr("À mettre à jour"), actors.updated, projects.updated);
    line(Tr::tr("Inchangés"), actors.unchanged, projects.unchanged);
    line(Tr::tr("Rejetés"), actors.rejected, projects.rejected);
    for (const auto &row : rows) {
        if (row.status == ImportRowStatus::Rejected) {
            out << (row.column.isEmpty() ? u"  %1 : %2"_s.arg(where(row), row.detail)
                                         : Tr::tr("  %1, colonne « %2 » : %3").arg(where(row), row.column, row.detail));
        }
    }
    if (total().rejected > 0 && unlistedRows > 0) {
        out << Tr::tr("  (et %n autres lignes rejetées, non listées)", nullptr, unlistedRows);
    }
    if (!databaseError.isEmpty()) {
        out << Tr::tr("Erreur de la base de données : %1").arg(databaseError) << Tr::tr("Rien n'a été écrit.");
    } else if (dryRun) {
        out << Tr::tr("Aperçu seulement (--dry-run) : rien n'a été écrit.");
    } else if (applied) {
        out << (total().rejected > 0 ? Tr::tr("Import appliqué en une transaction, sans les lignes rejetées.")
                                     : Tr::tr("Import appliqué en une transaction."));
    } else if (total().rejected > 0) {
        out << Tr::tr("Rien n'a été écrit : corrigez les lignes rejetées et relancez l'import, ou importez "
                      "les autres lignes avec --skip-rejected.");
    } else {
        out << Tr::tr("Rien à changer : la base est déjà à jour.");
    }
    return out.join(u'\n') + u'\n';
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray rowArray;
    for (const auto &row : rows) {
        rowArray.append(QJsonObject{{u"line"_s, row.line},
                                    {u"entity"_s, ImportFields::entityKey(row.entity)},
                                    {u"status"_s, importRowStatusKey(row.status)},
                                    {u"label"_s, row.label},
                                    {u"column"_s, row.column},
                                    {u"detail"_s, row.detail}});
    }
    QJsonArray entityArray;
    for (const auto e : entities) {
        entityArray.append(ImportFields::entityKey(e));
    }
    return {{u"file"_s, fileName},
            {u"format"_s, format},
            {u"encoding"_s, encoding},
            {u"separator"_s, separator ? QString(QLatin1Char(separator)) : QString()},
            {u"entities"_s, entityArray},
            {u"unknown_columns"_s, QJsonArray::fromStringList(unknownColumns)},
            {u"warnings"_s, QJsonArray::fromStringList(warnings)},
            {u"error"_s, error},
            {u"database_error"_s, databaseError},
            {u"actors"_s, countsJson(actors)},
            {u"projects"_s, countsJson(projects)},
            {u"rows"_s, rowArray},
            {u"unlisted_rows"_s, unlistedRows},
            {u"dry_run"_s, dryRun},
            {u"applied"_s, applied},
            {u"exit_code"_s, exitCode()}};
}
