// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace Lianes {

class Database;
class MapCatalog;

/** The sheet of a project: kind, years, themes, countries, description, and its lead and partner
 *  actors (each one tap away from its own sheet). */
class ProjectDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapService")
    Q_PROPERTY(qint64 projectId READ projectId WRITE setProjectId NOTIFY changed)
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY changed)
    Q_PROPERTY(QString kindLabel MEMBER m_kindLabel NOTIFY changed)
    Q_PROPERTY(QString yearsLabel MEMBER m_yearsLabel NOTIFY changed)
    /** "Projet mutualisé · 2020" */
    Q_PROPERTY(QString subtitle MEMBER m_subtitle NOTIFY changed)
    Q_PROPERTY(QString description MEMBER m_description NOTIFY changed)
    Q_PROPERTY(QStringList themes MEMBER m_themes NOTIFY changed)
    Q_PROPERTY(QStringList countries MEMBER m_countries NOTIFY changed)
    /** [{actorId, name, detail}]: leads first ("Porteur"), then partners. */
    Q_PROPERTY(QVariantList actors MEMBER m_actors NOTIFY changed)

public:
    explicit ProjectDetails(QObject *parent = nullptr);
    void setSource(const Database *db, const MapCatalog *catalog);

    [[nodiscard]] qint64 projectId() const { return m_projectId; }
    void setProjectId(qint64 id);
    [[nodiscard]] bool isValid() const { return !m_title.isEmpty(); }
    void refresh();

Q_SIGNALS:
    void changed();

private:
    const Database *m_db = nullptr;
    const MapCatalog *m_catalog = nullptr;
    qint64 m_projectId = 0;
    QString m_title, m_kindLabel, m_yearsLabel, m_subtitle, m_description;
    QStringList m_themes, m_countries;
    QVariantList m_actors;
};

} // namespace Lianes
