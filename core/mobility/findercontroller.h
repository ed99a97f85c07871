// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finder.h"
#include "finderresultmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace Lianes {


/** The "Trouver ma mobilité" flow: six questions, one per screen, then the ranked result.
 *  Holds the visitor's answers in memory only; restart() forgets them. */
class FinderController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Mobility")
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    Q_PROPERTY(int questionCount READ questionCount CONSTANT)
    Q_PROPERTY(bool finished READ finished NOTIFY stepChanged)
    Q_PROPERTY(QString question READ question NOTIFY stepChanged)
    /** The answers to tap on this screen: { value, label }. */
    Q_PROPERTY(QVariantList options READ options NOTIFY stepChanged)
    /** What was answered, in one line ("19 ans · Étudiant·e · Volontariat · …"). */
    Q_PROPERTY(QString profileLabel READ profileLabel NOTIFY stepChanged)
    Q_PROPERTY(Lianes::FinderResultModel *results READ results CONSTANT)

public:
    explicit FinderController(const ProgrammeCatalogue *catalogue, QObject *parent = nullptr);

    [[nodiscard]] int step() const { return m_step; }
    [[nodiscard]] static int questionCount() { return 6; }
    [[nodiscard]] bool finished() const { return m_step >= questionCount(); }
    [[nodiscard]] QString question() const;
    [[nodiscard]] QVariantList options() const;
    [[nodiscard]] QString profileLabel() const;
    [[nodiscard]] FinderResultModel *results() const { return m_results; }
    [[nodiscard]] const FinderProfile &profile() const { return m_profile; }

    /** Records the answer to the current question and moves on (to the result after the sixth). */
    Q_INVOKABLE void answer(const QString &value);
    Q_INVOKABLE void back();
    /** Forgets every answer and the shortlist. */
    Q_INVOKABLE void restart();
    /** Shows the result for fixed answers (screenshots, demos): 19 ans, étudiant·e, volontariat,
     *  Europe, 6–12 mois, seul·e. */
    Q_INVOKABLE void showDemoProfile();
    /** Evaluates @p profile and shows its result. */
    void showProfile(const FinderProfile &profile);
    /** Re-evaluates after the catalogue changed. */
    void refresh();

Q_SIGNALS:
    void stepChanged();

private:
    const ProgrammeCatalogue *m_catalogue;
    FinderResultModel *m_results;
    FinderProfile m_profile;
    int m_step = 0;
};

} // namespace Lianes
