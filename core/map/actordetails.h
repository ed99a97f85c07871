// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QGeoCoordinate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace Lianes {

class Database;
class MapCatalog;

/** The detail sheet of an actor: what it is, where, its themes, projects, partner countries,
 *  upcoming events and public contact (also as a vCard 3.0 for the QR code), ready to show. */
class ActorDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")
    Q_PROPERTY(qint64 actorId READ actorId WRITE setActorId NOTIFY changed)
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)
    Q_PROPERTY(QString typeLabel MEMBER m_typeLabel NOTIFY changed)
    /** "Collectif d'associations · Lille · 59 Nord" */
    Q_PROPERTY(QString subtitle MEMBER m_subtitle NOTIFY changed)
    Q_PROPERTY(int family MEMBER m_family NOTIFY changed)
    Q_PROPERTY(QString town MEMBER m_town NOTIFY changed)
    Q_PROPERTY(QString departement MEMBER m_departement NOTIFY changed)
    Q_PROPERTY(bool member MEMBER m_member NOTIFY changed)
    Q_PROPERTY(QString memberLabel MEMBER m_memberLabel NOTIFY changed)
    Q_PROPERTY(QString description MEMBER m_description NOTIFY changed)
    Q_PROPERTY(QStringList themes MEMBER m_themes NOTIFY changed)
    /** [{projectId, title, detail}] */
    Q_PROPERTY(QVariantList projects MEMBER m_projects NOTIFY changed)
    Q_PROPERTY(QStringList countries MEMBER m_countries NOTIFY changed)
    /** [{title, dateLabel}] */
    Q_PROPERTY(QVariantList events MEMBER m_events NOTIFY changed)
    Q_PROPERTY(QString email MEMBER m_email NOTIFY changed)
    Q_PROPERTY(QString phone MEMBER m_phone NOTIFY changed)
    Q_PROPERTY(QString website MEMBER m_website NOTIFY changed)
    Q_PROPERTY(QString address MEMBER m_address NOTIFY changed)
    Q_PROPERTY(bool hasContact READ hasContact NOTIFY changed)
    /** Address, phone, email, website, one per line. */
    Q_PROPERTY(QString contactText MEMBER m_contactText NOTIFY changed)
    /** vCard 3.0 of the public contact, for the QR code; empty without contact. */
    Q_PROPERTY(QString vcard MEMBER m_vcard NOTIFY changed)
    Q_PROPERTY(QGeoCoordinate coordinate MEMBER m_coordinate NOTIFY changed)

public:
    explicit ActorDetails(QObject *parent = nullptr);
    void setSource(const Database *db, const MapCatalog *catalog);
    void setNow(const QDateTime &now) { m_now = now; }

    [[nodiscard]] qint64 actorId() const { return m_actorId; }
    /** Shows actor @p id (0: nothing). */
    void setActorId(qint64 id);
    [[nodiscard]] bool isValid() const { return !m_name.isEmpty(); }
    [[nodiscard]] bool hasContact() const { return !m_vcard.isEmpty(); }
    /** Reads the actor again (after a language change). */
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void clear();

    const Database *m_db = nullptr;
    const MapCatalog *m_catalog = nullptr;
    QDateTime m_now;
    qint64 m_actorId = 0;
    QString m_name, m_typeLabel, m_subtitle, m_contactText, m_town, m_departement, m_memberLabel, m_description;
    int m_family = 0;
    bool m_member = false;
    QStringList m_themes, m_countries;
    QVariantList m_projects, m_events;
    QString m_email, m_phone, m_website, m_address, m_vcard;
    QGeoCoordinate m_coordinate;
};

} // namespace Lianes
