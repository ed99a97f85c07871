// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Équipe: the staff area, behind the PIN; meetings log, observatory, personal data, settings.
TopPage {
    id: root

    /// Section shown: "reunions", "observatoire", "import" (data in and out), "donnees" (personal
    /// data) or "reglages".
    property string section: "reunions"
    readonly property var subPages: ["reunions", "observatoire", "import", "donnees", "reglages"]

    /// Staff tablets open the area directly; on a kiosk it needs the PIN (Staff.open, checked in C++ too).
    readonly property bool open: Staff.open

    function showSubPage(name: string): bool {
        if (name.startsWith("observatoire")) {
            root.section = "observatoire";
            return observatoryLoader.item !== null && (observatoryLoader.item as ObservatoryPage).showSection(name);
        }
        if (root.subPages.indexOf(name) < 0)
            return false;
        root.section = name;
        return true;
    }

    // Any touch in the staff area postpones its automatic lock.
    TapHandler {
        onTapped: Staff.touch()
        grabPermissions: PointerHandler.ApprovesTakeOverByAnything
    }

    PinPad {
        anchors.centerIn: parent
        visible: !root.open
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        visible: root.open && root.section !== "observatoire" && root.section !== "import"
        spacing: Theme.margin

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Espace équipe")
                subtitle: qsTr("%1 acteurs · %2 projets · %3 événements à venir").arg(App.actorCount).arg(App.projectCount).arg(App.upcomingEvents.count)
            }
            Repeater {
                model: [
                    { name: "reunions", label: qsTr("Réunions") },
                    { name: "observatoire", label: qsTr("Observatoire") },
                    { name: "import", label: qsTr("Import et sauvegarde") },
                    { name: "donnees", label: qsTr("Données personnelles") },
                    { name: "reglages", label: qsTr("Réglages") }
                ]
                delegate: TouchButton {
                    required property var modelData
                    text: modelData.label
                    primary: root.section === modelData.name
                    onClicked: root.section = modelData.name
                }
            }
            TouchButton {
                visible: App.kiosk
                text: qsTr("Verrouiller")
                onClicked: Staff.lock()
            }
        }

        Loader {
            id: sectionLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: root.section === "donnees" ? personalData : root.section === "reglages" ? settings : meetings
        }
    }

    // The observatory dashboard takes the whole page (it has its own way back).
    Loader {
        id: observatoryLoader
        anchors.fill: parent
        active: root.open && root.section === "observatoire"
        sourceComponent: observatory
    }

    // Imports, exports and the USB backup: also a whole page with its own way back.
    Loader {
        anchors.fill: parent
        active: root.open && root.section === "import"
        sourceComponent: DataPage {
            onBack: root.section = "reunions"
        }
    }

    Component {
        id: meetings
        StaffMeetings {}
    }
    Component {
        id: observatory
        ObservatoryPage {
            onCloseRequested: root.section = "reunions"
        }
    }
    Component {
        id: personalData
        StaffPersonalData {}
    }
    Component {
        id: settings
        StaffSettings {}
    }
}
