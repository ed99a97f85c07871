// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

/** The rows of an import preview staff check before applying: rejected ones with their line,
 *  column and reason, then the ones to add or update. */
class ImportPreviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DataIo")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY countChanged)

public:
    enum Roles {
        LineRole = Qt::UserRole + 1,
        WhereRole, ///< "ligne 12" or "acteur n° 12"
        StatusRole, ///< "added", "updated", "rejected"
        StatusLabelRole,
        LabelRole,
        ColumnRole,
        DetailRole,
    };
    Q_ENUM(Roles)

    explicit ImportPreviewModel(QObject *parent = nullptr);
    /** Shows @p report's rows (rejected first). */
    void setReport(const ImportReport &report);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool empty() const { return m_rows.isEmpty(); }

Q_SIGNALS:
    void countChanged();

private:
    ImportReport m_report;
    QList<ImportRowResult> m_rows;
};

} // namespace Lianes
