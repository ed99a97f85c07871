// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consent.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Lianes;
using namespace Qt::StringLiterals;

QString Consent::version()
{
    return u"inscription-v1-"_s + QLocale().name().left(2);
}

QString Consent::text()
{
    return QCoreApplication::translate(
               "Consent",
               "J'accepte que Lianes coopération enregistre ces informations pour gérer mon inscription à cet "
               "événement : confirmation, liste d'attente, liste des présents. Elles ne servent à rien d'autre, "
               "ne sont ni vendues ni données, et sont effacées %1 mois après l'événement. Je peux les consulter, "
               "les corriger ou les faire effacer à tout moment en écrivant à contact@lianescooperation.org, et "
               "saisir la CNIL en cas de désaccord.")
        .arg(RetentionMonths);
}

QString Consent::newsletterText()
{
    return QCoreApplication::translate("Consent",
                                       "Je souhaite aussi recevoir la lettre d'information de Lianes coopération "
                                       "(désinscription en un clic dans chaque lettre).");
}

void Consent::store(const Database &db, const QString &atUtcIso)
{
    auto q = db.prepare("INSERT INTO consent_text(version, text, first_used_at) VALUES(?, ?, ?) "
                        "ON CONFLICT(version) DO NOTHING");
    q.bind(1, version()).bind(2, text()).bind(3, atUtcIso).exec();
}
