// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lianes {

/** What a file imports: the directory of actors or the panorama of projects. */
enum class ImportEntity { Actors, Projects };

/** A field of the import, which a file's column is mapped to. */
enum class ImportField {
    Unknown, ///< header not recognised: ignored until mapped
    Ignored, ///< recognised (or chosen) as not imported: latitude, dates of export...
    ExternalId,
    Name,
    Type,
    Member,
    Description,
    Address,
    Commune,
    PostalCode,
    Departement,
    Insee,
    Themes,
    Countries,
    Website,
    Email,
    Phone,
    Title,
    Kind,
    YearStart,
    YearEnd,
    Amount,
    Audience,
    Lead,
    Partners,
};

/** Header names → fields, by folded name (accents, case, punctuation ignored), and back. */
namespace ImportFields {
/** The field a header means for @p entity; Unknown when not recognised. */
[[nodiscard]] ImportField fromHeader(QStringView header, ImportEntity entity);
/** Projects when a header names a project title or lead, actors otherwise. */
[[nodiscard]] ImportEntity detectEntity(const QStringList &headers);
/** The fields a file of @p entity may hold, in the order of the exports. */
[[nodiscard]] QList<ImportField> fields(ImportEntity entity);
/** Stable key for scripts (`--map "Ville du siège=commune"`): "nom", "commune", "ignorer"... */
[[nodiscard]] QString key(ImportField field);
[[nodiscard]] std::optional<ImportField> fromKey(QStringView key);
/** Label for the staff (translated). */
[[nodiscard]] QString label(ImportField field);
/** The French header the CSV exports write (untranslated: files go to the network's tools). */
[[nodiscard]] QString header(ImportField field);
/** Key of an entity for scripts: "acteurs", "projets". */
[[nodiscard]] QString entityKey(ImportEntity entity);
[[nodiscard]] std::optional<ImportEntity> entityFromKey(QStringView key);
[[nodiscard]] QString entityLabel(ImportEntity entity);
}

} // namespace Lianes
