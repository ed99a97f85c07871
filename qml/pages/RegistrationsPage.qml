// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Staff: who registered for the event (confirmed, waiting in order, cancelled), check-in by tap, cancel, and
/// the list as a CSV file that French Excel opens as is.
Rectangle {
    id: root

    readonly property RegistrationListModel list: Agenda.registrations
    property string exported: ""
    signal back()

    color: Theme.background

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.margin

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Inscrits : %1").arg(Agenda.event.title)
            subtitle: Agenda.event.day + ", " + Agenda.event.time + " · " + root.list.placesLabel
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.margin
            Repeater {
                model: [
                    { label: qsTr("Confirmé·es"), value: root.list.confirmed },
                    { label: qsTr("Présent·es"), value: root.list.present },
                    { label: qsTr("En attente"), value: root.list.waiting },
                    { label: qsTr("Annulé·es"), value: root.list.cancelled }
                ]
                delegate: Rectangle {
                    id: tile
                    required property var modelData
                    implicitWidth: tileText.implicitWidth + 2 * Theme.margin
                    implicitHeight: tileText.implicitHeight + Theme.margin
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.divider
                    Text {
                        id: tileText
                        anchors.centerIn: parent
                        text: tile.modelData.value + " " + tile.modelData.label
                        font.pixelSize: Theme.fontLarge
                        color: Theme.primaryDark
                    }
                }
            }
        }
        ListView {
            id: view
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: root.list
            delegate: Rectangle {
                id: row
                required property int registrationId
                required property string name
                required property string email
                required property string status
                required property string statusLabel
                required property string detail
                required property string registered
                required property bool present
                property bool confirmCancel: false
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: row.status === "cancelled" ? Theme.neighbour : Theme.surface
                border.color: Theme.divider
                RowLayout {
                    id: rowLayout
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.margin }
                    spacing: Theme.margin
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: row.name
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            font.strikeout: row.status === "cancelled"
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: [row.email, row.detail, row.registered].filter(s => s.length > 0).join(" · ")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                    }
                    Text {
                        text: row.statusLabel
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: row.status === "waiting" ? Theme.warning : row.present ? Theme.primary : Theme.textMuted
                    }
                    TouchButton {
                        visible: row.status === "confirmed"
                        primary: !row.present
                        text: row.present ? qsTr("Annuler la présence") : qsTr("Présent·e")
                        Accessible.name: (row.present ? qsTr("Annuler la présence de %1") : qsTr("Marquer %1 présent·e")).arg(row.name)
                        onClicked: Agenda.setPresent(row.registrationId, !row.present)
                    }
                    TouchButton {
                        visible: row.status !== "cancelled"
                        text: row.confirmCancel ? qsTr("Confirmer l'annulation") : qsTr("Annuler")
                        Accessible.name: qsTr("Annuler l'inscription de %1").arg(row.name)
                        onClicked: {
                            if (row.confirmCancel)
                                Agenda.cancelRegistration(row.registrationId);
                            row.confirmCancel = !row.confirmCancel;
                        }
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: view.count === 0
                text: qsTr("Personne n'est encore inscrit.")
                font.pixelSize: Theme.fontLarge
                color: Theme.textMuted
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.exported.length > 0
            text: qsTr("Fichier enregistré : %1").arg(root.exported)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            TouchButton {
                Layout.minimumWidth: Theme.touchTarget
                Layout.fillWidth: root.height > root.width
                text: qsTr("\u2190 Événement")
                onClicked: root.back()
            }
            Item {
                Layout.fillWidth: true
                visible: root.width > root.height
            }
            TouchButton {
                Layout.minimumWidth: Theme.touchTarget
                Layout.fillWidth: root.height > root.width
                enabled: view.count > 0
                text: qsTr("Exporter pour Excel (CSV)")
                onClicked: root.exported = Agenda.exportRegistrations()
            }
        }
    }
}
