// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Ui

/// A labelled text field of the registration form, its message below when it is wrong. Nothing is
/// remembered or predicted (public screen): sensitive data, no predictive text.
ColumnLayout {
    id: root

    property string label
    property string hint
    property string errorText
    property alias text: input.text
    property int maximumLength: 120
    property int extraHints: Qt.ImhNone
    readonly property alias input: input
    /// The visitor changed the text.
    signal edited(string text)
    /// The visitor left the field (check it now).
    signal fieldLeft()

    spacing: Math.round(Theme.spacing / 2)

    Text {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    QQC2.TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontLarge
        placeholderText: root.hint
        placeholderTextColor: Theme.textMuted
        maximumLength: root.maximumLength + 20 // a little over, so "too long" can be said rather than cut silently
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | root.extraHints
        Accessible.name: root.label
        Accessible.description: root.errorText
        onTextEdited: root.edited(input.text)
        onActiveFocusChanged: if (!activeFocus) root.fieldLeft()
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.color: root.errorText.length > 0 ? Theme.danger : (input.activeFocus ? Theme.primary : Theme.border)
            border.width: Math.max(2, Math.round((input.activeFocus || root.errorText.length > 0 ? 3 : 1.5) * Theme.scale))
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
