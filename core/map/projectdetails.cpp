// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdetails.h"

#include "base/vocabulary.h"
#include "cooperationprojectlistmodel.h"
#include "mapcatalog.h"
#include "storage/database.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

ProjectDetails::ProjectDetails(QObject *parent)
    : QObject(parent)
{
}

void ProjectDetails::setSource(const Database *db, const MapCatalog *catalog)
{
    m_db = db;
    m_catalog = catalog;
    refresh();
}

void ProjectDetails::setProjectId(qint64 id)
{
    if (id == m_projectId) {
        return;
    }
    m_projectId = id;
    refresh();
}

void ProjectDetails::refresh()
{
    m_title.clear();
    m_kindLabel.clear();
    m_yearsLabel.clear();
    m_subtitle.clear();
    m_description.clear();
    m_themes.clear();
    m_countries.clear();
    m_actors.clear();
    const int index = m_catalog ? m_catalog->projectIndex(m_projectId) : -1;
    if (!m_db || index < 0) {
        Q_EMIT changed();
        return;
    }
    const ProjectRecord &p = m_catalog->projects().at(index);
    m_title = p.title;
    m_kindLabel = CooperationProjectListModel::kindLabel(p.kind);
    m_yearsLabel = CooperationProjectListModel::yearsLabel(p);
    m_subtitle = m_yearsLabel.isEmpty() ? m_kindLabel : m_kindLabel + u" · "_s + m_yearsLabel;
    auto q = m_db->prepare("SELECT description FROM project WHERE id = ?");
    q.bind(1, p.id);
    if (q.step()) {
        m_description = q.text(0);
    }
    const auto themes = Vocabulary::themes();
    for (qsizetype t = 0; t < themes.size(); ++t) {
        if (p.themes & (1U << t)) {
            m_themes.append(themes.at(t).label);
        }
    }
    for (const QString &code : p.countries) {
        m_countries.append(m_catalog->countryName(code));
    }
    auto add = [this](qint64 id, const QString &role) {
        const int a = m_catalog->actorIndex(id);
        if (a < 0) {
            return;
        }
        const ActorRecord &actor = m_catalog->actors().at(a);
        m_actors.append(QVariantMap{
            {u"actorId"_s, actor.id},
            {u"name"_s, actor.name},
            {u"detail"_s, QString(role + (actor.communeName.isEmpty() ? QString() : u" · "_s + actor.communeName))},
        });
    };
    for (qint64 id : p.leads) {
        add(id, tr("Porteur"));
    }
    for (qint64 id : p.partners) {
        add(id, tr("Partenaire"));
    }
    Q_EMIT changed();
}
