// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findercontroller.h"

#include "finderresultmodel.h"
#include "programmecatalogue.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
QVariantMap option(const QString &value, const QString &label)
{
    return {{u"value"_s, value}, {u"label"_s, label}};
}

QString durationLabel(const QString &code)
{
    if (code == "court"_L1) return FinderController::tr("Moins d'un mois");
    if (code == "moyen"_L1) return FinderController::tr("1 à 6 mois");
    if (code == "long"_L1) return FinderController::tr("6 à 12 mois");
    return FinderController::tr("Plus d'un an");
}
} // namespace

FinderController::FinderController(const ProgrammeCatalogue *catalogue, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_results(new FinderResultModel(this))
{
}

QString FinderController::question() const
{
    switch (m_step) {
    case 0:
        return tr("Quel âge as-tu ?");
    case 1:
        return tr("Tu es…");
    case 2:
        return tr("Qu'est-ce que tu veux faire ?");
    case 3:
        return tr("Où veux-tu partir ?");
    case 4:
        return tr("Combien de temps ?");
    case 5:
        return tr("Seul·e ou en groupe ?");
    default:
        return tr("Ce qui peut te convenir");
    }
}

QVariantList FinderController::options() const
{
    QVariantList list;
    switch (m_step) {
    case 0:
        for (int age = 13; age <= 35; ++age) {
            list.append(option(QString::number(age), QString::number(age)));
        }
        break;
    case 1:
        for (const QString &code : MobilityVocabulary::situations()) {
            list.append(option(code, MobilityVocabulary::situationLabel(code)));
        }
        break;
    case 2:
        for (const QString &code : MobilityVocabulary::kinds()) {
            list.append(option(code, MobilityVocabulary::kindLabel(code)));
        }
        break;
    case 3:
        list = {option(u"europe"_s, tr("En Europe")), option(u"hors_europe"_s, tr("Hors d'Europe")),
                option(u"peu_importe"_s, tr("Peu importe"))};
        break;
    case 4:
        for (const QString &code : {u"court"_s, u"moyen"_s, u"long"_s, u"tres_long"_s}) {
            list.append(option(code, durationLabel(code)));
        }
        break;
    case 5:
        list = {option(u"seul"_s, tr("Seul·e")), option(u"groupe"_s, tr("En groupe")),
                option(u"peu_importe"_s, tr("Les deux me vont"))};
        break;
    default:
        break;
    }
    return list;
}

QString FinderController::profileLabel() const
{
    QStringList parts;
    if (m_step > 0) parts.append(tr("%1 ans").arg(m_profile.age));
    if (m_step > 1) parts.append(MobilityVocabulary::situationLabel(m_profile.situation));
    if (m_step > 2) parts.append(MobilityVocabulary::kindLabel(m_profile.kind));
    if (m_step > 3) parts.append(m_profile.zone == "peu_importe"_L1 ? tr("partout") : MobilityVocabulary::zoneLabel(m_profile.zone));
    if (m_step > 4) parts.append(durationLabel(m_profile.duration));
    if (m_step > 5) parts.append(m_profile.format == "peu_importe"_L1 ? tr("seul·e ou en groupe")
                                 : m_profile.format == "groupe"_L1 ? tr("en groupe") : tr("seul·e"));
    return parts.join(u" · "_s);
}

void FinderController::answer(const QString &value)
{
    bool accepted = false;
    for (const QVariant &o : options()) {
        accepted = accepted || o.toMap().value(u"value"_s).toString() == value;
    }
    if (!accepted) {
        return;
    }
    switch (m_step) {
    case 0: m_profile.age = value.toInt(); break;
    case 1: m_profile.situation = value; break;
    case 2: m_profile.kind = value; break;
    case 3: m_profile.zone = value; break;
    case 4: m_profile.duration = value; break;
    case 5: m_profile.format = value; break;
    default: return;
    }
    ++m_step;
    if (finished()) {
        refresh();
    }
    Q_EMIT stepChanged();
}

void FinderController::back()
{
    if (m_step > 0) {
        --m_step;
        if (!finished()) {
            m_results->clear();
        }
        Q_EMIT stepChanged();
    }
}

void FinderController::restart()
{
    m_profile = {};
    m_step = 0;
    m_results->clear();
    Q_EMIT stepChanged();
}

void FinderController::showDemoProfile()
{
    showProfile({19, u"etudiant"_s, u"volontariat"_s, u"europe"_s, u"long"_s, u"seul"_s});
}

void FinderController::showProfile(const FinderProfile &profile)
{
    m_profile = profile;
    m_step = questionCount();
    refresh();
    Q_EMIT stepChanged();
}

void FinderController::refresh()
{
    if (finished()) {
        m_results->setResult(*m_catalogue, Finder::rank(*m_catalogue, m_profile));
    }
}
