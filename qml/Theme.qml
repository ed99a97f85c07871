// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Lianes.Core

/// Colours, type scale, spacing and touch-target sizes. Kiosk: readable from a metre, targets ≥ 9 mm.
QtObject {
    id: root

    /// Multiplies every size: 1 on a 1080p kiosk, larger on a high-density phone. Set by Main.
    property real scale: 1.0
    /// Large-text mode (accessibility) multiplies text sizes.
    property bool largeText: false
    /// High-contrast mode (accessibility): black on white, strong borders, no tints.
    property bool highContrast: false

    readonly property bool kiosk: App.kiosk
    readonly property bool mobile: App.mobile

    /// The scale for a window of this size. Phones: sizes in dp of a 412-dp-wide screen; kiosk and
    /// tablets: 1080p reference.
    function scaleFor(width: real, height: real): real {
        return root.mobile ? Math.max(1, Math.min(width, height) / 412) : Math.max(0.75, Math.min(width, height) / 1080);
    }

    // Colours: the network's green and a warm accent; contrast ≥ 4.5:1 for text.
    readonly property color primary: highContrast ? "#000000" : "#1b6e4f"
    readonly property color primaryDark: highContrast ? "#000000" : "#0f4c36"
    readonly property color primaryLight: highContrast ? "#ffe800" : "#d8ede4"
    readonly property color accent: "#c4511b"
    readonly property color background: highContrast ? "#ffffff" : "#f6f4ef"
    readonly property color surface: "#ffffff"
    readonly property color text: "#000000"
    readonly property color textMuted: highContrast ? "#000000" : "#4f5a55"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color divider: highContrast ? "#000000" : "#d5d2ca"
    readonly property color danger: "#a4262c"
    readonly property color warning: "#8a5a00"
    /// Behind a warning's text (the storage banner).
    readonly property color warningBackground: highContrast ? "#ffe800" : "#fff3cd"
    /// Dims what is under a modal (the PIN pad, the idle countdown).
    readonly property color scrim: highContrast ? "#f0000000" : "#cc1d2320"
    /// A card over the map (choropleth legend): nearly opaque white; opaque in high contrast.
    readonly property color overlay: highContrast ? "#ffffff" : "#f2ffffff"
    /// Behind a label on the map (choropleth values); opaque in high contrast.
    readonly property color labelBackground: highContrast ? "#ffffff" : "#e6ffffff"
    // Map: land, sea, neighbours in quiet tones; départements outlined.
    readonly property color sea: highContrast ? "#ffffff" : "#cfe3ec"
    readonly property color land: "#f2efe6"
    readonly property color neighbour: highContrast ? "#e0e0e0" : "#e4e1d8"
    readonly property color region: "#fbfaf5"
    readonly property color border: highContrast ? "#000000" : "#7d8a84"
    /// Outlines of land shapes on maps (neighbours, countries, départements in small maps).
    readonly property color landOutline: highContrast ? "#000000" : "#c9c5ba"
    /// Countries with projects, in the world view.
    readonly property color countryWithProjects: highContrast ? "#ffe800" : "#efc7a8"
    /// The département names written across the map.
    readonly property color departementLabel: highContrast ? "#000000" : "#8c958f"
    /// The device's position ("Autour de moi").
    readonly property color userPosition: highContrast ? "#0000c8" : "#1a73e8"
    // Actor families (ActorFamily order): associations, collectivités, éducation, économie.
    readonly property list<color> familyColors: ["#1b6e4f", "#2c5aa0", "#b5461a", "#6b4a9a"]
    // Charts: one colour for each series, each ≥ 4.5:1 on white, so the same in high contrast.
    readonly property list<color> seriesColors: ["#1b6e4f", "#2c5aa0", "#c4511b", "#6b4a9a", "#8a6d00", "#0f7c8c", "#a4262c", "#5b6660"]

    // Type scale (pixels at scale 1).
    readonly property real textFactor: (largeText ? 1.35 : 1.0) * scale * (kiosk ? 1.25 : 1.0)
    readonly property int fontSmall: Math.round(15 * textFactor)
    readonly property int fontBody: Math.round(18 * textFactor)
    readonly property int fontLarge: Math.round(23 * textFactor)
    readonly property int fontTitle: Math.round(30 * textFactor)
    readonly property int fontDisplay: Math.round(44 * textFactor)

    // Spacing and targets.
    readonly property int spacing: Math.round(8 * scale)
    readonly property int margin: Math.round((kiosk ? 24 : 16) * scale)
    readonly property int radius: Math.round(10 * scale)
    /// Minimum touch target: 88 px on a 24" 1080p kiosk (≈ 24 mm), 48 dp elsewhere.
    readonly property int touchTarget: Math.round((kiosk ? 88 : 48) * scale)
    readonly property int navHeight: Math.round((kiosk ? 104 : 64) * scale)
}
