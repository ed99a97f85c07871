// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// A labelled text field with its inline error; nothing typed is lost when the error shows.
ColumnLayout {
    id: root

    property string label
    property alias text: input.text
    property string error
    property string placeholder
    property int maximumLength: 200
    property int inputMethodHints: Qt.ImhNone
    property bool secret: false
    readonly property alias input: input

    spacing: Math.round(Theme.spacing / 2)
    Text {
        text: root.label
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: Theme.surface
        border.color: root.error.length > 0 ? Theme.danger : (input.activeFocus ? Theme.primary : Theme.divider)
        border.width: Math.max(1, Math.round((input.activeFocus || root.error.length > 0 ? 3 : 1) * Theme.scale))
        TextInput {
            id: input
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin }
            verticalAlignment: TextInput.AlignVCenter
            font.pixelSize: Theme.fontBody
            color: Theme.text
            clip: true
            maximumLength: root.maximumLength
            echoMode: root.secret ? TextInput.Password : TextInput.Normal
            // Kiosk: nothing remembered between visitors, no selection handles leading anywhere.
            inputMethodHints: root.inputMethodHints | (App.kiosk ? (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText) : Qt.ImhNone)
            selectByMouse: !App.kiosk
            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            Text {
                anchors.fill: parent
                verticalAlignment: Text.AlignVCenter
                visible: input.text.length === 0 && !input.activeFocus
                text: root.placeholder
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: root.error
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.danger
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.error
    }
}
