// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Beside the world view: the countries where the region's projects take place, the most first;
/// tapping one lists its projects.
ColumnLayout {
    id: root

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: MapService.projects.country.length > 0 ? MapService.projects.scopeLabel : qsTr("Pays des projets")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.primaryDark
        wrapMode: Text.Wrap
    }

    ListView {
        id: countryList
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: MapService.projects.country.length === 0
        clip: true
        spacing: Math.round(Theme.spacing / 2)
        model: MapService.countries
        delegate: Rectangle {
            id: row
            required property string code
            required property string name
            required property string projectCountLabel
            width: ListView.view.width
            implicitHeight: Theme.touchTarget
            radius: Theme.radius
            color: tap.pressed ? Theme.primaryLight : Theme.surface
            border.color: Theme.divider
            Accessible.role: Accessible.Button
            Accessible.name: row.name + ", " + row.projectCountLabel
            TapHandler {
                id: tap
                onTapped: MapService.projects.showCountry(row.code)
            }
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin }
                Text {
                    Layout.fillWidth: true
                    text: row.name
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    text: row.projectCountLabel
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }

    ProjectList {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: MapService.projects.country.length > 0
    }

    TouchButton {
        Layout.fillWidth: true
        visible: MapService.projects.country.length > 0
        text: qsTr("Tous les pays")
        onClicked: MapService.projects.showCountry("")
    }
}
