// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Projects (MapService.projects): title, kind and years, countries. Tapping one opens its sheet.
ListView {
    id: root

    clip: true
    spacing: Math.round(Theme.spacing / 2)
    model: MapService.projects
    delegate: Rectangle {
        id: row
        required property int projectId
        required property string title
        required property string detailLabel
        width: ListView.view.width
        implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + Theme.spacing * 2)
        radius: Theme.radius
        color: tap.pressed ? Theme.primaryLight : Theme.surface
        border.color: Theme.divider
        Accessible.role: Accessible.Button
        Accessible.name: row.title
        TapHandler {
            id: tap
            onTapped: MapService.showProject(row.projectId)
        }
        ColumnLayout {
            id: content
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.margin }
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: row.detailLabel
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
    }
    Text {
        anchors.centerIn: parent
        width: parent.width
        visible: root.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Aucun projet ici avec ces filtres.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
}
