// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <QSettings>
#include <QStandardPaths>

using namespace Lianes;
using namespace Qt::StringLiterals;

std::optional<Config::Mode> Config::parseMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == "kiosk"_L1 || t == "borne"_L1) {
        return Mode::Kiosk;
    }
    if (t == "staff"_L1 || t == "equipe"_L1) {
        return Mode::Staff;
    }
    if (t == "mobile"_L1) {
        return Mode::Mobile;
    }
    return std::nullopt;
}

QString Config::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Kiosk:
        return u"kiosk"_s;
    case Mode::Staff:
        return u"staff"_s;
    case Mode::Mobile:
        return u"mobile"_s;
    }
    return {};
}

QString Config::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/lianes.conf"_s;
}

Config Config::fromFile(const QString &path, QStringList *errors)
{
    Config c;
    QSettings s(path, QSettings::IniFormat);
    if (const QString m = s.value(u"general/mode"_s).toString(); !m.isEmpty()) {
        if (const auto mode = parseMode(m)) {
            c.mode = *mode;
        } else if (errors) {
            errors->append(u"%1 : mode inconnu « %2 » (kiosk, staff ou mobile)"_s.arg(path, m));
        }
    }
    c.language = s.value(u"general/language"_s, c.language).toString();
    c.dataDir = s.value(u"general/data_dir"_s).toString();
    c.tileUrl = s.value(u"map/tile_url"_s).toString();
    c.tileDir = s.value(u"map/tile_dir"_s).toString();
    return c;
}
