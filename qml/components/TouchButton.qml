// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Lianes.Ui

/// The app's button: a full touch target, filled (primary) or outlined.
QQC2.AbstractButton {
    id: root

    property bool primary: false

    implicitWidth: Math.max(Theme.touchTarget * 1.5, label.implicitWidth + 2 * Theme.margin)
    implicitHeight: Theme.touchTarget
    Accessible.role: Accessible.Button
    Accessible.name: root.text
    opacity: enabled ? 1 : 0.5

    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? (root.pressed ? Theme.primaryDark : Theme.primary) : (root.pressed ? Theme.primaryLight : Theme.surface)
        border.color: root.primary ? "transparent" : Theme.primary
        border.width: Math.max(1, Math.round(2 * Theme.scale))
    }
    contentItem: Text {
        id: label
        text: root.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: root.primary ? Theme.textOnPrimary : Theme.primaryDark
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
