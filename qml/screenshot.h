// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QQuickWindow;

/** Drives the window headless: shows pages one after another, waits until each has drawn, then grabs
 *  it to a PNG (--screenshot) or checks that it loaded without QML warnings (--self-test). */
class PageRunner : public QObject
{
    Q_OBJECT
public:
    PageRunner(QQuickWindow *window, QStringList pages, QObject *parent = nullptr);
    /** Writes a PNG of the first page to @p path when set. */
    void setScreenshotPath(const QString &path) { m_screenshot = path; }
    /** Types these "objectName=text" into the page once it is drawn. */
    void setFill(const QStringList &fill) { m_fill = fill; }
    /** Writes every string the UI holds to @p path with the screenshot. */
    void setDumpPath(const QString &path) { m_dump = path; }
    /** Waits this long once the page is drawn (and filled) before the screenshot. */
    void setDelay(int seconds) { m_delay = seconds; }
    /** Starts; the app exits with the result when done. */
    void start();

    /** Counts QML warnings from now on (installed before the engine loads). */
    static void installWarningCounter();
    [[nodiscard]] static QStringList warnings();

private:
    void showNext();
    void pageDrawn();

    QQuickWindow *m_window;
    QStringList m_pages;
    void capture();

    QString m_screenshot;
    QStringList m_fill;
    QString m_dump;
    int m_delay = 0;
    bool m_filled = false;
    qsizetype m_index = -1;
    int m_frames = 0;
    QMetaObject::Connection m_frameConnection;
};
