// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import Lianes.Ui

/// A marker of the actors map: a cluster (a disc sized by its count, the count inside) or one
/// actor (a dot in its type family's colour). The whole touch target is tappable.
MapQuickItem {
    id: root

    required property int key
    required property var location
    required property int count
    required property string countLabel
    required property bool isCluster
    required property int actorId
    required property string name
    required property int family
    /// The disc at scale 1 (ClusterModel::markerDiameter: labels give way to it).
    required property real diameter

    /// A cluster was tapped: zoom to its extent.
    signal opened(int key)
    /// A single actor was tapped: open its sheet.
    signal actorOpened(int actorId)

    coordinate: root.location
    // Full opacity at every zoom (no fading in from the world view's zooms).
    autoFadeIn: false
    anchorPoint.x: target.width / 2
    anchorPoint.y: target.height / 2
    z: root.isCluster ? 2 : 1
    sourceItem: Item {
        id: target
        // Touch target at least Theme.touchTarget * 0.6 wide; the disc grows with the count.
        width: Math.max(Theme.touchTarget * 0.6, disc.width)
        height: width
        Accessible.role: Accessible.Button
        Accessible.name: root.isCluster ? qsTr("%1 acteurs : zoomer").arg(root.countLabel) : root.name

        Rectangle {
            id: disc
            anchors.centerIn: parent
            width: Math.round(root.diameter * Theme.scale)
            height: width
            radius: width / 2
            color: root.isCluster ? Theme.primary : Theme.familyColors[Math.max(0, root.family)]
            border.color: "white"
            border.width: Math.max(2, Math.round((root.isCluster ? 3 : 2) * Theme.scale))
            Text {
                anchors.centerIn: parent
                visible: root.isCluster
                text: root.countLabel
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textOnPrimary
            }
        }
        TapHandler {
            onTapped: root.isCluster ? root.opened(root.key) : root.actorOpened(root.actorId)
        }
    }
}
