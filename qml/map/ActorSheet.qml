// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The detail sheet of an actor (MapService.actorDetails): type, town, département, member,
/// description, themes, projects, partner countries, upcoming events, public contact and a QR
/// code carrying it (vCard) so a visitor takes it away without typing.
MapSheet {
    id: root

    readonly property ActorDetails details: MapService.actorDetails

    Accessible.name: root.details.name

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Theme.spacing
            implicitWidth: Math.round(20 * Theme.scale)
            implicitHeight: implicitWidth
            radius: implicitWidth / 2
            color: Theme.familyColors[root.details.family]
        }
        Text {
            Layout.fillWidth: true
            text: root.details.name
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.primaryDark
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: root.details.name
        }
    }
    Text {
        Layout.fillWidth: true
        text: root.details.subtitle
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Rectangle {
        visible: root.details.member
        implicitWidth: memberText.implicitWidth + 2 * Theme.margin
        implicitHeight: memberText.implicitHeight + Theme.spacing
        radius: height / 2
        color: Theme.primaryLight
        Text {
            id: memberText
            anchors.centerIn: parent
            text: root.details.memberLabel
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.primaryDark
        }
    }
    // The contact first: a visitor takes it away with the QR code, without typing.
    RowLayout {
        Layout.fillWidth: true
        visible: root.details.hasContact
        spacing: Theme.margin
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Math.round(Theme.spacing / 2)
            Text {
                Layout.fillWidth: true
                text: qsTr("Contact")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.primaryDark
            }
            Text {
                Layout.fillWidth: true
                text: root.details.contactText
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Scannez le code avec votre téléphone pour enregistrer ce contact.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        QrCodeImage {
            Layout.alignment: Qt.AlignTop
            text: root.details.vcard
            implicitWidth: Math.round(200 * Theme.scale)
            implicitHeight: implicitWidth
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code du contact")
        }
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
        visible: root.details.projects.length > 0
        title: qsTr("Projets")
        Repeater {
            model: root.details.projects
            delegate: LinkRow {
                required property var modelData
                Layout.fillWidth: true
                title: modelData.title
                detail: modelData.detail
                onClicked: MapService.showProject(modelData.projectId)
            }
        }
    }
    SheetSection {
        Layout.fillWidth: true
        visible: root.details.countries.length > 0
        title: qsTr("Pays partenaires")
        text: root.details.countries.join(", ")
    }
    SheetSection {
        Layout.fillWidth: true
        visible: root.details.events.length > 0
        title: qsTr("Prochains rendez-vous")
        Repeater {
            model: root.details.events
            delegate: Text {
                required property var modelData
                Layout.fillWidth: true
                text: "<b>" + modelData.dateLabel + "</b><br/>" + modelData.title
                textFormat: Text.StyledText
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
    }
}
