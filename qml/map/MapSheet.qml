// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The frame of a sheet over the map's panel (ActorSheet, ProjectSheet): its content in a column
/// that scrolls, and "Fermer" at the bottom, in reach.
Rectangle {
    id: root

    /// The sheet's content: laid out in the scrolling column.
    default property alias content: body.data
    signal closed

    color: Theme.surface
    Accessible.role: Accessible.Pane

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.spacing

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: body.implicitHeight
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: body
                width: flick.width
                spacing: Theme.margin
            }
        }

        TouchButton {
            Layout.fillWidth: true
            text: qsTr("Fermer")
            onClicked: {
                MapService.closeDetails();
                root.closed();
            }
        }
    }
}
