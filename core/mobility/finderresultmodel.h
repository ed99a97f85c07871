// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finder.h"
#include "programmecatalogue.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>

namespace Lianes {

/** The finder's answer: ranked programmes, then the near misses, each with its reasons line by line;
 *  the visitor picks a shortlist that leaves as a QR code of links. */
class FinderResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Mobility")
    Q_PROPERTY(int count READ count NOTIFY resultChanged)
    Q_PROPERTY(int matchCount READ matchCount NOTIFY resultChanged)
    Q_PROPERTY(int nearMissCount READ nearMissCount NOTIFY resultChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    /** The links of the chosen programmes, one per line (the QR code's content). */
    Q_PROPERTY(QString shortlistText READ shortlistText NOTIFY selectionChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SummaryRole,
        NearMissRole,
        SectionRole,
        ReasonsRole, ///< list of { text, status: "pass" | "fail" | "unknown", line }
        SourceUrlRole,
        SelectedRole,
    };
    Q_ENUM(Roles)

    explicit FinderResultModel(QObject *parent = nullptr);

    void setResult(const ProgrammeCatalogue &catalogue, const FinderResult &result);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int matchCount() const { return m_matchCount; }
    [[nodiscard]] int nearMissCount() const { return count() - m_matchCount; }
    [[nodiscard]] int selectedCount() const { return int(m_selected.size()); }
    [[nodiscard]] QString shortlistText() const;

    /** Adds or removes a programme from the shortlist. */
    Q_INVOKABLE void toggleSelected(const QString &programmeId);
    /** The reason lines of @p programmeId ("✓ …"), for tests and accessibility. */
    Q_INVOKABLE QStringList reasonLines(const QString &programmeId) const;
    /** Programme ids in display order. */
    Q_INVOKABLE QStringList ids() const;

Q_SIGNALS:
    void resultChanged();
    void selectionChanged();

private:
    struct Row {
        FinderMatch match;
        QString name;
        QString summary;
        QString sourceUrl;
        bool nearMiss = false;
    };
    QList<Row> m_rows;
    int m_matchCount = 0;
    QSet<QString> m_selected;
};

} // namespace Lianes
