// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooplab.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

/** The five Coop Lab steps of one project, with their checklist (ticked or not) and progress. */
class CoopLabStepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Mobility")
    Q_PROPERTY(int count READ count CONSTANT)
    Q_PROPERTY(int overallPercent READ overallPercent NOTIFY progressChanged)
    Q_PROPERTY(QString overallLabel READ overallLabel NOTIFY progressChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        NumberRole,
        TitleRole,
        PurposeRole,
        ItemsRole, ///< list of { key, label, done }
        TipsRole,
        ProgrammesRole, ///< list of { programmeId, name }
        DoneRole,
        TotalRole,
        PercentRole,
        ProgressLabelRole,
    };
    Q_ENUM(Roles)

    explicit CoopLabStepModel(QObject *parent = nullptr);

    /** The ticked items of the project shown; @p programmeNames maps catalogue ids to names. */
    void setDone(const QSet<QString> &done);
    void setProgrammeNames(const QHash<QString, QString> &programmeNames);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_steps.size()); }
    [[nodiscard]] int overallPercent() const { return CoopLab::overallProgress(m_done).percent(); }
    [[nodiscard]] QString overallLabel() const;

Q_SIGNALS:
    void progressChanged();

private:
    QList<CoopLabStep> m_steps;
    QSet<QString> m_done;
    QHash<QString, QString> m_programmeNames;
};

} // namespace Lianes
