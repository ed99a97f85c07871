// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Carte: the actors of the network across the five départements.
Item {
    id: root

    BaseMap {
        id: map
        anchors.fill: parent
    }

    // Title card, bottom left (nothing essential in the top third on a kiosk).
    Rectangle {
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.margin }
        width: Math.min(parent.width - 2 * Theme.margin, header.implicitWidth + 2 * Theme.margin)
        height: header.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        opacity: 0.95
        PageHeader {
            id: header
            anchors { fill: parent; margins: Theme.margin }
            title: qsTr("Les acteurs de la coopération internationale")
            subtitle: qsTr("%1 acteurs et %2 projets dans les Hauts-de-France").arg(App.actorCount).arg(App.projectCount)
        }
    }

    TouchButton {
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.margin }
        text: qsTr("Recentrer la carte")
        onClicked: map.resetView()
    }

    Text {
        anchors { right: parent.right; top: parent.top; margins: Theme.spacing }
        text: App.attribution
        font.pixelSize: Math.round(11 * Theme.scale)
        color: Theme.textMuted
    }
}
