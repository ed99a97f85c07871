// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import Lianes.Ui

/// A country of the world view: a disc sized by its number of projects, the number inside, the
/// name beside it. Tapping it lists its projects.
MapQuickItem {
    id: root

    required property string code
    required property string name
    required property var location
    required property int projectCount
    required property string projectCountLabel
    required property real weight

    signal opened(string code)

    coordinate: root.location
    autoFadeIn: false
    anchorPoint.x: disc.width / 2
    anchorPoint.y: disc.height / 2
    z: 2
    sourceItem: Item {
        width: disc.width
        height: disc.height
        Accessible.role: Accessible.Button
        Accessible.name: root.name + ", " + root.projectCountLabel

        Rectangle {
            id: disc
            width: Math.round((24 + 16 * root.weight) * Theme.scale)
            height: width
            radius: width / 2
            color: Theme.accent
            border.color: "white"
            border.width: Math.max(2, Math.round(3 * Theme.scale))
            Text {
                anchors.centerIn: parent
                text: root.projectCount
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: "white"
            }
        }
        Text {
            anchors { left: disc.right; leftMargin: Math.round(4 * Theme.scale); verticalCenter: disc.verticalCenter }
            text: root.name
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
            style: Text.Outline
            styleColor: "white"
        }
        TapHandler {
            // A generous target: the disc and the name.
            margin: Theme.spacing
            onTapped: root.opened(root.code)
        }
    }
}
