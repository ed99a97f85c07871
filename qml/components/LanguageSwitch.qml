// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Lianes.Core
import Lianes.Ui

/// Toggles French/English; shows the language it switches to.
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

    readonly property string target: App.language === "fr" ? "en" : "fr"

    implicitWidth: Math.max(Theme.touchTarget, label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Theme.touchTarget
    text: target === "en" ? "English" : "Français"
    Accessible.role: Accessible.Button
    Accessible.name: target === "en" ? "Switch to English" : "Passer en français"
    onClicked: App.language = root.target

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: root.pressed ? Theme.divider : "transparent"
        border.color: Theme.divider
    }
    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: root.text
        font.pixelSize: Theme.fontSmall
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
