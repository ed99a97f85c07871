// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The list beside the map: the actors in view (nearest first, or by name), or in project mode
/// the projects of the actors in view. Tapping one opens its sheet.
ColumnLayout {
    id: root

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: MapService.filters.showProjects ? MapService.projects.scopeLabel : MapService.actors.scopeLabel
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primaryDark
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: MapService.filters.showProjects ? MapService.projects.countLabel : MapService.actors.countLabel
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        TouchButton {
            visible: MapService.referenceLabel.length > 0
            text: "\u2715"
            implicitWidth: Theme.touchTarget
            Accessible.name: qsTr("Ne plus trier autour de ce lieu")
            onClicked: MapService.clearReference()
        }
        TouchButton {
            visible: !MapService.filters.showProjects
            text: MapService.actors.sortByDistance ? qsTr("Par nom") : qsTr("Par distance")
            Accessible.name: MapService.actors.sortByDistance ? qsTr("Trier par nom") : qsTr("Trier par distance")
            onClicked: MapService.actors.sortByDistance = !MapService.actors.sortByDistance
        }
    }

    ListView {
        id: actorList
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !MapService.filters.showProjects
        clip: true
        spacing: Math.round(Theme.spacing / 2)
        model: MapService.actors
        reuseItems: true
        delegate: Rectangle {
            id: row
            required property int actorId
            required property string name
            required property string typeLabel
            required property int family
            required property string place
            required property string distanceLabel
            required property bool member
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget, rowContent.implicitHeight + Theme.spacing * 2)
            radius: Theme.radius
            color: tap.pressed ? Theme.primaryLight : Theme.surface
            border.color: Theme.divider
            Accessible.role: Accessible.Button
            Accessible.name: row.name + ", " + row.typeLabel + ", " + row.place
            TapHandler {
                id: tap
                onTapped: MapService.showActor(row.actorId)
            }
            RowLayout {
                id: rowContent
                anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin }
                spacing: Theme.spacing * 1.5
                Rectangle {
                    implicitWidth: Math.round(16 * Theme.scale)
                    implicitHeight: implicitWidth
                    radius: implicitWidth / 2
                    color: Theme.familyColors[row.family]
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: row.name
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.typeLabel + " · " + row.place + (row.member ? " · " + qsTr("membre") : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                Text {
                    text: row.distanceLabel
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
        Text {
            anchors.centerIn: parent
            width: parent.width
            visible: actorList.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Aucun acteur ici avec ces filtres. Dézoomez ou effacez les filtres.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }

    ProjectList {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: MapService.filters.showProjects
    }

    Text {
        Layout.fillWidth: true
        visible: text.length > 0 && !MapService.filters.showProjects
        text: MapService.unlocatedLabel
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
}
