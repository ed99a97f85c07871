// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapfilter.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

/** Projects on the theme filter: all of them, those of a country (world view), or those of a
 *  set of actors (the visible ones, or one actor), with labels ready to show. */
class CooperationProjectListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString country READ country NOTIFY countChanged)
    Q_PROPERTY(QString scopeLabel READ scopeLabel NOTIFY countChanged)
    /** "1 projet", "12 projets". */
    Q_PROPERTY(QString countLabel READ countLabel NOTIFY countChanged)

public:
    enum Roles {
        ProjectIdRole = Qt::UserRole + 1,
        TitleRole,
        KindLabelRole,
        YearsLabelRole,
        ThemesLabelRole,
        CountriesLabelRole,
        LeadNameRole,
        DetailLabelRole, ///< "Tandem solidaire · 2020 · Mali"
    };
    Q_ENUM(Roles)

    explicit CooperationProjectListModel(QObject *parent = nullptr);

    void setCatalog(const MapCatalog *catalog) { m_catalog = catalog; }
    void setFilter(const MapFilter &filter);
    /** Projects taking place in @p code (ISO alpha-2); empty: no country restriction. */
    Q_INVOKABLE void showCountry(const QString &code);
    /** Projects of these actors (lead or partner); an empty list: every project. */
    void showActors(const QList<qint64> &actorIds);

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString country() const { return m_country; }
    [[nodiscard]] QString scopeLabel() const;
    [[nodiscard]] QString countLabel() const;
    [[nodiscard]] qint64 projectIdAt(int row) const;

    /** Translated label of a project kind ("tandem" → "Tandem solidaire"). */
    [[nodiscard]] static QString kindLabel(const QString &kind);
    /** "2020", "2019–2021", or empty. */
    [[nodiscard]] static QString yearsLabel(const ProjectRecord &project);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void refresh();

    const MapCatalog *m_catalog = nullptr;
    MapFilter m_filter;
    QString m_country;
    QList<qint64> m_actors;
    bool m_byActors = false;
    QList<int> m_rows; ///< indices in the catalog's projects
};

} // namespace Lianes
