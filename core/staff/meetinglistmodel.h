// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetingstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

/** The meetings log for the staff page: filtered list, totals like the report's, add and edit. */
class MeetingListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Staff")
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY filterChanged)
    Q_PROPERTY(QString staff READ staff WRITE setStaff NOTIFY filterChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY totalsChanged)
    Q_PROPERTY(int totalParticipants READ totalParticipants NOTIFY totalsChanged)
    Q_PROPERTY(double totalHours READ totalHours NOTIFY totalsChanged)
    Q_PROPERTY(QString totalsLabel READ totalsLabel NOTIFY totalsChanged)
    Q_PROPERTY(QStringList staffNames READ staffNames NOTIFY totalsChanged)
    Q_PROPERTY(QList<int> years READ years NOTIFY totalsChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SubjectRole,
        PlaceRole,
        StaffRole,
        DateLabelRole,
        DurationLabelRole,
        ParticipantsRole,
        OnlineRole,
    };
    Q_ENUM(Roles)

    explicit MeetingListModel(QObject *parent = nullptr);
    void setDatabase(const Database *db);
    [[nodiscard]] const Database *database() const { return m_db; }
    void refresh();

    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    [[nodiscard]] QString staff() const { return m_filter.staff; }
    void setStaff(const QString &staff);
    [[nodiscard]] QString text() const { return m_filter.text; }
    void setText(const QString &text);
    [[nodiscard]] int count() const { return m_totals.meetings; }
    [[nodiscard]] int totalParticipants() const { return m_totals.participants; }
    [[nodiscard]] double totalHours() const { return m_totals.hours; }
    [[nodiscard]] QString totalsLabel() const;
    [[nodiscard]] QStringList staffNames() const { return m_staffNames; }
    [[nodiscard]] QList<int> years() const { return m_years; }

    /** Saves the meeting described by @p fields (id 0 or absent: new). Returns "" or the errors, one per line. */
    Q_INVOKABLE QString save(const QVariantMap &fields);
    Q_INVOKABLE bool remove(qint64 id);
    /** The fields of one meeting, for the edit form. */
    Q_INVOKABLE QVariantMap get(qint64 id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();
    void totalsChanged();

private:
    [[nodiscard]] bool staffOpen() const;
    const Database *m_db = nullptr;
    MeetingFilter m_filter;
    int m_year = 0;
    QList<Meeting> m_rows;
    MeetingTotals m_totals;
    QStringList m_staffNames;
    QList<int> m_years;
};

} // namespace Lianes
