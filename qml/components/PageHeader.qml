// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// Title and one-line explanation at the top of a page.
ColumnLayout {
    id: root

    property string title
    property string subtitle

    spacing: Math.round(Theme.spacing / 2)
    Text {
        Layout.fillWidth: true
        text: root.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.primaryDark
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: root.title
    }
    Text {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        text: root.subtitle
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
