// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every core test: messages read as the app shows them in French. French is the source
// language, and lianes_fr.qm holds only the plural forms of the %n messages ("1 acteur",
// "2 acteurs"); without it a test would read "2 acteur(s)".
#include <QCoreApplication>
#include <QTranslator>

namespace {

void installFrenchPlurals()
{
    static QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/lianes_fr.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installFrenchPlurals)
