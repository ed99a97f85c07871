// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Lianes.Ui

/// A navigation entry: its label on a full-height touch target, the current one marked by a bar.
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

    property bool current: false

    implicitWidth: Math.max(Theme.touchTarget * 2, label.implicitWidth + 2 * Theme.margin)
    implicitHeight: Theme.navHeight
    Accessible.role: Accessible.PageTab
    Accessible.name: root.text
    Accessible.checked: root.current

    Rectangle {
        anchors.fill: parent
        color: root.current ? Theme.primaryLight : (root.pressed ? Theme.divider : "transparent")
        Rectangle {
            visible: root.current
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: Math.round(5 * Theme.scale)
            color: Theme.primary
        }
    }
    Item {
        anchors.fill: parent
        Column {
        anchors.centerIn: parent
        spacing: Math.round(2 * Theme.scale)
        Text {
            id: label
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, root.width - Theme.spacing)
            elide: Text.ElideRight
            text: root.text
            font.pixelSize: Theme.fontLarge
            font.bold: root.current
            color: root.current ? Theme.primaryDark : Theme.text
        }
        }
    }
}
