// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Agenda: the network's coming webinars, trainings, meetings and Festival des Solidarités events.
Item {
    id: root

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.margin

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Agenda")
            subtitle: qsTr("Webinaires, formations, rencontres et Festival des Solidarités")
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: App.upcomingEvents
            section.property: "dateLabel"
            section.delegate: Text {
                required property string section
                width: ListView.view.width
                topPadding: Theme.spacing
                text: section
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            delegate: Rectangle {
                id: card
                required property string title
                required property string kindLabel
                required property string timeLabel
                required property string placeLabel
                required property bool demo
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + 2 * Theme.margin)
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                Accessible.role: Accessible.ListItem
                Accessible.name: card.title
                RowLayout {
                    id: content
                    anchors { fill: parent; margins: Theme.margin }
                    spacing: Theme.margin
                    Text {
                        Layout.preferredWidth: Math.round(90 * Theme.scale)
                        text: card.timeLabel
                        font.pixelSize: Theme.fontLarge
                        color: Theme.primaryDark
                        font.bold: true
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: card.title
                            font.pixelSize: Theme.fontLarge
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                        Text {
                            Layout.fillWidth: true
                            text: card.demo ? qsTr("%1 · %2 · démonstration").arg(card.kindLabel).arg(card.placeLabel)
                                            : qsTr("%1 · %2").arg(card.kindLabel).arg(card.placeLabel)
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Aucun événement à venir pour l'instant.")
                font.pixelSize: Theme.fontLarge
                color: Theme.textMuted
            }
        }
    }
}
