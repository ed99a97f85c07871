// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Lianes.Ui

/// An on/off accessibility mode (large text, high contrast), reachable from every page.
Item {
    id: root

    property string text
    property string accessibleName
    property bool checked: false
    signal clicked

    implicitWidth: Math.max(Theme.touchTarget, label.implicitWidth + 2 * Theme.margin)
    implicitHeight: Theme.touchTarget
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.accessibleName
    Accessible.checked: root.checked
    Accessible.onPressAction: root.clicked()
    Accessible.onToggleAction: root.clicked()

    TapHandler {
        onTapped: root.clicked()
    }
    Rectangle {
        anchors { fill: parent; margins: Math.round(Theme.spacing / 2) }
        radius: Theme.radius
        color: root.checked ? Theme.primary : "transparent"
        border.color: Theme.primary
        border.width: Math.max(1, Math.round(2 * Theme.scale))
    }
    Text {
        id: label
        anchors.centerIn: parent
        text: root.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: root.checked ? Theme.textOnPrimary : Theme.primaryDark
    }
}
