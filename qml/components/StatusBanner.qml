// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Lianes.Ui

/// A message the user must see (database set aside, data not loaded); hidden when empty.
Rectangle {
    id: root

    property string text

    visible: text.length > 0
    implicitHeight: visible ? message.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.warningBackground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text
    Text {
        id: message
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.margin }
        text: root.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.warning
    }
}
