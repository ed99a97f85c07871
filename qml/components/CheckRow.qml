// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Ui

/// A box to tick with its full sentence beside it (the whole row is the target), and its message when
/// it must be ticked and is not.
ColumnLayout {
    id: root

    property string text
    property bool checked: false
    property string errorText
    readonly property alias button: row
    signal toggled(bool checked)

    spacing: Math.round(Theme.spacing / 2)

    QQC2.AbstractButton {
        id: row
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.touchTarget, sentence.implicitHeight + Theme.spacing)
        checkable: true
        checked: root.checked
        Accessible.role: Accessible.CheckBox
        Accessible.name: root.text
        Accessible.checked: root.checked
        Accessible.description: root.errorText
        onClicked: root.toggled(row.checked)
        contentItem: RowLayout {
            spacing: Theme.margin
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: Math.round(Theme.touchTarget * 0.6)
                Layout.preferredHeight: Layout.preferredWidth
                radius: Math.round(4 * Theme.scale)
                color: root.checked ? Theme.primary : Theme.surface
                border.color: root.errorText.length > 0 ? Theme.danger : Theme.primaryDark
                border.width: Math.max(2, Math.round(3 * Theme.scale))
                Text {
                    anchors.centerIn: parent
                    visible: root.checked
                    text: "\u2713"
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.textOnPrimary
                }
            }
            Text {
                id: sentence
                Layout.fillWidth: true
                text: root.text
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        background: Rectangle {
            color: row.pressed ? Theme.primaryLight : "transparent"
            radius: Theme.radius
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        text: "\u26A0 " + root.errorText
        font.pixelSize: Theme.fontBody
        color: Theme.danger
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.errorText
    }
}
