// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// "Qui peut m'aider ?": youth structures and accompanying actors near a commune (from the map's data),
/// then the next mobility trainings and webinars of the agenda.
ColumnLayout {
    id: root

    property string message

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: Mobility.helpersOrigin.length > 0 ? qsTr("Les plus proches de %1").arg(Mobility.helpersOrigin) : qsTr("Près de quelle ville ?")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: ["Lille", "Amiens", "Arras", "Beauvais", "Laon", "Dunkerque"]
            delegate: TouchButton {
                required property string modelData
                text: modelData
                primary: Mobility.helpersOrigin === modelData
                onClicked: root.message = Mobility.setHelpersCommune(modelData)
            }
        }
        QQC2.TextField {
            width: Math.round(260 * Theme.scale)
            height: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Autre commune")
            Accessible.name: qsTr("Autre commune")
            onAccepted: root.message = Mobility.setHelpersCommune(text)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.message.length > 0
        text: root.message
        font.pixelSize: Theme.fontBody
        color: Theme.danger
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing
        model: Mobility.helpers
        delegate: Rectangle {
            id: actor
            required property string name
            required property string typeLabel
            required property string placeLabel
            required property string distanceLabel
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + Theme.margin)
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            Accessible.role: Accessible.ListItem
            Accessible.name: actor.name
            RowLayout {
                id: row
                anchors { fill: parent; margins: Theme.spacing }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: actor.name
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2").arg(actor.typeLabel).arg(actor.placeLabel)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
                Text {
                    text: actor.distanceLabel
                    font.pixelSize: Theme.fontBody
                    color: Theme.primaryDark
                }
            }
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Prochaines formations et webinaires mobilité")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }
    Repeater {
        model: Mobility.mobilityEvents
        delegate: Text {
            required property var modelData
            Layout.fillWidth: true
            text: qsTr("%1 — %2 (%3)").arg(modelData.dateLabel).arg(modelData.title).arg(modelData.kindLabel)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
