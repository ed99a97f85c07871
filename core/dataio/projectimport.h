// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "storage/sqlite.h"

#include <QCoreApplication>

namespace Lianes {

/** Import rows of the panorama of projects: the same project is found by external id or folded
 *  title; its lead and partners are actors named by external id or by (unique) name. */
class ProjectImport : public EntityImport
{
    Q_DECLARE_TR_FUNCTIONS(ProjectImport)

public:
    explicit ProjectImport(ImportContext &context);
    ImportRowResult process(const ImportRow &row, int line) override;

    /** A project as the import compares it. */
    struct Project {
        QString externalId;
        QString title;
        QString kind;
        QString description;
        std::optional<qint64> yearStart;
        std::optional<qint64> yearEnd;
        std::optional<double> amount;
        QString audience;
        QStringList themes;
        QStringList countries;
        std::optional<qint64> lead;
        QList<qint64> partners;
    };

private:
    [[nodiscard]] Project read(const ImportRow &row) const;
    [[nodiscard]] qint64 actorId(const QString &reference, ImportField field) const;
    /** The project of the database with the title of @p project, 0 if none. */
    [[nodiscard]] qint64 match(const Project &project) const;
    /** Adds @p incoming, or updates project @p id with the columns of @p row. */
    ImportRowResult save(const ImportRow &row, int line, const Project &incoming, qint64 id);
    [[nodiscard]] Project load(qint64 id);
    static Statement &bindColumns(Statement &statement, const Project &project);
    void write(qint64 id, const Project &project, bool themes, bool countries, bool actors);

    Statement m_insert;
    Statement m_update;
    Statement m_select;
    Statement m_selectThemes;
    Statement m_selectCountries;
    Statement m_selectActors;
};

} // namespace Lianes
