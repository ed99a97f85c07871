// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "agenda/eventlistmodel.h"
#include "base/clock.h"
#include "base/logging.h"
#include "dataio/demoloader.h"
#include "idlemonitor.h"
#include "language.h"
#include "map/actormarkermodel.h"
#include "search/searchindex.h"
#include "staff/personaldata.h"
#include "staff/staffarea.h"
#include "storage/database.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QTranslator>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {
/** A file beside the database while the app has it open. Found at start, the last run did not end
 *  cleanly (a crash, a power cut, kill -9): the whole file is checked, every index against its
 *  table, and an index out of step is rebuilt before a place is counted through it. */
QString runningMarker(const QString &databasePath)
{
    return databasePath + u".en-service"_s;
}
} // namespace

AppContext::AppContext(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(new Clock(this))
    , m_upcoming(new EventListModel(this))
    , m_markers(new ActorMarkerModel(this))
    , m_idle(new IdleMonitor(this))
{
    installTranslator();
    connect(m_clock, &Clock::changed, this, [this] {
        m_upcoming->setNow(currentDateTime());
        Q_EMIT currentDateTimeChanged();
    });
}

AppContext::~AppContext()
{
    if (m_searchCheck) {
        m_searchCheck->wait(); // it reads the database file
    }
    if (m_db) {
        QFile::remove(runningMarker(m_db->path())); // a clean end
    }
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

QString AppContext::databasePath() const
{
    QString dir = m_config.dataDir;
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return QDir(dir).filePath(u"lianes.db"_s);
}

AppContext::Opened AppContext::open(const QString &path, const QDateTime &now, bool readMap)
{
    OpenReport report;
    const bool unclean = QFile::exists(runningMarker(path));
    if (unclean) {
        qCWarning(LOG_STORAGE) << "the last run did not end cleanly: full integrity check of" << path;
    }
    Opened opened{Database::open(path, &report, Database::SchemaVersion,
                                 unclean ? OpenReport::FullCheck : OpenReport::QuickCheck),
                  report.message, std::nullopt};
    if (opened.db) {
        QFile marker(runningMarker(path));
        if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            marker.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
        }
        const auto demo = DemoLoader::loadIfNeeded(*opened.db, now);
        if (!demo.error.isEmpty()) {
            opened.message = tr("Les données de démonstration n'ont pas pu être chargées : %1").arg(demo.error);
        }
        if (readMap) {
            opened.map = MapService::read(*opened.db);
        }
    }
    return opened;
}

bool AppContext::openStorage()
{
    Q_ASSERT(!m_db && !m_opening.valid());
    return adopt(open(databasePath(), currentDateTime(), false));
}

void AppContext::beginOpenStorage()
{
    Q_ASSERT(!m_db && !m_opening.valid());
    // A kiosk's map is made after its first frame, once the data handed over would be dropped.
    m_opening = std::async(std::launch::async, [path = databasePath(), now = currentDateTime(), map = !isKiosk()] {
        return open(path, now, map);
    });
}

bool AppContext::finishOpenStorage()
{
    return adopt(m_opening.get());
}

bool AppContext::adopt(Opened opened)
{
    m_db = std::move(opened.db);
    m_storageMessage = opened.message;
    if (!m_db) {
        qCCritical(LOG_STORAGE).noquote() << m_storageMessage;
        return false;
    }
    m_mapData = std::move(opened.map);
    if (m_mapData) {
        QTimer::singleShot(0, this, [this] { m_mapData.reset(); });
    }
    m_upcoming->setDatabase(m_db.get());
    m_upcoming->setNow(currentDateTime());
    m_markers->setDatabase(m_db.get());
    m_staff = new StaffArea(m_db.get(), m_clock, this);
    m_staff->setOpenWithoutPin(isStaff()); // staff tablets: the area opens without the PIN (not people's data)
    connect(m_staff, &StaffArea::dataErased, this, &AppContext::dataChanged);
    m_idle->setIdleTimeout(m_db->setting(u"kiosk.idle_seconds"_s, u"90"_s).toInt());
    connect(m_idle, &IdleMonitor::idleTimeoutChanged, this, [this] {
        m_db->setSetting(u"kiosk.idle_seconds"_s, QString::number(m_idle->idleTimeout()));
    });
    m_idle->setEnabled(isKiosk());
    connect(m_idle, &IdleMonitor::resetRequested, this, &AppContext::resetVisitorSession);
    if (runRetentionPurge() < 0) {
        // The device cannot write its database (read-only file, full disk): it must not take
        // registrations it cannot keep. Stop with the cause; nothing was changed.
        m_storageMessage = Database::unavailableMessage(m_db->path(), m_staff->purgeError());
        qCCritical(LOG_STORAGE).noquote() << m_storageMessage;
        return false;
    }
    m_dailyPurge = new QTimer(this);
    m_dailyPurge->setInterval(24 * 3600 * 1000);
    connect(m_dailyPurge, &QTimer::timeout, this, &AppContext::runRetentionPurge);
    m_dailyPurge->start();
    // Off the startup path (Database::open leaves FTS5's own check out): a few seconds after.
    QTimer::singleShot(std::chrono::seconds(5), this, &AppContext::checkSearchIndex);
    Q_EMIT dataChanged();
    return true;
}

void AppContext::checkSearchIndex()
{
    if (!m_db || (m_searchCheck && m_searchCheck->isRunning())) {
        return;
    }
    delete m_searchCheck;
    auto result = std::make_shared<QString>();
    m_searchCheck = QThread::create([path = m_db->path(), result] { *result = SearchIndex::checkFile(path); });
    connect(m_searchCheck, &QThread::finished, this, [this, result] {
        bool rebuilt = false;
        if (*result != "ok"_L1) {
            qCWarning(LOG_STORAGE) << "search index damaged, rebuilding it:" << *result;
            try {
                SearchIndex(*m_db).rebuild();
                rebuilt = true;
            } catch (const SqlError &e) {
                qCWarning(LOG_STORAGE) << "search index rebuild failed:" << e.message();
            }
        }
        Q_EMIT searchIndexChecked(rebuilt);
    });
    m_searchCheck->setParent(this);
    m_searchCheck->start(QThread::LowPriority);
}

QString AppContext::exportFolder() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    QDir().mkpath(dir);
    return dir;
}

