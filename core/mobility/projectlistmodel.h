// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

/** The young person's projects with their overall progress. */
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Mobility")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        PercentRole,
        ProgressLabelRole,
    };
    Q_ENUM(Roles)

    explicit ProjectListModel(QObject *parent = nullptr);
    void setProjects(const QList<MobilityProject> &projects);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_projects.size()); }

Q_SIGNALS:
    void countChanged();

private:
    QList<MobilityProject> m_projects;
};

} // namespace Lianes
