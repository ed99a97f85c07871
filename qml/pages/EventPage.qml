// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// One event: when, where (on a small map when the commune is known), for whom, places left, and the way
/// to register. Actions sit at the bottom, in reach.
Rectangle {
    id: root

    readonly property EventDetails event: Agenda.event
    readonly property bool wide: root.width > root.height
    property string exported: ""
    signal back()
    signal registerRequested()
    signal registrationsRequested()

    color: Theme.background

    component Info: ColumnLayout {
        id: info
        property string label
        property string value
        Layout.fillWidth: true
        visible: info.value.length > 0
        spacing: 0
        Text {
            text: info.label
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Text {
            Layout.fillWidth: true
            text: info.value
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    Component {
        id: place
        ColumnLayout {
            spacing: Theme.spacing
            Loader {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.round((root.wide ? root.height * 0.42 : root.width * 0.6))
                active: root.event.located
                visible: active
                sourceComponent: PlaceMap {
                    place: root.event.coordinate
                    placeName: root.event.commune.split(" (")[0]
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: placeText.implicitHeight + 2 * Theme.margin
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                ColumnLayout {
                    id: placeText
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
                    Info {
                        label: root.event.online ? qsTr("En ligne") : qsTr("Lieu")
                        value: root.event.online ? (root.event.url.length > 0 ? root.event.url
                                                                             : qsTr("Le lien de connexion est envoyé par e-mail aux personnes inscrites."))
                                                 : root.event.place
                    }
                    Info {
                        label: qsTr("Commune")
                        value: root.event.online ? "" : root.event.commune
                    }
                    Info {
                        label: qsTr("Places")
                        value: root.event.places
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: !root.event.open
                        text: root.event.closedReason
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.warning
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: App.staff
                        text: root.event.staffCounts
                        font.pixelSize: Theme.fontBody
                        color: Theme.primaryDark
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.margin

        QQC2.ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            GridLayout {
                width: scroll.availableWidth
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.margin * 2
                rowSpacing: Theme.margin
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.margin
                    Text {
                        text: root.event.demo ? qsTr("%1 · exemple de démonstration").arg(root.event.kindLabel) : root.event.kindLabel
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: root.event.festisol ? Theme.accent : Theme.primary
                    }
                    PageHeader {
                        Layout.fillWidth: true
                        title: root.event.title
                        subtitle: root.event.day + ", " + root.event.time
                    }
                    Info { label: qsTr("Pour qui"); value: root.event.audience }
                    Info { label: qsTr("Organisé par"); value: root.event.organiser }
                    Text {
                        Layout.fillWidth: true
                        text: root.event.description
                        font.pixelSize: Theme.fontBody
                        lineHeight: 1.2
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    Layout.alignment: Qt.AlignTop
                    sourceComponent: place
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: root.exported.length > 0
            text: qsTr("Enregistré : %1").arg(root.exported)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            // Narrow screens: the buttons share the width (their labels shorten) rather than overflow.
            TouchButton {
                Layout.fillWidth: !root.wide
                Layout.minimumWidth: Theme.touchTarget
                text: qsTr("\u2190 Agenda")
                onClicked: root.back()
            }
            Item {
                Layout.fillWidth: true
                visible: root.wide
            }
            TouchButton {
                Layout.fillWidth: !root.wide
                Layout.minimumWidth: Theme.touchTarget
                visible: !App.kiosk
                text: qsTr("Fichier .ics")
                Accessible.description: qsTr("Enregistre l'événement pour un agenda")
                onClicked: root.exported = Agenda.exportCalendar()
            }
            TouchButton {
                Layout.fillWidth: !root.wide
                Layout.minimumWidth: Theme.touchTarget
                visible: App.staff
                text: qsTr("Inscrits")
                onClicked: root.registrationsRequested()
            }
            TouchButton {
                Layout.fillWidth: !root.wide
                Layout.minimumWidth: Theme.touchTarget
                Layout.preferredWidth: root.wide ? Theme.touchTarget * 3 : -1
                primary: true
                enabled: root.event.open
                text: root.event.full ? qsTr("Liste d'attente") : qsTr("S'inscrire")
                onClicked: root.registerRequested()
            }
        }
    }
}
