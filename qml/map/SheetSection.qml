// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// A titled part of a detail sheet ("Thématiques", "Projets", ...); hidden when it has nothing.
ColumnLayout {
    id: root

    property string title
    property string text
    default property alias content: body.data

    spacing: Math.round(Theme.spacing / 2)
    Text {
        Layout.fillWidth: true
        text: root.title
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.primaryDark
        Accessible.role: Accessible.Heading
        Accessible.name: root.title
    }
    Text {
        Layout.fillWidth: true
        visible: root.text.length > 0
        text: root.text
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        id: body
        Layout.fillWidth: true
        spacing: Math.round(Theme.spacing / 2)
    }
}
