// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "storage/sqlite.h"

#include <QCoreApplication>

namespace Lianes {

/** Import rows of the directory of actors: the same actor is found by external id, or by folded
 *  name and commune; only the columns the file has are changed. */
class ActorImport : public EntityImport
{
    Q_DECLARE_TR_FUNCTIONS(ActorImport)

public:
    explicit ActorImport(ImportContext &context);
    ImportRowResult process(const ImportRow &row, int line) override;

    /** An actor as the import compares it. */
    struct Actor {
        QString externalId;
        QString name;
        QString type;
        bool member = false;
        QString description;
        QString address;
        std::optional<QString> insee;
        std::optional<QString> departement;
        std::optional<double> lat;
        std::optional<double> lon;
        QString email;
        QString phone;
        QString website;
        QStringList themes;
        QStringList countries;
        QString placeLabel; ///< where the geocoding put it, for the preview
    };

private:
    [[nodiscard]] Actor read(const ImportRow &row) const;
    void readPlace(const ImportRow &row, Actor &actor) const;
    /** The actor of the database with the name and place (or name) of @p actor, 0 if none. */
    [[nodiscard]] qint64 match(const Actor &actor, bool hasPlace) const;
    /** Adds @p incoming, or updates actor @p id with the columns of @p row. */
    ImportRowResult save(const ImportRow &row, int line, const Actor &incoming, qint64 id, bool hasPlace);
    [[nodiscard]] Actor load(qint64 id, bool links);
    static Statement &bindColumns(Statement &statement, const Actor &actor);
    [[nodiscard]] qint64 insert(const Actor &actor);
    void update(qint64 id, const Actor &actor, bool themes, bool countries);
    void writeLinks(qint64 id, const QStringList &themes, const QStringList &countries, bool doThemes,
                    bool doCountries);

    Statement m_insert;
    Statement m_update;
    Statement m_select;
    Statement m_selectThemes;
    Statement m_selectCountries;
    Statement m_deleteThemes;
    Statement m_deleteCountries;
    Statement m_insertTheme;
    Statement m_insertCountry;
};

} // namespace Lianes
