// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefetch.h"

#include "base/paristime.h"
#include "geo/geojson.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>

std::jthread prefetchForFirstFrame()
{
    return std::jthread([font = QGuiApplication::font()] {
        QFontDatabase::families(); // fills the font database
        // The app font's fallbacks (QFontDatabase keeps them); the font engine itself is per thread.
        QFontMetricsF(font).height();
        static_cast<void>(Lianes::ParisTime::zone());
        // The basemap's outlines as the region view first draws them (GeoJson keeps them).
        for (const auto *layer : {"neighbours-low", "departements-low", "region-low"}) {
            static_cast<void>(Lianes::GeoJson::layer(QString::fromLatin1(layer)));
        }
    });
}
