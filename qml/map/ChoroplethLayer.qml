// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import Lianes.Core
import Lianes.Ui

/// Areas of the basemap shaded by a count (choropleth): the départements or the world's countries, filled
/// with the colour class the ChoroplethModel gives each code. Drop it into any Map, above the basemap.
MapItemView {
    id: root

    /// The counts and their colours; its `layer` ("departements" or "world") picks the geometry.
    required property ChoroplethModel figures
    property color borderColor: Theme.border

    model: BasemapModel {
        layer: root.figures.layer
    }
    delegate: MapPolygon {
        required property var shape
        required property string code
        geoShape: shape
        autoFadeIn: false // the world view sits at a low zoom level, where items would fade
        color: root.figures.colors[code] ?? root.figures.zeroColor
        border.color: root.borderColor
        border.width: root.figures.layer === "world" ? 0.5 : Math.max(1, Math.round(1.5 * Theme.scale))
    }
}
