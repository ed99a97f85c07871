// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QGeoCoordinate>
#include <QObject>
#include <QQmlEngine>

namespace Lianes {

class Database;

/** The event shown on the event page, its values ready to show: when, where, for whom, places left. */
class EventDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Agenda")
    Q_PROPERTY(qint64 eventId READ eventId NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY changed)
    Q_PROPERTY(QString day READ day NOTIFY changed)
    Q_PROPERTY(QString time READ time NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(QString url READ url NOTIFY changed)
    /** "MRES, Lille" or "En ligne". */
    Q_PROPERTY(QString place READ place NOTIFY changed)
    /** "Lille (59 Nord)" when the commune is known. */
    Q_PROPERTY(QString commune READ commune NOTIFY changed)
    Q_PROPERTY(bool located READ located NOTIFY changed)
    Q_PROPERTY(QGeoCoordinate coordinate READ coordinate NOTIFY changed)
    Q_PROPERTY(QString organiser READ organiser NOTIFY changed)
    Q_PROPERTY(QString audience READ audience NOTIFY changed)
    Q_PROPERTY(bool festisol READ festisol NOTIFY changed)
    Q_PROPERTY(bool demo READ demo NOTIFY changed)
    Q_PROPERTY(QString places READ places NOTIFY changed)
    Q_PROPERTY(bool full READ full NOTIFY changed)
    /** Registration possible now. */
    Q_PROPERTY(bool open READ open NOTIFY changed)
    /** Why not, in French ("Les inscriptions sont closes depuis…"). */
    Q_PROPERTY(QString closedReason READ closedReason NOTIFY changed)
    Q_PROPERTY(QString staffCounts READ staffCounts NOTIFY changed)

public:
    explicit EventDetails(QObject *parent = nullptr);
    void setDatabase(Database *db) { m_db = db; }
    /** Loads event @p id as seen at @p now (0: none). */
    void load(qint64 id, const QDateTime &now);
    void reload(const QDateTime &now) { load(m_id, now); }

    [[nodiscard]] qint64 eventId() const { return m_id; }
    [[nodiscard]] bool valid() const { return m_id != 0; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString description() const { return m_description; }
    [[nodiscard]] QString kind() const { return m_kind; }
    [[nodiscard]] QString kindLabel() const;
    [[nodiscard]] QString day() const { return m_day; }
    [[nodiscard]] QString time() const { return m_time; }
    [[nodiscard]] bool online() const { return m_online; }
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString place() const { return m_place; }
    [[nodiscard]] QString commune() const { return m_commune; }
    [[nodiscard]] bool located() const { return m_coordinate.isValid(); }
    [[nodiscard]] QGeoCoordinate coordinate() const { return m_coordinate; }
    [[nodiscard]] QString organiser() const { return m_organiser; }
    [[nodiscard]] QString audience() const { return m_audience; }
    [[nodiscard]] bool festisol() const { return m_festisol; }
    [[nodiscard]] bool demo() const { return m_demo; }
    [[nodiscard]] QString places() const { return m_places; }
    [[nodiscard]] bool full() const { return m_full; }
    [[nodiscard]] bool open() const { return m_closedReason.isEmpty() && m_id != 0; }
    [[nodiscard]] QString closedReason() const { return m_closedReason; }
    [[nodiscard]] QString staffCounts() const { return m_staffCounts; }

Q_SIGNALS:
    void changed();

private:
    Database *m_db = nullptr;
    qint64 m_id = 0;
    QString m_title;
    QString m_description;
    QString m_kind;
    QString m_day;
    QString m_time;
    bool m_online = false;
    QString m_url;
    QString m_place;
    QString m_commune;
    QGeoCoordinate m_coordinate;
    QString m_organiser;
    QString m_audience;
    bool m_festisol = false;
    bool m_demo = false;
    QString m_places;
    bool m_full = false;
    QString m_closedReason;
    QString m_staffCounts;
};

} // namespace Lianes
