// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmecatalogue.h"

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>

namespace Lianes {

/** The catalogue's cards, filtered by what, where, how long, age and a text search.
 *  Every value is ready to show; an unconfirmed fact reads "à vérifier". */
class ProgrammeListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Mobility")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString zone READ zone WRITE setZone NOTIFY filterChanged)
    Q_PROPERTY(QString duration READ duration WRITE setDuration NOTIFY filterChanged)
    Q_PROPERTY(int age READ age WRITE setAge NOTIFY filterChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SummaryRole,
        KindsLabelRole,
        ZonesLabelRole,
        DestinationsRole,
        AgeLabelRole,
        DurationLabelRole,
        FormatLabelRole,
        CostRole,
        OrganiserRole,
        HowToApplyRole,
        ActorsLabelRole,
        SourceUrlRole,
        CheckedLabelRole,
        UnverifiedCountRole,
    };
    Q_ENUM(Roles)

    explicit ProgrammeListModel(QObject *parent = nullptr);

    /** Shows @p catalogue; @p actorNames maps actor keys to the names on the map. */
    void setCatalogue(const ProgrammeCatalogue &catalogue, const QHash<QString, QString> &actorNames);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString zone() const { return m_zone; }
    void setZone(const QString &zone);
    [[nodiscard]] QString duration() const { return m_duration; }
    void setDuration(const QString &duration);
    [[nodiscard]] int age() const { return m_age; }
    void setAge(int age);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    /** Clears every filter. */
    Q_INVOKABLE void clearFilters();

    /** "à vérifier", the label shown for a fact nobody could confirm. */
    [[nodiscard]] static QString unverified();

Q_SIGNALS:
    void countChanged();
    void filterChanged();

private:
    void refilter();
    [[nodiscard]] bool accepts(const Programme &p) const;

    QList<Programme> m_all;
    QList<Programme> m_rows;
    QHash<QString, QString> m_actorNames;
    QString m_kind;
    QString m_zone;
    QString m_duration;
    int m_age = 0;
    QString m_query;
};

} // namespace Lianes
