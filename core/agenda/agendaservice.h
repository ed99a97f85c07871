// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <functional>

Q_MOC_INCLUDE("agendamodel.h")
Q_MOC_INCLUDE("eventdetails.h")
Q_MOC_INCLUDE("registrationform.h")
Q_MOC_INCLUDE("registration/registrationlistmodel.h")
Q_MOC_INCLUDE("registration/structuresuggestionmodel.h")

namespace Lianes {

class AgendaModel;
class AppContext;
class Clock;
class Database;
class EventDetails;
class RegistrationForm;
class RegistrationListModel;
class StructureSuggestionModel;
struct AgendaImportReport;

/** The agenda and registrations as QML sees them (the `Agenda` singleton): the list, the event shown, the
 *  registration form, the staff list, exports and imports. */
class AgendaService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(Lianes::AgendaModel *events READ events CONSTANT)
    Q_PROPERTY(Lianes::EventDetails *event READ event CONSTANT)
    Q_PROPERTY(Lianes::RegistrationForm *form READ form CONSTANT)
    Q_PROPERTY(Lianes::RegistrationListModel *registrations READ registrations CONSTANT)
    Q_PROPERTY(Lianes::StructureSuggestionModel *structures READ structures CONSTANT)
    /** [{code, label}] of the event kinds, actor types, age brackets and départements, for taps. */
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY labelsChanged)
    Q_PROPERTY(QVariantList actorTypes READ actorTypes NOTIFY labelsChanged)
    Q_PROPERTY(QVariantList ageBrackets READ ageBrackets NOTIFY labelsChanged)
    Q_PROPERTY(QVariantList departements READ departements NOTIFY labelsChanged)
    Q_PROPERTY(QString consentText READ consentText NOTIFY labelsChanged)
    Q_PROPERTY(QString newsletterText READ newsletterText NOTIFY labelsChanged)
    /** An agenda import runs (startImportAgenda), off the UI thread. */
    Q_PROPERTY(bool importing READ isImporting NOTIFY importingChanged)

public:
    AgendaService(Database *db, const Clock *clock, QObject *parent = nullptr);
    ~AgendaService() override;

    [[nodiscard]] AgendaModel *events() const { return m_events; }
    [[nodiscard]] EventDetails *event() const { return m_event; }
    [[nodiscard]] RegistrationForm *form() const { return m_form; }
    [[nodiscard]] RegistrationListModel *registrations() const { return m_registrations; }
    [[nodiscard]] StructureSuggestionModel *structures() const { return m_structures; }
    [[nodiscard]] QVariantList kinds() const;
    [[nodiscard]] QVariantList actorTypes() const;
    [[nodiscard]] QVariantList ageBrackets() const;
    [[nodiscard]] QVariantList departements() const;
    [[nodiscard]] QString consentText() const;
    [[nodiscard]] QString newsletterText() const;

    /** Shows event @p id on the event page and prepares its form and staff list. */
    Q_INVOKABLE void selectEvent(qint64 id);
    /** Selects the first upcoming event when none is; false when there is none. */
    Q_INVOKABLE bool selectFirstUpcoming();
    /** Staff: marks a registration present (or not). */
    Q_INVOKABLE bool setPresent(qint64 registrationId, bool present);
    /** Staff: cancels a registration (its place goes to the first person waiting). */
    Q_INVOKABLE bool cancelRegistration(qint64 registrationId);
    /** Writes the selected event as an .ics file in the documents folder; returns the path (empty on failure). */
    Q_INVOKABLE QString exportCalendar();
    /** Staff: writes the selected event's registrations as a CSV for Excel; returns the path. */
    Q_INVOKABLE QString exportRegistrations();
    /** Staff: imports an agenda file (.ics or .csv); returns the report's lines (the first says what happened). */
    Q_INVOKABLE QStringList importAgenda(const QUrl &file);
    /** The same on a worker thread with a connection of its own, so that the screen keeps
     *  turning while a large file is read (importing is true meanwhile); agendaImported(lines)
     *  at the end. False when an import already runs. */
    Q_INVOKABLE bool startImportAgenda(const QUrl &file);
    [[nodiscard]] bool isImporting() const { return m_importer != nullptr; }
    /** Reloads everything (after a write elsewhere, a change of clock or language). */
    Q_INVOKABLE void refresh();

    /** Folder where exports are written. */
    [[nodiscard]] static QString exportFolder();

    /** The staff actions (check-in, cancel, exports, imports) ask @p open first: the app wires the
     *  staff area's lock here. None: always open (a service made alone, tests, tools). */
    void setStaffGate(std::function<bool()> open) { m_staffOpen = std::move(open); }

Q_SIGNALS:
    void labelsChanged();
    void importingChanged();
    /** The end of startImportAgenda: the report's lines, the first says what happened. */
    void agendaImported(const QStringList &lines);

private:
    Database *m_db;
    const Clock *m_clock;
    AgendaModel *m_events;
    EventDetails *m_event;
    RegistrationForm *m_form;
    RegistrationListModel *m_registrations;
    StructureSuggestionModel *m_structures;
    QThread *m_importer = nullptr;
    std::function<bool()> m_staffOpen;
    [[nodiscard]] bool staffOpen() const { return !m_staffOpen || m_staffOpen(); }
};

} // namespace Lianes
