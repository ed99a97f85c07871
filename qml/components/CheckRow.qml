// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// A box to tick with its label; the whole row is the touch target.
Item {
    id: root

    property string text
    property bool checked: false
    signal toggled(bool checked)

    implicitWidth: row.implicitWidth
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight)
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.text
    Accessible.checked: root.checked
    Accessible.onToggleAction: root.toggled(!root.checked)
    Accessible.onPressAction: root.toggled(!root.checked)

    TapHandler {
        onTapped: root.toggled(!root.checked)
    }
    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
        spacing: Theme.margin
        Rectangle {
            Layout.preferredWidth: Math.round(Theme.touchTarget * 0.6)
            Layout.preferredHeight: Layout.preferredWidth
            radius: Math.round(Theme.radius / 2)
            color: root.checked ? Theme.primary : Theme.surface
            border.color: Theme.primary
            border.width: Math.max(2, Math.round(3 * Theme.scale))
            Text {
                anchors.centerIn: parent
                visible: root.checked
                text: "✓"
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
    }
}
