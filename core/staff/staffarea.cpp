// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffarea.h"

#include "base/clock.h"
#include "base/logging.h"
#include "meetinglistmodel.h"
#include "personaldata.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Lianes;
using namespace Qt::StringLiterals;

StaffArea::StaffArea(Database *db, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_meetings(new MeetingListModel(this))
{
    if (m_db) {
        m_pins = std::make_unique<PinStore>(*m_db);
        m_pins->setClock([clock] { return clock->now().toMSecsSinceEpoch(); });
    }
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        checkAutoLock();
        if (lockedSeconds() > 0) {
            Q_EMIT stateChanged(); // the countdown of a lockout moves
        }
    });
    m_timer.start();
}

StaffArea::~StaffArea() = default;

MeetingListModel *StaffArea::meetings()
{
    if (!m_meetings->database()) {
        m_meetings->setDatabase(m_db);
    }
    return m_meetings;
}

qint64 StaffArea::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

bool StaffArea::hasPin() const
{
    return m_pins && m_pins->hasPin();
}

int StaffArea::lockedSeconds() const
{
    return m_pins ? m_pins->lockedSeconds() : 0;
}

int StaffArea::triesLeft() const
{
    return m_pins ? m_pins->triesLeft() : 0;
}

namespace {

/** A whole-number setting the staff choose: where it is stored, its default and its bounds. */
struct NumberSetting {
    QString key;
    int fallback;
    int min;
    int max;
};

const NumberSetting AutoLockSetting{u"staff.auto_lock_minutes"_s, 5, 1, 60};
const NumberSetting RetentionSetting{u"privacy.retention_months"_s, 12, 1, 120};

int number(const Database *db, const NumberSetting &setting)
{
    return db ? db->setting(setting.key, QString::number(setting.fallback)).toInt() : setting.fallback;
}

/** Stores @p value, brought within the setting's bounds; true when that changed the setting. */
bool setNumber(Database *db, const NumberSetting &setting, int value)
{
    value = std::clamp(value, setting.min, setting.max);
    if (!db || value == number(db, setting)) {
        return false;
    }
    db->setSetting(setting.key, QString::number(value));
    return true;
}

} // namespace

int StaffArea::autoLockMinutes() const
{
    return number(m_db, AutoLockSetting);
}

void StaffArea::setAutoLockMinutes(int minutes)
{
    if (setNumber(m_db, AutoLockSetting, minutes)) {
        Q_EMIT settingsChanged();
    }
}

int StaffArea::retentionMonths() const
{
    return number(m_db, RetentionSetting);
}

void StaffArea::setRetentionMonths(int months)
{
    if (setNumber(m_db, RetentionSetting, months)) {
        Q_EMIT settingsChanged();
    }
}

QString StaffArea::unlock(const QString &pin)
{
    if (!m_pins) {
        return tr("Base de données indisponible.");
    }
    switch (m_pins->check(pin)) {
    case PinStore::Check::Ok:
        m_unlocked = true;
        m_lastUse = nowMs();
        Q_EMIT stateChanged();
        return {};
    case PinStore::Check::NoPin:
        Q_EMIT stateChanged();
        return tr("Aucun code n'est encore défini.");
    case PinStore::Check::Locked:
        Q_EMIT stateChanged();
        return tr("Trop d'essais : réessayez dans %n seconde(s).", nullptr, m_pins->lockedSeconds());
    case PinStore::Check::Wrong:
        break;
    }
    Q_EMIT stateChanged();
    return tr("Code incorrect. Encore %n essai(s) avant blocage.", nullptr, m_pins->triesLeft());
}

QString StaffArea::setPin(const QString &pin, const QString &confirmation)
{
    if (!m_pins) {
        return tr("Base de données indisponible.");
    }
    if (m_pins->hasPin() && !m_unlocked) {
        return tr("Déverrouillez l'espace équipe pour changer le code.");
    }
    if (pin != confirmation) {
        return tr("Les deux codes ne sont pas identiques.");
    }
    QString error;
    if (!m_pins->setPin(pin, &error)) {
        return error;
    }
    m_unlocked = true;
    m_lastUse = nowMs();
    Q_EMIT stateChanged();
    return {};
}

void StaffArea::lock()
{
    if (m_unlocked) {
        m_unlocked = false;
        Q_EMIT stateChanged();
    }
}

void StaffArea::touch()
{
    m_lastUse = nowMs();
}

void StaffArea::checkAutoLock()
{
    if (m_unlocked && nowMs() - m_lastUse >= qint64(autoLockMinutes()) * 60'000) {
        lock();
    }
}

QString StaffArea::personalData(const QString &email) const
{
    if (!m_db || !m_unlocked || email.trimmed().isEmpty()) {
        return {};
    }
    const auto json = PersonalData::find(*m_db, email, m_clock->now());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QString StaffArea::exportPersonalData(const QString &email, const QString &path) const
{
    if (!m_unlocked) {
        return tr("L'espace équipe est verrouillé : saisissez le code.");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(personalData(email).toUtf8()) < 0 || !file.commit()) {
        return tr("Impossible d'écrire %1.").arg(path);
    }
    m_db->noteWrittenFile(path, u"export"_s);
    return {};
}

int StaffArea::erasePersonalData(const QString &email)
{
    if (!m_db || !m_unlocked) {
        return -1;
    }
    if (email.trimmed().isEmpty()) {
        return 0;
    }
    const PersonalData::Erasure done = PersonalData::erase(*m_db, email, m_clock->now());
    QStringList report{tr("%n inscription(s) effacée(s) définitivement.", nullptr, done.erased)};
    if (!done.wiped) {
        report << tr("Un autre programme lit la base en ce moment : les octets effacés restent dans son journal "
                     "jusqu'à ce qu'il ait fini. Nouvel essai dans une minute.");
        QTimer::singleShot(std::chrono::minutes(1), this, [this] {
            if (m_db) {
                (void)PersonalData::wipeWal(*m_db);
            }
        });
    }
    if (!done.copies.isEmpty()) {
        report << tr("Ces fichiers écrits par l'appareil contiennent encore cette personne : supprimez-les, ou "
                     "pour une sauvegarde (.db) : lianes-admin erase-from-backup FICHIER ADRESSE.")
               << done.copies;
    }
    m_erasureReport = report.join(u'\n');
    Q_EMIT dataErased();
    return done.erased;
}

int StaffArea::purgeExpired()
{
    if (!m_db) {
        return 0;
    }
    try {
        m_purgeError = 0;
        return PersonalData::purgeExpired(*m_db, m_clock->now(), retentionMonths());
    } catch (const SqlError &e) {
        // A read-only file or a full disk: nothing was purged (one transaction); said, not fatal here.
        m_purgeError = e.code();
        qCWarning(LOG_STORAGE) << "retention purge failed:" << e.code();
        return -1;
    }
}


void StaffArea::setOpenWithoutPin(bool open)
{
    if (m_openWithoutPin != open) {
        m_openWithoutPin = open;
        Q_EMIT stateChanged();
    }
}
