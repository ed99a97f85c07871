// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationlist.h"

#include "base/csvwriter.h"
#include "base/paristime.h"
#include "base/vocabulary.h"
#include "registrationrules.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

/// Translation context of these messages (one struct, so that lupdate finds the context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RegistrationList)
};

QDateTime optionalTime(const Statement &q, int column)
{
    return q.isNull(column) ? QDateTime() : ParisTime::fromUtcIso(q.text(column));
}

QString parisText(const QDateTime &dt)
{
    return dt.isValid() ? ParisTime::toParis(dt).toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

QString statusLabel(const RegistrationRecord &r)
{
    if (r.status == "confirmed"_L1) {
        return r.checkedInAt.isValid() ? Tr::tr("Présent·e") : Tr::tr("Confirmé·e");
    }
    if (r.status == "waiting"_L1) {
        return Tr::tr("Liste d'attente");
    }
    return Tr::tr("Annulé·e");
}

} // namespace

QList<RegistrationRecord> RegistrationList::forEvent(const Database &db, qint64 eventId)
{
    auto q = db.prepare(
        "SELECT r.id, r.status, r.first_name, r.last_name, r.email, r.structure, r.actor_type, r.postcode, c.name, "
        "r.age_bracket, r.parent_agreement, r.newsletter, r.consent_version, r.consent_at, r.created_at, "
        "r.checked_in_at, r.cancelled_at FROM registration r LEFT JOIN commune c ON c.insee = r.commune "
        "WHERE r.event = ? AND r.purged_at IS NULL "
        "ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, r.id");
    q.bind(1, eventId);
    QList<RegistrationRecord> rows;
    int waiting = 0;
    while (q.step()) {
        RegistrationRecord r;
        r.id = q.integer(0);
        r.status = q.text(1);
        r.waitingPosition = r.status == "waiting"_L1 ? ++waiting : 0;
        r.firstName = q.text(2);
        r.lastName = q.text(3);
        r.email = q.text(4);
        r.structure = q.text(5);
        r.actorType = q.text(6);
        r.postcode = q.text(7);
        r.communeName = q.text(8);
        r.ageBracket = q.text(9);
        r.parentAgreement = q.integer(10) != 0;
        r.newsletter = q.integer(11) != 0;
        r.consentVersion = q.text(12);
        r.consentAt = optionalTime(q, 13);
        r.createdAt = optionalTime(q, 14);
        r.checkedInAt = optionalTime(q, 15);
        r.cancelledAt = optionalTime(q, 16);
        rows.append(r);
    }
    return rows;
}

QStringList RegistrationList::csvColumns()
{
    return {Tr::tr("Statut"),          Tr::tr("Position en attente"), Tr::tr("Prénom"),
            Tr::tr("Nom"),             Tr::tr("E-mail"),              Tr::tr("Structure"),
            Tr::tr("Type de structure"), Tr::tr("Code postal"),       Tr::tr("Commune"),
            Tr::tr("Tranche d'âge"),   Tr::tr("Accord parental"),     Tr::tr("Lettre d'information"),
            Tr::tr("Inscrit·e le"),    Tr::tr("Présent·e à"),         Tr::tr("Annulé·e le"),
            Tr::tr("Consentement (version)"), Tr::tr("Consentement (date)")};
}

QByteArray RegistrationList::csv(const Database &db, qint64 eventId)
{
    CsvWriter out;
    out.addRow(csvColumns());
    const QString yes = Tr::tr("oui");
    const QString no = Tr::tr("non");
    for (const auto &r : forEvent(db, eventId)) {
        out.addRow({statusLabel(r),
                    r.waitingPosition > 0 ? QString::number(r.waitingPosition) : QString(),
                    r.firstName,
                    r.lastName,
                    r.email,
                    r.structure,
                    r.actorType.isEmpty() ? QString() : Vocabulary::actorTypeLabel(r.actorType),
                    r.postcode,
                    r.communeName,
                    RegistrationRules::ageBracketLabel(r.ageBracket),
                    r.parentAgreement ? yes : no,
                    r.newsletter ? yes : no,
                    parisText(r.createdAt),
                    parisText(r.checkedInAt),
                    parisText(r.cancelledAt),
                    r.consentVersion,
                    parisText(r.consentAt)});
    }
    return out.data();
}
