// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Runner of the Qt Quick tests: every tst_*.qml gets an App on a fresh temporary database
// holding the demo data, with the clock pinned.
#include "app/appcontext.h"

#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Lianes_CorePlugin)
Q_IMPORT_QML_PLUGIN(Lianes_UiPlugin)

using namespace Lianes;
using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        Config config;
        config.mode = Config::parseMode(qEnvironmentVariable("LIANES_TEST_MODE", u"staff"_s)).value_or(Config::Mode::Staff);
        config.dataDir = m_dir.path();
        m_app = std::make_unique<AppContext>(config);
        m_app->setCurrentDateTime(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone("Europe/Paris")));
        if (!m_app->openStorage()) {
            qFatal("cannot open the test database: %s", qPrintable(m_app->storageMessage()));
        }
        AppContext::setInstance(m_app.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { m_app->setEngine(engine); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(lianes_qml, Setup)
#include "tst_qml.moc"
