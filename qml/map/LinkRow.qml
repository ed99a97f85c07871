// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// A tappable line of a sheet leading to another sheet (a project of an actor, an actor of a project).
Rectangle {
    id: root

    property string title
    property string detail
    signal clicked

    implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + Theme.spacing * 2)
    radius: Theme.radius
    color: tap.pressed ? Theme.primaryLight : Theme.background
    border.color: Theme.divider
    Accessible.role: Accessible.Link
    Accessible.name: root.title
    TapHandler {
        id: tap
        onTapped: root.clicked()
    }
    RowLayout {
        id: content
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.margin }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.detail.length > 0
                text: root.detail
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        Text {
            text: "\u203A"
            font.pixelSize: Theme.fontTitle
            color: Theme.primary
        }
    }
}
