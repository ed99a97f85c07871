// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Lianes;
using namespace Qt::StringLiterals;

bool CommandLine::wantsOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--screenshot" || arg.startsWith("--screenshot=") || arg == "--self-test") {
            return true;
        }
    }
    return false;
}

bool CommandLine::wantsKiosk(int argc, char **argv)
{
    QString configPath = Config::defaultPath();
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const bool hasValue = i + 1 < argc;
        if (arg == "--mode" && hasValue) {
            return QByteArray(argv[i + 1]) == "kiosk";
        }
        if (arg.startsWith("--mode=")) {
            return arg.mid(7) == "kiosk";
        }
        if (arg == "--config" && hasValue) {
            configPath = QFile::decodeName(argv[i + 1]);
        } else if (arg.startsWith("--config=")) {
            configPath = QFile::decodeName(arg.mid(9));
        }
    }
    return Config::fromFile(configPath).mode == Config::Mode::Kiosk;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine c;
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Lianes coopération : carte des acteurs, agenda et inscriptions, mobilité des jeunes."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption mode(u"mode"_s, QCoreApplication::translate("CommandLine", "kiosk, staff ou mobile."),
                                  u"mode"_s);
    const QCommandLineOption config(u"config"_s, QCoreApplication::translate("CommandLine", "Fichier de configuration."),
                                    u"file"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("CommandLine", "Dossier des données (base SQLite)."),
                                     u"dir"_s);
    const QCommandLineOption language(u"language"_s, QCoreApplication::translate("CommandLine", "fr ou en."),
                                      u"lang"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, QCoreApplication::translate("CommandLine", "Écrit une capture PNG de la page et quitte."),
        u"file.png"_s);
    const QCommandLineOption page(
        u"page"_s, QCoreApplication::translate("CommandLine", "Page affichée : carte, agenda, mobilite, equipe, code (code du personnel)…"),
        u"page"_s);
    const QCommandLineOption size(u"size"_s, QCoreApplication::translate("CommandLine", "Taille de la fenêtre, ex. 1920x1080."),
                                  u"WxH"_s);
    const QCommandLineOption selfTest(u"self-test"_s,
                                      QCoreApplication::translate("CommandLine", "Charge chaque page et quitte."));
    const QCommandLineOption probe(u"startup-probe"_s,
                                   QCoreApplication::translate("CommandLine", "Mesure du démarrage (benchmarks)."));
    const QCommandLineOption now(u"now"_s, QCoreApplication::translate("CommandLine", "Date et heure fixées (ISO 8601)."),
                                 u"datetime"_s);
    const QCommandLineOption fill(u"fill"_s,
                                  QCoreApplication::translate("CommandLine", "Tests : écrit un texte dans un champ (nom=texte)."),
                                  u"name=text"_s);
    const QCommandLineOption dump(u"dump-state"_s,
                                  QCoreApplication::translate("CommandLine", "Tests : écrit tous les textes affichés dans un fichier."),
                                  u"file"_s);
    const QCommandLineOption idle(u"idle-timeout"_s,
                                  QCoreApplication::translate("CommandLine", "Borne : délai d'inactivité en secondes."),
                                  u"seconds"_s);
    const QCommandLineOption after(u"screenshot-after"_s,
                                   QCoreApplication::translate("CommandLine", "Attend ce nombre de secondes avant la capture."),
                                   u"seconds"_s);
    const QCommandLineOption largeText(u"large-text"_s,
                                       QCoreApplication::translate("CommandLine", "Démarre en texte agrandi."));
    const QCommandLineOption highContrast(u"high-contrast"_s,
                                          QCoreApplication::translate("CommandLine", "Démarre en contraste élevé."));
    p.addOptions({mode, config, dataDir, language, screenshot, page, size, selfTest, probe, now, fill, dump, idle, after,
                  largeText, highContrast});
    p.process(arguments);

    c.configPath = p.isSet(config) ? p.value(config) : Config::defaultPath();
    if (p.isSet(config) && !QFileInfo::exists(c.configPath)) {
        c.errors << QCoreApplication::translate("CommandLine", "Fichier de configuration introuvable : %1").arg(c.configPath);
    }
    c.config = Config::fromFile(c.configPath, &c.errors);
    if (p.isSet(mode)) {
        if (const auto m = Config::parseMode(p.value(mode))) {
            c.config.mode = *m;
        } else {
            c.errors << QCoreApplication::translate("CommandLine", "Mode inconnu « %1 » : kiosk, staff ou mobile.")
                            .arg(p.value(mode));
        }
    }
    if (p.isSet(dataDir)) {
        c.config.dataDir = p.value(dataDir);
    }
    if (p.isSet(language)) {
        c.config.language = p.value(language);
    }
    c.screenshot = p.value(screenshot);
    c.page = p.value(page);
    c.selfTest = p.isSet(selfTest);
    c.startupProbe = p.isSet(probe);
    c.fill = p.values(fill);
    c.dumpState = p.value(dump);
    c.idleTimeout = p.value(idle).toInt();
    c.screenshotAfter = p.value(after).toInt();
    c.largeText = p.isSet(largeText);
    c.highContrast = p.isSet(highContrast);
    if (p.isSet(size)) {
        static const QRegularExpression re(u"^(\\d{2,5})x(\\d{2,5})$"_s);
        const auto m = re.match(p.value(size));
        if (m.hasMatch()) {
            c.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        } else {
            c.errors << QCoreApplication::translate("CommandLine", "Taille invalide « %1 » : largeurxhauteur, ex. 1920x1080.")
                            .arg(p.value(size));
        }
    }
    if (p.isSet(now)) {
        c.now = QDateTime::fromString(p.value(now), Qt::ISODate);
        if (!c.now.isValid()) {
            c.errors << QCoreApplication::translate("CommandLine", "Date invalide « %1 » (ISO 8601).").arg(p.value(now));
        }
    }
    return c;
}
