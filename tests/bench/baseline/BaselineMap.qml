// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtLocation
import QtPositioning

/// The least an app with an offline map does at start: a window and a Map.
Window {
    width: 1920
    height: 1080
    visible: true
    Map {
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        center: QtPositioning.coordinate(49.97, 2.82)
        zoomLevel: 8
    }
}
