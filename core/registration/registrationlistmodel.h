// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registrar.h"
#include "registrationlist.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Lianes {

class Database;

/** Staff: the registrations of one event (confirmed, then waiting in order, then cancelled) and its counts. */
class RegistrationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Agenda")
    Q_PROPERTY(qint64 eventId READ eventId NOTIFY loaded)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(int confirmed READ confirmed NOTIFY loaded)
    Q_PROPERTY(int waiting READ waiting NOTIFY loaded)
    Q_PROPERTY(int cancelled READ cancelled NOTIFY loaded)
    Q_PROPERTY(int present READ present NOTIFY loaded)
    /** "12 places restantes sur 40" or "Places illimitées". */
    Q_PROPERTY(QString placesLabel READ placesLabel NOTIFY loaded)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole, ///< "Camille Dupont"
        EmailRole,
        StatusRole, ///< confirmed, waiting, cancelled
        StatusLabelRole, ///< "Confirmé·e", "Présent·e", "En attente (2)", "Annulé·e"
        PresentRole,
        DetailRole, ///< structure · type · commune · age, what is known
        RegisteredRole, ///< "inscrit·e le 28/11 à 10h00"
    };
    Q_ENUM(Roles)

    explicit RegistrationListModel(QObject *parent = nullptr);
    void setDatabase(Database *db) { m_db = db; }
    void setEventId(qint64 id);
    Q_INVOKABLE void refresh();

    [[nodiscard]] qint64 eventId() const { return m_eventId; }
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int confirmed() const { return m_counts.confirmed; }
    [[nodiscard]] int waiting() const { return m_counts.waiting; }
    [[nodiscard]] int cancelled() const { return m_counts.cancelled; }
    [[nodiscard]] int present() const { return m_counts.present; }
    [[nodiscard]] QString placesLabel() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();

private:
    Database *m_db = nullptr;
    qint64 m_eventId = 0;
    QList<RegistrationRecord> m_rows;
    RegistrationCounts m_counts;
};

} // namespace Lianes
