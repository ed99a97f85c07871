// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Lianes.Core
import Lianes.Ui

/// The kiosk's idle screen: a slowly moving map, the network's key figures (computed from the data),
/// the next event, and "Touchez pour commencer".
Rectangle {
    id: root
    objectName: "attractScreen"

    signal started

    color: Theme.background
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Touchez pour commencer")
    Accessible.onPressAction: root.started()

    /// Set once the first frame is up (Main): the map behind the panel is made then, in the
    /// background (Qt Location's types, then the map and its items), so the panel with its figures
    /// does not wait for it. Until it is there, its sea: the first frame looks the same.
    property bool mapWanted: false

    Rectangle {
        anchors.fill: parent
        color: Theme.sea
    }
    TypeLoader {
        id: mapLoader
        anchors.fill: parent
        // Made when first wanted on screen, then kept (the attract screen returns after every visitor).
        active: root.mapWanted && (root.visible || mapLoader.item !== null)
        asynchronous: true
        typeName: "AttractMap"
    }
    Binding {
        target: mapLoader.item
        property: "drifting"
        value: root.visible
        when: mapLoader.item !== null
    }
    Rectangle {
        anchors.fill: parent
        color: Theme.background
        opacity: 0.35
    }
    TapHandler {
        onTapped: root.started()
    }

    Rectangle {
        anchors { fill: attractColumn; margins: -Theme.margin * 1.5 }
        radius: Theme.radius
        color: Theme.background
        opacity: 0.92
    }
    // Positioners, not layouts: the first frame waits for no more types than it shows (Qt Quick
    // Layouts load with the pages, after it).
    Column {
        id: attractColumn
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin * 2.5 }
        spacing: Theme.margin * 2

        Text {
            width: attractColumn.width
            text: qsTr("Lianes coopération : la coopération internationale en Hauts-de-France")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            color: Theme.primaryDark
        }
        // The key figures: one row in landscape, two by two in portrait (their words fit).
        Grid {
            id: figures
            width: attractColumn.width
            columns: root.width > root.height ? 4 : 2
            spacing: Theme.margin
            Repeater {
                model: [
                    { value: App.actorCount, label: qsTr("acteurs") },
                    { value: App.projectCount, label: qsTr("projets") },
                    { value: App.departementCount, label: qsTr("départements") },
                    { value: App.upcomingEvents.count, label: qsTr("événements à venir") }
                ]
                delegate: Rectangle {
                    id: figure
                    required property var modelData
                    width: (figures.width - figures.spacing * (figures.columns - 1)) / figures.columns
                    height: figureColumn.implicitHeight + 2 * Theme.margin
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.divider
                    Column {
                        id: figureColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
                        Text {
                            text: figure.modelData.value
                            font.pixelSize: Theme.fontDisplay
                            font.bold: true
                            color: Theme.primary
                        }
                        Text {
                            width: figureColumn.width
                            text: figure.modelData.label
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontLarge
                            color: Theme.text
                        }
                    }
                }
            }
        }
        Text {
            width: attractColumn.width
            visible: App.nextEventLabel.length > 0
            text: qsTr("Prochain rendez-vous : %1").arg(App.nextEventLabel)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: start.implicitWidth + 4 * Theme.margin
            height: Theme.touchTarget * 1.3
            radius: height / 2
            color: Theme.primary
            Text {
                id: start
                anchors.centerIn: parent
                text: qsTr("Touchez pour commencer")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.textOnPrimary
            }
            SequentialAnimation on scale {
                running: root.visible
                loops: Animation.Infinite
                NumberAnimation { to: 1.05; duration: 900; easing.type: Easing.InOutQuad }
                NumberAnimation { to: 1.0; duration: 900; easing.type: Easing.InOutQuad }
            }
        }
    }
}
