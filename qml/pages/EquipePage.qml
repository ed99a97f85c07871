// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Équipe (staff mode): the state of this device's data, and the staff's sub-pages.
Item {
    id: root

    /// Sub-page shown over the page ("" for none).
    property string subPage: ""

    /// Shows a sub-page by name (--page, deep links); false when this page has no such sub-page.
    function showSubPage(name: string): bool {
        if (name.startsWith("observatoire")) {
            root.subPage = "observatoire";
            return (observatoireLoader.item as ObservatoirePage).showSection(name);
        }
        return false;
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.margin

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Espace équipe")
            subtitle: qsTr("Les données de cet appareil : acteurs, projets, agenda.")
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.margin * 2
            rowSpacing: Theme.spacing
            Text { text: qsTr("Acteurs"); font.pixelSize: Theme.fontLarge; color: Theme.textMuted }
            Text { text: App.actorCount; font.pixelSize: Theme.fontLarge; font.bold: true; color: Theme.text }
            Text { text: qsTr("Projets"); font.pixelSize: Theme.fontLarge; color: Theme.textMuted }
            Text { text: App.projectCount; font.pixelSize: Theme.fontLarge; font.bold: true; color: Theme.text }
            Text { text: qsTr("Événements à venir"); font.pixelSize: Theme.fontLarge; color: Theme.textMuted }
            Text { text: App.upcomingEvents.count; font.pixelSize: Theme.fontLarge; font.bold: true; color: Theme.text }
        }
        TouchButton {
            text: qsTr("Observatoire : les chiffres du réseau")
            primary: true
            onClicked: root.subPage = "observatoire"
        }
        Item {
            Layout.fillHeight: true
        }
    }

    Loader {
        id: observatoireLoader
        anchors.fill: parent
        active: root.subPage === "observatoire"
        sourceComponent: ObservatoirePage {
            onCloseRequested: root.subPage = ""
        }
    }
}
