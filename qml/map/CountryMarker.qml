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

    /// Where the name is drawn, in the map's coordinates.
    readonly property real labelLeft: root.x + label.x
    readonly property real labelRight: labelLeft + label.implicitWidth
    readonly property real middle: root.y + root.anchorPoint.y
    /// Countries rank by projects, then by name: a name gives way (the side list still names the
    /// country) to a higher-ranked name it would overprint, unless that one gave way itself, and to
    /// a higher-ranked country's disc; a name moved to the left never covers any disc.
    readonly property bool crowded: {
        const siblings = root.parent ? root.parent.children : [];
        for (let i = 0; i < siblings.length; ++i) {
            const other = siblings[i] as CountryMarker;
            if (!other || other === root || !other.visible)
                continue;
            const ahead = other.projectCount > root.projectCount
                          || (other.projectCount === root.projectCount && other.name.localeCompare(root.name) < 0);
            const sameLine = Math.abs(other.middle - root.middle) < label.implicitHeight;
            if (ahead && sameLine && other.labelLeft < root.labelRight && other.labelRight > root.labelLeft
                    && !other.crowded)
                return true;
            const onDisc = other.x < root.labelRight && other.x + other.width > root.labelLeft
                           && Math.abs(other.middle - root.middle) < (label.implicitHeight + other.height) / 2;
            if (onDisc && (ahead || label.onLeft))
                return true;
        }
        return false;
    }

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
            id: label
            // Beside the disc, on its left when it would run past the map's right edge.
            readonly property bool onLeft: root.parent !== null
                                           && root.x + disc.width + Math.round(4 * Theme.scale) + implicitWidth > root.parent.width
            x: onLeft ? -implicitWidth - Math.round(4 * Theme.scale) : disc.width + Math.round(4 * Theme.scale)
            anchors.verticalCenter: disc.verticalCenter
            visible: !root.crowded
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
