// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapfilter.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

class MapCatalog;

/** The map's filters as facets: show actors or projects, members only, the 14 actor types, the
 *  12 themes, the five départements; each value with how many actors it would show given the
 *  other groups (so a visitor sees where a tap leads), one tap clears all. */
class FilterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")
    Q_PROPERTY(bool active READ isActive NOTIFY filterChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY filterChanged)
    Q_PROPERTY(bool showProjects READ showProjects NOTIFY filterChanged)

public:
    enum Roles {
        GroupRole = Qt::UserRole + 1, ///< MapFilter::Group
        GroupLabelRole,
        CodeRole,
        LabelRole,
        CountRole,
        CheckedRole,
        FamilyRole, ///< for types: the colour family, else -1
        ExclusiveRole, ///< true for the actors / projects choice
    };
    Q_ENUM(Roles)

    explicit FilterModel(QObject *parent = nullptr);
    void setCatalog(const MapCatalog *catalog);

    [[nodiscard]] const MapFilter &filter() const { return m_filter; }
    void setFilter(const MapFilter &filter);
    [[nodiscard]] bool isActive() const { return !m_filter.isEmpty(); }
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] bool showProjects() const { return m_filter.show == MapFilter::Projects; }

    /** Ticks or unticks a value (the actors / projects rows switch between the two). */
    Q_INVOKABLE void toggle(int row);
    /** Back to everything, in one tap. */
    Q_INVOKABLE void clear();
    /** Recomputes the counts (after the catalog changed or the language changed). */
    void recount();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] static QString groupLabel(int group);

Q_SIGNALS:
    void filterChanged();

private:
    struct Row {
        MapFilter::Group group;
        int bit; ///< value index within its group
        QString code;
    };
    [[nodiscard]] bool isChecked(const Row &row) const;
    [[nodiscard]] QString label(const Row &row) const;

    const MapCatalog *m_catalog = nullptr;
    MapFilter m_filter;
    QList<Row> m_rows;
    QList<int> m_counts;
};

} // namespace Lianes
