// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// One event of the agenda list: its day, title, kind, time, place, places left; tap to open.
QQC2.AbstractButton {
    id: root

    required property string title
    required property string kindLabel
    required property string dayNumber
    required property string month
    required property string day
    required property string time
    required property string place
    required property string places
    required property string staffCounts
    required property bool full
    required property bool festisol
    required property bool demo
    required property bool past

    padding: Theme.margin
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2, %3").arg(root.title).arg(root.day).arg(root.time)

    background: Rectangle {
        radius: Theme.radius
        color: root.pressed ? Theme.primaryLight : Theme.surface
        border.color: root.festisol ? Theme.accent : Theme.divider
        border.width: root.festisol ? Math.max(2, Math.round(2 * Theme.scale)) : 1
    }
    contentItem: RowLayout {
        id: content
        spacing: Theme.margin
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Math.round(Theme.touchTarget * 0.95)
            Layout.preferredHeight: dateColumn.implicitHeight + Theme.spacing
            radius: Theme.radius / 2
            color: root.past ? Theme.neighbour : Theme.primaryLight
            Column {
                id: dateColumn
                anchors.centerIn: parent
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: root.dayNumber
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.primaryDark
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: root.month
                    font.pixelSize: Theme.fontSmall
                    color: Theme.primaryDark
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Math.round(Theme.spacing / 2)
            Text {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                text: root.demo ? qsTr("%1 · %2, %3 · %4 · démonstration").arg(root.kindLabel).arg(root.day).arg(root.time).arg(root.place)
                                : qsTr("%1 · %2, %3 · %4").arg(root.kindLabel).arg(root.day).arg(root.time).arg(root.place)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: App.staff ? [root.places, root.staffCounts].filter(s => s.length > 0).join(" · ") : root.places
                font.pixelSize: Theme.fontBody
                font.bold: root.full
                color: root.full ? Theme.warning : Theme.primary
                wrapMode: Text.Wrap
            }
        }
    }
}
