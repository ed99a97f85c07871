// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtPositioning
import Lianes.Ui

/// The kiosk attract screen's map: the region, drifting slowly across and back; not interactive
/// (a tap anywhere starts).
BaseMap {
    id: map
    objectName: "attractMap"

    /// Drifts while the attract screen shows.
    property bool drifting: false

    enabled: false
    SequentialAnimation on center {
        running: map.drifting
        loops: Animation.Infinite
        CoordinateAnimation { from: QtPositioning.coordinate(50.35, 2.3); to: QtPositioning.coordinate(49.6, 3.3); duration: 60000; easing.type: Easing.InOutSine }
        CoordinateAnimation { from: QtPositioning.coordinate(49.6, 3.3); to: QtPositioning.coordinate(50.35, 2.3); duration: 60000; easing.type: Easing.InOutSine }
    }
}
