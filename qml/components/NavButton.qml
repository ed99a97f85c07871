// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Lianes.Ui

/// A navigation entry: icon glyph above its label, a full-height touch target.
QQC2.AbstractButton {
    id: root

    property string glyph
    property bool current: false

    implicitWidth: Math.max(Theme.touchTarget * 2, label.implicitWidth + 2 * Theme.margin)
    implicitHeight: Theme.navHeight
    Accessible.role: Accessible.PageTab
    Accessible.name: root.text
    Accessible.checked: root.current

    background: Rectangle {
        color: root.current ? Theme.primaryLight : (root.pressed ? Theme.divider : "transparent")
        Rectangle {
            visible: root.current
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: Math.round(5 * Theme.scale)
            color: Theme.primary
        }
    }
    contentItem: Item {
        Column {
        anchors.centerIn: parent
        spacing: Math.round(2 * Theme.scale)
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: root.glyph
            font.pixelSize: Theme.fontLarge
            color: root.current ? Theme.primaryDark : Theme.textMuted
        }
        Text {
            id: label
            anchors.horizontalCenter: parent.horizontalCenter
            text: root.text
            font.pixelSize: Theme.fontBody
            font.bold: root.current
            color: root.current ? Theme.primaryDark : Theme.text
        }
        }
    }
}
