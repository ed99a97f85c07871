// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Équipe (staff mode): the state of this device's data.
Item {
    id: root

    /// Sub-page shown over the page ("donnees"), empty for the page itself.
    property string subPage: ""

    function showSubPage(name: string): bool {
        if (name !== "donnees")
            return false;
        root.subPage = name;
        return true;
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.margin
        visible: root.subPage === ""

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
            text: qsTr("Importer, exporter, sauvegarder")
            onClicked: root.showSubPage("donnees")
        }
        Item {
            Layout.fillHeight: true
        }
    }

    Loader {
        anchors.fill: parent
        active: root.subPage === "donnees"
        sourceComponent: DonneesPage {
            onBack: root.subPage = ""
        }
    }
}
