// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The sheet of a project (MapService.projectDetails): kind, years, themes, countries, and its
/// lead and partner actors, each one tap from its own sheet.
MapSheet {
    id: root

    readonly property ProjectDetails details: MapService.projectDetails

    Accessible.name: root.details.title

    Text {
        Layout.fillWidth: true
        text: root.details.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.primaryDark
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: root.details.title
    }
    Text {
        Layout.fillWidth: true
        text: root.details.subtitle
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    Text {
        Layout.fillWidth: true
        visible: root.details.description.length > 0
        text: root.details.description
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
        lineHeight: 1.15
    }
    SheetSection {
        Layout.fillWidth: true
        visible: root.details.themes.length > 0
        title: qsTr("Thématiques")
        text: root.details.themes.join(" · ")
    }
    SheetSection {
        Layout.fillWidth: true
        visible: root.details.countries.length > 0
        title: qsTr("Pays")
        text: root.details.countries.join(", ")
    }
    SheetSection {
        Layout.fillWidth: true
        visible: root.details.actors.length > 0
        title: qsTr("Acteurs du projet")
        Repeater {
            model: root.details.actors
            delegate: LinkRow {
                required property var modelData
                Layout.fillWidth: true
                title: modelData.name
                detail: modelData.detail
                onClicked: MapService.showActor(modelData.actorId)
            }
        }
    }
}
