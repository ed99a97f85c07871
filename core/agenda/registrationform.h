// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/clock.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <functional>

namespace Lianes {

class Database;

/** The registration form's state for QML: what the visitor typed (kept through validation errors), the
 *  French message of each wrong field, and, once sent, the outcome shown on the confirmation page. */
class RegistrationForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Agenda")
    Q_PROPERTY(qint64 eventId READ eventId NOTIFY eventChanged)
    Q_PROPERTY(QString firstName MEMBER m_firstName NOTIFY fieldsChanged)
    Q_PROPERTY(QString lastName MEMBER m_lastName NOTIFY fieldsChanged)
    Q_PROPERTY(QString email MEMBER m_email NOTIFY fieldsChanged)
    Q_PROPERTY(QString structure MEMBER m_structure NOTIFY fieldsChanged)
    Q_PROPERTY(QString actorType MEMBER m_actorType NOTIFY fieldsChanged)
    Q_PROPERTY(QString place MEMBER m_place NOTIFY fieldsChanged)
    Q_PROPERTY(QString ageBracket MEMBER m_ageBracket NOTIFY fieldsChanged)
    Q_PROPERTY(bool parentAgreement MEMBER m_parentAgreement NOTIFY fieldsChanged)
    Q_PROPERTY(bool consent MEMBER m_consent NOTIFY fieldsChanged)
    Q_PROPERTY(bool newsletter MEMBER m_newsletter NOTIFY fieldsChanged)
    /** Under 15 chosen: the parent's agreement box is shown and required. */
    Q_PROPERTY(bool needsParent READ needsParent NOTIFY fieldsChanged)
    /** Field name → French message, for the fields found wrong. */
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    /** "", "confirmed", "waiting", "already", "refused" or "invalid". */
    Q_PROPERTY(QString status READ status NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(int waitingPosition READ waitingPosition NOTIFY resultChanged)
    /** The event as an iCalendar VEVENT, for the confirmation QR code. */
    Q_PROPERTY(QString calendarText READ calendarText NOTIFY resultChanged)
    /** The confirmation shown is an example (screenshots), nothing was written. */
    Q_PROPERTY(bool demonstration READ demonstration NOTIFY resultChanged)

public:
    explicit RegistrationForm(QObject *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    /** The app's clock (none: real time). */
    void setClock(const Clock *clock) { m_clock = clock; }
    void setEventId(qint64 id);

    [[nodiscard]] qint64 eventId() const { return m_eventId; }
    [[nodiscard]] bool needsParent() const;
    [[nodiscard]] QVariantMap errors() const { return m_errors; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] int waitingPosition() const { return m_waitingPosition; }
    [[nodiscard]] QString calendarText() const { return m_calendarText; }
    [[nodiscard]] bool demonstration() const { return m_demonstration; }

    /** Checks one field as the visitor leaves it (only that field's message changes). */
    Q_INVOKABLE void checkField(const QString &field);
    /** Validates everything and registers: true when the confirmation page should show (confirmed, waiting
     *  or already registered); otherwise errors or message say why, and every field keeps its value. */
    Q_INVOKABLE bool submit();
    /** Wipes everything typed and the outcome (next visitor, kiosk reset). */
    Q_INVOKABLE void clear();
    /** Fills the outcome with an example confirmation for the current event, writing nothing (screenshots). */
    Q_INVOKABLE void showDemonstration();

Q_SIGNALS:
    void eventChanged();
    void fieldsChanged();
    void errorsChanged();
    void resultChanged();
    /** A registration was written (models to refresh). */
    void registered();

private:
    void setResult(const QString &status, const QString &message, int position);
    [[nodiscard]] QString calendarFor(qint64 eventId) const;

    Database *m_db = nullptr;
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock->now() : QDateTime::currentDateTime(); }
    const Clock *m_clock = nullptr;
    qint64 m_eventId = 0;
    QString m_firstName;
    QString m_lastName;
    QString m_email;
    QString m_structure;
    QString m_actorType;
    QString m_place;
    QString m_ageBracket;
    bool m_parentAgreement = false;
    bool m_consent = false;
    bool m_newsletter = false;
    QVariantMap m_errors;
    QString m_status;
    QString m_message;
    int m_waitingPosition = 0;
    QString m_calendarText;
    bool m_demonstration = false;
};

} // namespace Lianes
