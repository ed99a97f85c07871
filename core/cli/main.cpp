// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// lianes-admin: imports, exports and backups of a Lianes database from the command line.
#include "admin.h"
#include "app/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // stdout and stderr are the report; the subsystems' info lines stay out of it (QT_LOGGING_RULES
    // still brings them back).
    QLoggingCategory::setFilterRules(u"lianes.*.info=false"_s);
    // The same names as the app, so that the default data folder is the app's.
    QCoreApplication::setOrganizationName(u"Lianes"_s);
    QCoreApplication::setOrganizationDomain(u"lianescooperation.org"_s);
    QCoreApplication::setApplicationName(u"Lianes"_s);
    // French, or English where the system's language is English (LANG=en_GB.UTF-8 ...).
    Lianes::Language::install(QLocale::system().language() == QLocale::English ? u"en"_s : u"fr"_s, &app);
    Lianes::Admin admin;
    return admin.run(QCoreApplication::arguments());
}
