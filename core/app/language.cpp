// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "base/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Lianes;
using namespace Qt::StringLiterals;

QTranslator *Language::install(const QString &language, QObject *parent)
{
    QLocale::setDefault(language == "en"_L1 ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                            : QLocale(QLocale::French, QLocale::France));
    auto *translator = new QTranslator(parent);
    if (!translator->load(u":/i18n/lianes_"_s + language + u".qm"_s)) {
        qCWarning(LOG_APP) << "no translation for" << language;
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}