int AppContext::runRetentionPurge()
{
    return m_staff ? m_staff->purgeExpired() : 0;
}

namespace {
// The top-level pages, in navigation order; the staff area last.
const QStringList &allTopPages()
{
    static const QStringList pages{u"carte"_s, u"agenda"_s, u"mobilite"_s, u"equipe"_s};
    return pages;
}
} // namespace

QStringList AppContext::topPages() const
{
    return allTopPages();
}

QString AppContext::staffPage() const
{
    return allTopPages().constLast();
}

QStringList AppContext::sections() const
{
    static const QStringList all = allTopPages().first(allTopPages().size() - 1); // but the staff area
    if (!m_db) {
        return all;
    }
    QStringList chosen = m_db->setting(u"kiosk.sections"_s, all.join(u','))
                             .split(u',', Qt::SkipEmptyParts);
    chosen.removeIf([](const QString &s) { return !all.contains(s); });
    return chosen.isEmpty() ? all : chosen;
}

void AppContext::setSections(const QStringList &sections)
{
    if (!m_db || sections == this->sections()) {
        return;
    }
    m_db->setSetting(u"kiosk.sections"_s, sections.join(u','));
    Q_EMIT sectionsChanged();
}

void AppContext::resetVisitorSession()
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        app->clipboard()->clear(QClipboard::Clipboard);
        app->clipboard()->clear(QClipboard::Selection);
    }
    Q_EMIT visitorSessionReset();
}

QString AppContext::attribution() const
{
    return tr("© IGN Admin Express, INSEE, Natural Earth, mledoze/countries (ODbL)");
}

QDateTime AppContext::currentDateTime() const
{
    return m_clock->now();
}

void AppContext::setCurrentDateTime(const QDateTime &now)
{
    m_clock->setNow(now);
}

int AppContext::actorCount() const
{
    if (!m_db) {
        return 0;
    }
    auto q = m_db->prepare("SELECT count(*) FROM actor");
    q.step();
    return int(q.integer(0));
}

int AppContext::projectCount() const
{
    if (!m_db) {
        return 0;
    }
    auto q = m_db->prepare("SELECT count(*) FROM project");
    q.step();
    return int(q.integer(0));
}

int AppContext::departementCount() const
{
    if (!m_db) {
        return 0;
    }
    auto q = m_db->prepare("SELECT count(DISTINCT departement) FROM actor WHERE departement IS NOT NULL");
    q.step();
    return int(q.integer(0));
}

QString AppContext::nextEventLabel() const
{
    if (m_upcoming->rowCount() == 0) {
        return {};
    }
    const QModelIndex first = m_upcoming->index(0);
    return tr("%1 — %2, %3")
        .arg(first.data(EventListModel::TitleRole).toString(), first.data(EventListModel::DateLabelRole).toString(),
             first.data(EventListModel::TimeLabelRole).toString());
}

void AppContext::setLanguage(const QString &language)
{
    if (language == m_config.language) {
        return;
    }
    m_config.language = language;
    installTranslator();
    if (m_engine) {
        m_engine->retranslate();
    }
    m_upcoming->refresh();
    Q_EMIT languageChanged();
}

void AppContext::installTranslator()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    m_translator = Language::install(m_config.language, this);
}
