// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "automation.h"

#include <QCoreApplication>
#include <QImage>
#include <QMutex>
#include <QQuickWindow>
#include <QQmlIncubationController>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QMutex s_mutex;
QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1StringView category(context.category ? context.category : "");
    const bool fromQml = category.startsWith("qml"_L1) || category.startsWith("js"_L1)
        || message.contains(u".qml:"_s);
    if (type >= QtWarningMsg && fromQml) {
        QMutexLocker lock(&s_mutex);
        s_warnings.append(message);
    }
    if (s_previous) {
        s_previous(type, context, message);
    }
}

// Frames to wait after a page reports ready and nothing is being made between frames.
constexpr int SettleFrames = 4;
}

PageRunner::PageRunner(QQuickWindow *window, QStringList pages, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_pages(std::move(pages))
{
}

void PageRunner::installWarningCounter()
{
    s_previous = qInstallMessageHandler(countingHandler);
}

QStringList PageRunner::warnings()
{
    QMutexLocker lock(&s_mutex);
    return s_warnings;
}

void PageRunner::start()
{
    m_frameConnection = connect(m_window, &QQuickWindow::frameSwapped, this, [this] {
        // Ready, and nothing still being made between frames (a map's items, the kiosk's map
        // behind its attract screen, a page in the background).
        const QQmlIncubationController *incubation = m_window->incubationController();
        if (!m_window->property("pageReady").toBool() || (incubation && incubation->incubatingObjectCount() > 0)) {
            m_frames = 0;
            QTimer::singleShot(10, m_window, &QQuickWindow::update);
            return;
        }
        ++m_frames;
        if (m_frames < SettleFrames) {
            m_window->update();
        } else if (m_frames == SettleFrames) {
            // One more turn of the event loop for the last delegates, then the grab renders anew.
            QTimer::singleShot(150, this, &PageRunner::pageDrawn);
        }
    });
    showNext();
}

void PageRunner::showNext()
{
    ++m_index;
    if (m_index >= m_pages.size()) {
        const QStringList w = warnings();
        for (const auto &line : w) {
            std::fprintf(stderr, "QML warning: %s\n", qPrintable(line));
        }
        std::fprintf(stdout, "self-test: %lld pages loaded, %lld QML warnings\n", qint64(m_pages.size()),
                     qint64(w.size()));
        QCoreApplication::exit(w.isEmpty() ? 0 : 1);
        return;
    }
    if (!m_pages.at(m_index).isEmpty()) {
        m_window->setProperty("currentPage", m_pages.at(m_index));
    }
    m_frames = 0;
    m_window->update();
}

void PageRunner::pageDrawn()
{
    if (!m_filled && !m_fill.isEmpty()) {
        m_filled = true;
        const QStringList missing = Automation::fill(m_window, m_fill);
        for (const auto &name : missing) {
            std::fprintf(stderr, "lianes: %s\n",
                         qPrintable(QCoreApplication::translate("PageRunner", "--fill : aucun champ nommé « %1 »").arg(name)));
        }
        if (!missing.isEmpty()) {
            QCoreApplication::exit(1);
            return;
        }
    }
    if (m_delay > 0) {
        QObject::disconnect(m_frameConnection);
        QTimer::singleShot(m_delay * 1000, this, &PageRunner::capture);
        return;
    }
    capture();
}

void PageRunner::capture()
{
    if (!m_dump.isEmpty() && !Automation::dumpState(m_window, m_dump)) {
        std::fprintf(stderr, "lianes: could not write %s\n", qPrintable(m_dump));
    }
    if (!m_screenshot.isEmpty()) {
        const QImage image = m_window->grabWindow();
        const bool ok = !image.isNull() && image.save(m_screenshot, "PNG");
        if (ok) {
            std::fprintf(stdout, "%s\n", qPrintable(m_screenshot));
        } else {
            std::fprintf(stderr, "lianes: could not write %s\n", qPrintable(m_screenshot));
        }
        QCoreApplication::exit(ok ? 0 : 1);
        return;
    }
    showNext();
}
