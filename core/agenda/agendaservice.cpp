// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaservice.h"

#include "agendaevent.h"
#include "agendaimport.h"
#include "agendamodel.h"
#include "base/logging.h"
#include "base/paristime.h"
#include "base/vocabulary.h"
#include "eventdetails.h"
#include "icalwriter.h"
#include "registration/consent.h"
#include "registration/registrar.h"
#include "registration/registrationlist.h"
#include "registration/registrationlistmodel.h"
#include "registration/structuresuggestionmodel.h"
#include "registrationform.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
QVariantList choices(const QList<std::pair<QString, QString>> &pairs)
{
    QVariantList out;
    for (const auto &[code, label] : pairs) {
        out.append(QVariantMap{{u"code"_s, code}, {u"label"_s, label}});
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

QString safeName(const QString &text)
{
    QString out;
    for (const QChar c : text.left(40)) {
        out += c.isLetterOrNumber() ? c : u'-';
    }
    return out;
}
}

AgendaService::AgendaService(Database *db, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_events(new AgendaModel(this))
    , m_event(new EventDetails(this))
    , m_form(new RegistrationForm(this))
    , m_registrations(new RegistrationListModel(this))
    , m_structures(new StructureSuggestionModel(this))
{
    m_event->setDatabase(db);
    m_form->setDatabase(db);
    m_form->setClock(m_clock);
    m_registrations->setDatabase(db);
    m_structures->setDatabase(db);
    m_events->setDatabase(db);
    m_events->setNow(m_clock->now());
    connect(m_form, &RegistrationForm::registered, this, [this] {
        m_events->refresh();
        m_event->reload(m_clock->now());
        m_registrations->refresh();
    });
}

QVariantList AgendaService::kinds() const
{
    QList<std::pair<QString, QString>> out;
    for (const auto &code : EventKind::codes()) {
        out.append({code, EventKind::label(code)});
    }
    return choices(out);
}

QVariantList AgendaService::actorTypes() const
{
    QList<std::pair<QString, QString>> out;
    for (const auto &t : Vocabulary::actorTypes()) {
        out.append({t.code, t.label});
    }
    return choices(out);
}

QVariantList AgendaService::ageBrackets() const
{
    QList<std::pair<QString, QString>> out;
    for (const auto &b : RegistrationRules::ageBrackets()) {
        out.append({b.code, b.label});
    }
    return choices(out);
}

QVariantList AgendaService::departements() const
{
    QList<std::pair<QString, QString>> out;
    for (const auto &d : Vocabulary::departements()) {
        out.append({d.code, d.code + u' ' + d.name});
    }
    return choices(out);
}

QString AgendaService::consentText() const
{
    return Consent::text();
}

QString AgendaService::newsletterText() const
{
    return Consent::newsletterText();
}

void AgendaService::selectEvent(qint64 id)
{
    m_event->load(id, m_clock->now());
    m_form->setEventId(m_event->eventId());
    m_registrations->setEventId(m_event->eventId());
}

bool AgendaService::selectFirstUpcoming()
{
    if (!m_event->valid()) {
        selectEvent(m_events->firstUpcoming());
    }
    return m_event->valid();
}

bool AgendaService::setPresent(qint64 registrationId, bool present)
{
    if (!m_db || !staffOpen()) {
        return false;
    }
    const bool done = Registrar(*m_db).setPresent(registrationId, present, m_clock->now());
    m_registrations->refresh();
    m_event->reload(m_clock->now());
    m_events->refresh();
    return done;
}

bool AgendaService::cancelRegistration(qint64 registrationId)
{
    if (!m_db || !staffOpen()) {
        return false;
    }
    const bool done = Registrar(*m_db).cancel(registrationId, m_clock->now()).cancelled;
    m_registrations->refresh();
    m_event->reload(m_clock->now());
    m_events->refresh();
    return done;
}

QString AgendaService::exportFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"Lianes"_s);
}

QString AgendaService::exportCalendar()
{
    const auto e = m_db && staffOpen() ? EventStore::byId(*m_db, m_event->eventId()) : std::nullopt;
    if (!e || !QDir().mkpath(exportFolder())) {
        return {};
    }
    const QString path = QDir(exportFolder()).filePath(safeName(e->title) + u".ics"_s);
    return writeFile(path, ICalWriter::calendar({*e}, m_clock->now())) ? path : QString();
}

QString AgendaService::exportRegistrations()
{
    const auto e = m_db ? EventStore::byId(*m_db, m_event->eventId()) : std::nullopt;
    if (!e || !QDir().mkpath(exportFolder())) {
        return {};
    }
    const QString day = ParisTime::toParis(e->start).toString(u"yyyy-MM-dd"_s);
    const QString path = QDir(exportFolder()).filePath(u"inscrits-"_s + day + u'-' + safeName(e->title) + u".csv"_s);
    const bool ok = writeFile(path, RegistrationList::csv(*m_db, e->id));
    if (ok) {
        m_db->noteWrittenFile(path, u"export"_s);
    }
    qCInfo(LOG_AGENDA) << "registrations of event" << e->id << "exported:" << ok;
    return ok ? path : QString();
}

namespace {
QStringList reportLines(const AgendaImportReport &report)
{
    QStringList lines = report.lines();
    lines.prepend(report.ok() ? AgendaService::tr("Agenda importé : %1, %2, %3.")
                                    .arg(AgendaService::tr("%n ajouté(s)", nullptr, report.added),
                                         AgendaService::tr("%n mis à jour", nullptr, report.updated),
                                         AgendaService::tr("%n retiré(s)", nullptr, report.removed))
                              : AgendaService::tr("Rien n'a été importé : corrigez le fichier puis recommencez."));
    return lines;
}
} // namespace

AgendaService::~AgendaService()
{
    if (m_importer) {
        m_importer->wait(); // it writes through its own connection to the same file
    }
}

QStringList AgendaService::importAgenda(const QUrl &file)
{
    if (!m_db) {
        return {tr("Pas de base de données sur cet appareil.")};
    }
    if (!staffOpen()) {
        return {tr("L'espace équipe est verrouillé : saisissez le code.")};
    }
    const QStringList lines = reportLines(AgendaImport::importFile(*m_db, file.toLocalFile(), m_clock->now()));
    refresh();
    return lines;
}

bool AgendaService::startImportAgenda(const QUrl &file)
{
    if (m_importer) {
        return false;
    }
    if (!m_db || !staffOpen()) {
        Q_EMIT agendaImported({m_db ? tr("L'espace équipe est verrouillé : saisissez le code.")
                                    : tr("Pas de base de données sur cet appareil.")});
        return false;
    }
    auto lines = std::make_shared<QStringList>();
    m_importer = QThread::create([path = m_db->path(), file = file.toLocalFile(), now = m_clock->now(), lines] {
        const auto db = Database::connect(path);
        *lines = db ? reportLines(AgendaImport::importFile(*db, file, now))
                    : QStringList{AgendaService::tr("Rien n'a été importé : la base de données n'a pas pu être ouverte.")};
    });
    m_importer->setParent(this); // deleted with the service, after the destructor has waited for it
    connect(m_importer, &QThread::finished, this, [this, lines] {
        m_importer->deleteLater();
        m_importer = nullptr;
        refresh();
        Q_EMIT importingChanged();
        Q_EMIT agendaImported(*lines);
    });
    m_importer->start(QThread::LowPriority);
    Q_EMIT importingChanged();
    return true;
}

void AgendaService::refresh()
{
    m_events->setNow(m_clock->now());
    m_event->reload(m_clock->now());
    m_registrations->refresh();
}
