// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QQuickWindow;

/** Drives the real app for end-to-end tests: types into named fields, dumps what the UI holds. */
namespace Automation {
/** For each "objectName=text", sets the text of the object with that objectName. Returns those not found. */
QStringList fill(QQuickWindow *window, const QStringList &assignments);
/** Writes every string the window's items show or their models hold, one per line, to @p path. */
bool dumpState(QQuickWindow *window, const QString &path);
}
