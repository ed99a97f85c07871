// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// A number set with big − and + buttons (nothing to type).
RowLayout {
    id: root

    property string label
    property int value
    property int from: 0
    property int to: 100
    property int step: 1
    property string unit
    signal moved(int value)

    spacing: Theme.margin
    Text {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
    }
    TouchButton {
        text: "−"
        Accessible.name: qsTr("Diminuer : %1").arg(root.label)
        enabled: root.value > root.from
        implicitWidth: Theme.touchTarget
        onClicked: root.moved(Math.max(root.from, root.value - root.step))
    }
    Text {
        Layout.minimumWidth: Theme.touchTarget * 2
        horizontalAlignment: Text.AlignHCenter
        text: root.unit.length > 0 ? qsTr("%1 %2").arg(root.value).arg(root.unit) : String(root.value)
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }
    TouchButton {
        text: "+"
        Accessible.name: qsTr("Augmenter : %1").arg(root.label)
        enabled: root.value < root.to
        implicitWidth: Theme.touchTarget
        onClicked: root.moved(Math.min(root.to, root.value + root.step))
    }
}
