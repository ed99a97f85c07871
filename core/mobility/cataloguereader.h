// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmecatalogue.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Lianes {

/** Reads a catalogue file and checks it against the rules of programmes.schema.json, collecting
 *  every error with its JSON path (or line, for a syntax error) and a French reason. */
class CatalogueReader
{
public:
    explicit CatalogueReader(QByteArray json);
    /** True when the file is valid; programmes() then holds it. */
    bool read();

    [[nodiscard]] const QList<CatalogueError> &errors() const { return m_errors; }
    [[nodiscard]] const QList<Programme> &programmes() const { return m_programmes; }
    [[nodiscard]] const QStringList &networkActors() const { return m_networkActors; }
    [[nodiscard]] QString updated() const { return m_updated; }

private:
    void fail(const QString &path, const QString &reason);
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &required,
                   const QStringList &optional = {});
    Programme readProgramme(const QJsonObject &object, const QString &path);
    QString requiredText(const QJsonObject &object, const QString &field, const QString &path);
    QString optionalText(const QJsonObject &object, const QString &field, const QString &path);
    std::optional<QStringList> codes(const QJsonObject &object, const QString &field, const QString &path,
                                     const QStringList &allowed, bool nullable);
    QStringList keys(const QJsonValue &value, const QString &path);
    Bounds bounds(const QJsonObject &object, const QString &field, const QString &path, QString *unit);
    bool isKey(const QString &text) const;

    QByteArray m_json;
    QList<CatalogueError> m_errors;
    QList<Programme> m_programmes;
    QStringList m_networkActors;
    QString m_updated;
};

} // namespace Lianes
