// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationform.h"

#include "agendaevent.h"
#include "base/logging.h"
#include "icalwriter.h"
#include "registration/registrar.h"
#include "storage/database.h"

using namespace Lianes;
using namespace Qt::StringLiterals;

RegistrationForm::RegistrationForm(QObject *parent)
    : QObject(parent)
{
}

void RegistrationForm::setEventId(qint64 id)
{
    if (id == m_eventId) {
        return;
    }
    m_eventId = id;
    setResult({}, {}, 0);
    m_errors.clear();
    Q_EMIT errorsChanged();
    Q_EMIT eventChanged();
}

bool RegistrationForm::needsParent() const
{
    return m_ageBracket == QLatin1StringView(RegistrationRules::Under15);
}

namespace {
RegistrationRequest requestOf(const QString &firstName, const QString &lastName, const QString &email,
                              const QString &structure, const QString &actorType, const QString &place,
                              const QString &ageBracket, bool parentAgreement, bool consent, bool newsletter)
{
    return RegistrationRequest{firstName, lastName, email, structure, actorType, place, ageBracket,
                               parentAgreement, consent, newsletter};
}
}

void RegistrationForm::checkField(const QString &field)
{
    const Validation v = RegistrationRules::validate(
        requestOf(m_firstName, m_lastName, m_email, m_structure, m_actorType, m_place, m_ageBracket, m_parentAgreement,
                  m_consent, m_newsletter),
        m_db);
    const QString message = v.error(field);
    if (message.isEmpty() ? m_errors.remove(field) > 0 : m_errors.value(field).toString() != message) {
        if (!message.isEmpty()) {
            m_errors.insert(field, message);
        }
        Q_EMIT errorsChanged();
    }
}

bool RegistrationForm::submit()
{
    if (!m_db) {
        setResult(u"refused"_s, tr("Les inscriptions ne sont pas disponibles sur cet appareil."), 0);
        return false;
    }
    const RegistrationRequest request = requestOf(m_firstName, m_lastName, m_email, m_structure, m_actorType, m_place,
                                                  m_ageBracket, m_parentAgreement, m_consent, m_newsletter);
    RegistrationOutcome out;
    try {
        out = Registrar(*m_db).registerPerson(m_eventId, request, now());
    } catch (const SqlError &e) {
        qCWarning(LOG_AGENDA) << "registration failed for event" << m_eventId << "code" << e.code();
        setResult(u"refused"_s, tr("L'inscription n'a pas pu être enregistrée. Réessayez dans un instant ; si cela "
                                   "persiste, adressez-vous à l'équipe."),
                  0);
        return false;
    }
    m_errors.clear();
    for (auto it = out.validation.errors().cbegin(); it != out.validation.errors().cend(); ++it) {
        m_errors.insert(it.key(), it.value());
    }
    Q_EMIT errorsChanged();
    static const char *const names[] = {"confirmed", "waiting", "already", "refused", "invalid"};
    setResult(QString::fromLatin1(names[out.status]), out.message, out.waitingPosition);
    if (out.status == RegistrationOutcome::Confirmed || out.status == RegistrationOutcome::Waiting) {
        Q_EMIT registered();
    }
    return out.status == RegistrationOutcome::Confirmed || out.status == RegistrationOutcome::Waiting
        || out.status == RegistrationOutcome::AlreadyRegistered;
}

void RegistrationForm::clear()
{
    m_firstName.clear();
    m_lastName.clear();
    m_email.clear();
    m_structure.clear();
    m_actorType.clear();
    m_place.clear();
    m_ageBracket.clear();
    m_parentAgreement = false;
    m_consent = false;
    m_newsletter = false;
    m_errors.clear();
    Q_EMIT fieldsChanged();
    Q_EMIT errorsChanged();
    setResult({}, {}, 0);
}

void RegistrationForm::showDemonstration()
{
    setResult(u"confirmed"_s, tr("Votre inscription est confirmée."), 0);
    m_demonstration = true;
    Q_EMIT resultChanged();
}

void RegistrationForm::setResult(const QString &status, const QString &message, int position)
{
    m_status = status;
    m_message = message;
    m_waitingPosition = position;
    m_demonstration = false;
    const bool shown = status == "confirmed"_L1 || status == "waiting"_L1 || status == "already"_L1;
    m_calendarText = shown ? calendarFor(m_eventId) : QString();
    Q_EMIT resultChanged();
}

QString RegistrationForm::calendarFor(qint64 eventId) const
{
    if (!m_db) {
        return {};
    }
    const auto event = EventStore::byId(*m_db, eventId);
    return event ? QString::fromUtf8(ICalWriter::qrCalendar(*event, now())) : QString();
}
