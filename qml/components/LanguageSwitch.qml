// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Lianes.Core
import Lianes.Ui

/// Toggles French/English; shows the language it switches to.
QQC2.AbstractButton {
    id: root

    readonly property string target: App.language === "fr" ? "en" : "fr"

    implicitWidth: Math.max(Theme.touchTarget, label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Theme.touchTarget
    text: target === "en" ? "English" : "Français"
    Accessible.role: Accessible.Button
    Accessible.name: target === "en" ? "Switch to English" : "Passer en français"
    onClicked: App.language = root.target

    background: Rectangle {
        radius: Theme.radius
        color: root.pressed ? Theme.divider : "transparent"
        border.color: Theme.divider
    }
    contentItem: Text {
        id: label
        text: root.text
        font.pixelSize: Theme.fontSmall
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
