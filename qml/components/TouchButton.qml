// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Lianes.Ui

/// The app's button: a full touch target, filled (primary) or outlined.
Item {
    id: root

    /// The label (also the accessible name).
    property string text
    readonly property alias pressed: tap.pressed
    signal clicked

    activeFocusOnTab: true
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: root.clicked()
    }

    property bool primary: false

    implicitWidth: Math.max(Theme.touchTarget * 1.5, label.implicitWidth + 2 * Theme.margin)
    implicitHeight: Theme.touchTarget
    Accessible.role: Accessible.Button
    Accessible.name: root.text
    opacity: enabled ? 1 : 0.5

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: root.primary ? (root.pressed ? Theme.primaryDark : Theme.primary) : (root.pressed ? Theme.primaryLight : Theme.surface)
        border.color: root.primary ? "transparent" : Theme.primary
        border.width: Math.max(1, Math.round(2 * Theme.scale))
    }
    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: root.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: root.primary ? Theme.textOnPrimary : Theme.primaryDark
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
