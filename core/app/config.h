// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Lianes {

/** Deployment configuration: an INI file (lianes.conf) overridden by the command line. */
struct Config {
    enum class Mode { Kiosk, Staff, Mobile };
    Mode mode = Mode::Staff;
    QString language = QStringLiteral("fr");
    QString dataDir; ///< empty: the platform's app data location
    QString tileUrl; ///< optional tile server (osm plugin); empty: offline basemap only
    QString tileDir; ///< optional offline tile cache for the osm plugin

    /** Reads @p path (missing file: defaults). Unknown values are reported in @p errors. */
    [[nodiscard]] static Config fromFile(const QString &path, QStringList *errors = nullptr);
    [[nodiscard]] static std::optional<Mode> parseMode(const QString &text);
    [[nodiscard]] static QString modeName(Mode mode);
    /** Default location of lianes.conf (the platform's config folder). */
    [[nodiscard]] static QString defaultPath();
};

} // namespace Lianes
