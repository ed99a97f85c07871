// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Lianes {

/** One box to tick in a Coop Lab step. */
struct CoopLabItem {
    QString key; ///< stable, stored with the project ("idee.motivation")
    QString label;
};

/** One of the five Coop Lab kits: what it is for, its checklist, tips and where to go next. */
struct CoopLabStep {
    QString key;
    QString title;
    QString purpose;
    QList<CoopLabItem> items;
    QStringList tips;
    QStringList programmeIds; ///< programmes of the catalogue worth a look at this step
};

/** Progress as ticked / total, and the rounded percentage shown. */
struct Progress {
    int done = 0;
    int total = 0;
    [[nodiscard]] int percent() const { return total > 0 ? (done * 100 + total / 2) / total : 0; }
};

/** The Coop Lab path of Lianes coopération: five steps, one per kit of the 2020 report. */
namespace CoopLab {
[[nodiscard]] QList<CoopLabStep> steps();
[[nodiscard]] Progress stepProgress(const CoopLabStep &step, const QSet<QString> &done);
[[nodiscard]] Progress overallProgress(const QSet<QString> &done);
/** True when @p key is an item of one of the steps (anything else is never stored). */
[[nodiscard]] bool isItem(const QString &key);
}

} // namespace Lianes
