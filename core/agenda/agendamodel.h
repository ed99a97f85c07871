// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

namespace Lianes {

class Database;

/** The agenda page's list: upcoming events soonest first (or past ones, latest first), grouped by week
 *  (by month for past ones), filtered by kind, online/in person, département, audience, Festisol and a search. */
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Agenda")
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filtersChanged)
    /** "", "online" or "inperson". */
    Q_PROPERTY(QString attendance READ attendance WRITE setAttendance NOTIFY filtersChanged)
    Q_PROPERTY(QString departement READ departement WRITE setDepartement NOTIFY filtersChanged)
    Q_PROPERTY(QString audience READ audience WRITE setAudience NOTIFY filtersChanged)
    Q_PROPERTY(bool festisolOnly READ festisolOnly WRITE setFestisolOnly NOTIFY filtersChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
    Q_PROPERTY(bool showPast READ showPast WRITE setShowPast NOTIFY filtersChanged)
    Q_PROPERTY(bool filtered READ isFiltered NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY countChanged)
    /** Audiences of the events on offer, for the audience filter. */
    Q_PROPERTY(QStringList audiences READ audiences NOTIFY loaded)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,
        KindLabelRole,
        DayRole, ///< "jeudi 3 décembre"
        DayNumberRole, ///< "3"
        MonthRole, ///< "déc."
        TimeRole, ///< "13h30 – 16h30"
        PlaceRole, ///< "En ligne" or the place and commune
        SectionRole, ///< "Semaine prochaine"
        OnlineRole,
        FestisolRole,
        DemoRole,
        PastRole,
        AudienceRole,
        PlacesRole, ///< "12 places restantes sur 40"
        FullRole,
        StaffCountsRole,
    };
    Q_ENUM(Roles)

    explicit AgendaModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void setNow(const QDateTime &now);
    /** Reloads from the database (after a registration, an import, a language change). */
    Q_INVOKABLE void refresh();
    /** Clears every filter and the search. */
    Q_INVOKABLE void clearFilters();
    /** Id of the first upcoming event (whatever the filters); 0 when none. */
    [[nodiscard]] qint64 firstUpcoming() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString attendance() const { return m_attendance; }
    void setAttendance(const QString &attendance);
    [[nodiscard]] QString departement() const { return m_departement; }
    void setDepartement(const QString &code);
    [[nodiscard]] QString audience() const { return m_audience; }
    void setAudience(const QString &audience);
    [[nodiscard]] bool festisolOnly() const { return m_festisolOnly; }
    void setFestisolOnly(bool only);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &text);
    [[nodiscard]] bool showPast() const { return m_showPast; }
    void setShowPast(bool past);
    [[nodiscard]] bool isFiltered() const;
    [[nodiscard]] int count() const { return int(m_visible.size()); }
    [[nodiscard]] bool empty() const { return m_visible.isEmpty(); }
    [[nodiscard]] QStringList audiences() const { return m_audiences; }

Q_SIGNALS:
    void filtersChanged();
    void countChanged();
    void loaded();

private:
    struct Row {
        qint64 id = 0;
        QString title;
        QString kind;
        QDateTime start;
        int durationMin = 0;
        QString place;
        QString departement;
        QString audience;
        bool online = false;
        bool festisol = false;
        bool demo = false;
        std::optional<int> capacity;
        int confirmed = 0;
        int waiting = 0;
        int cancelled = 0;
        int present = 0;
        QString searchText; ///< folded title, description, place, organiser
    };
    void applyFilters();
    template<typename T>
    void setFilter(T &member, const T &value);

    Database *m_db = nullptr;
    QDateTime m_now;
    QList<Row> m_all;
    QList<int> m_visible; ///< indexes into m_all
    QStringList m_audiences;
    QString m_kind;
    QString m_attendance;
    QString m_departement;
    QString m_audience;
    bool m_festisolOnly = false;
    QString m_search;
    bool m_showPast = false;
};

} // namespace Lianes
