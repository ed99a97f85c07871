// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// "Vous êtes toujours là ?": the last seconds before the kiosk forgets the visitor.
Rectangle {
    id: root

    color: Theme.scrim
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Vous êtes toujours là ? Tout sera effacé dans %n seconde(s).", "", App.idle.secondsLeft)

    TapHandler {
        onTapped: App.idle.activity()
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.margin, column.implicitWidth + 4 * Theme.margin)
        height: column.implicitHeight + 4 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.centerIn: parent
            spacing: Theme.margin * 1.5
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Vous êtes toujours là ?")
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                color: Theme.text
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Pour protéger vos données, tout ce que vous avez saisi sera effacé dans")
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("%n seconde(s)", "", App.idle.secondsLeft)
                font.pixelSize: Theme.fontDisplay * 1.5
                font.bold: true
                color: Theme.accent
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.margin
                TouchButton {
                    primary: true
                    text: qsTr("Je continue")
                    implicitWidth: Theme.touchTarget * 4
                    onClicked: App.idle.activity()
                }
                TouchButton {
                    text: qsTr("J'ai terminé")
                    implicitWidth: Theme.touchTarget * 4
                    onClicked: App.resetVisitorSession()
                }
            }
        }
    }
}
