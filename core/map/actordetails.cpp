// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actordetails.h"

#include "base/paristime.h"
#include "base/vocabulary.h"
#include "cooperationprojectlistmodel.h"
#include "mapcatalog.h"
#include "storage/database.h"
#include "vcard.h"

#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

ActorDetails::ActorDetails(QObject *parent)
    : QObject(parent)
{
}

void ActorDetails::setSource(const Database *db, const MapCatalog *catalog)
{
    m_db = db;
    m_catalog = catalog;
    refresh();
}

void ActorDetails::setActorId(qint64 id)
{
    if (id == m_actorId) {
        return;
    }
    m_actorId = id;
    refresh();
}

void ActorDetails::clear()
{
    m_name.clear();
    m_typeLabel.clear();
    m_subtitle.clear();
    m_contactText.clear();
    m_town.clear();
    m_departement.clear();
    m_memberLabel.clear();
    m_description.clear();
    m_family = 0;
    m_member = false;
    m_themes.clear();
    m_countries.clear();
    m_projects.clear();
    m_events.clear();
    m_email.clear();
    m_phone.clear();
    m_website.clear();
    m_address.clear();
    m_vcard.clear();
    m_coordinate = {};
}

void ActorDetails::refresh()
{
    clear();
    if (!m_db || !m_catalog || m_actorId == 0) {
        Q_EMIT changed();
        return;
    }
    auto q = m_db->prepare("SELECT a.name, a.type, a.member, a.description, a.address, a.email, a.phone, a.website, "
                           "a.departement, c.name, c.postal_code, a.lat, a.lon "
                           "FROM actor a LEFT JOIN commune c ON c.insee = a.commune WHERE a.id = ?");
    q.bind(1, m_actorId);
    if (!q.step()) {
        Q_EMIT changed();
        return;
    }
    m_name = q.text(0);
    m_typeLabel = Vocabulary::actorTypeLabel(q.text(1));
    m_family = int(Vocabulary::actorFamily(q.text(1)));
    m_member = q.integer(2) != 0;
    m_memberLabel = m_member ? tr("Membre du réseau Lianes coopération") : QString();
    m_description = q.text(3);
    m_address = q.text(4);
    m_email = q.text(5);
    m_phone = q.text(6);
    m_website = q.text(7);
    const QString dep = q.text(8);
    m_departement = dep.isEmpty() ? QString() : dep + u' ' + Vocabulary::departementName(dep);
    m_town = q.text(9);
    const QString postcode = q.text(10);
    if (!q.isNull(11)) {
        m_coordinate = QGeoCoordinate(q.real(11), q.real(12));
    }

    auto themes = m_db->prepare("SELECT at.theme FROM actor_theme at JOIN theme t ON t.code = at.theme "
                                "WHERE at.actor = ? ORDER BY t.position");
    themes.bind(1, m_actorId);
    while (themes.step()) {
        m_themes.append(Vocabulary::themeLabel(themes.text(0)));
    }

    // Partner countries: its own, and those of its projects.
    QStringList codes;
    auto countries = m_db->prepare("SELECT country FROM actor_country WHERE actor = ?");
    countries.bind(1, m_actorId);
    while (countries.step()) {
        codes.append(countries.text(0));
    }
    for (int p : m_catalog->projectsOf(m_actorId)) {
        const ProjectRecord &project = m_catalog->projects().at(p);
        codes.append(project.countries);
        const QString role = project.leads.contains(m_actorId) ? tr("porteur") : tr("partenaire");
        const QString years = CooperationProjectListModel::yearsLabel(project);
        m_projects.append(QVariantMap{
            {u"projectId"_s, project.id},
            {u"title"_s, project.title},
            {u"detail"_s, QString(CooperationProjectListModel::kindLabel(project.kind) + u" · "_s + role
                                  + (years.isEmpty() ? QString() : u" · "_s + years))},
        });
    }
    codes.removeDuplicates();
    for (const QString &code : std::as_const(codes)) {
        m_countries.append(m_catalog->countryName(code));
    }
    m_countries.sort(Qt::CaseInsensitive);

    auto events = m_db->prepare("SELECT title, starts_at, online FROM event WHERE organiser_actor = ? "
                                "AND starts_at >= ? ORDER BY starts_at LIMIT 5");
    events.bind(1, m_actorId).bind(2, ParisTime::toUtcIso(m_now.isValid() ? m_now : QDateTime::currentDateTime()));
    const QLocale locale;
    while (events.step()) {
        const QDateTime start = ParisTime::toParis(ParisTime::fromUtcIso(events.text(1)));
        m_events.append(QVariantMap{
            {u"title"_s, events.text(0)},
            {u"dateLabel"_s, QString(locale.toString(start.date(), u"dddd d MMMM"_s) + u" · "_s
                                     + locale.toString(start.time(), QLocale::ShortFormat)
                                     + (events.integer(2) ? u" · "_s + tr("en ligne") : QString()))},
        });
    }

    QStringList subtitle{m_typeLabel, m_town, m_departement};
    subtitle.removeAll(QString());
    m_subtitle = subtitle.join(u" · "_s);
    QStringList contact{m_address, m_phone, m_email, m_website};
    contact.removeAll(QString());
    m_contactText = contact.join(u'\n');

    ContactCard card{m_name, m_phone, m_email, m_website, m_address, m_town, postcode, tr("France")};
    if (!card.isEmpty()) {
        m_vcard = VCard::build(card);
    }
    Q_EMIT changed();
}
