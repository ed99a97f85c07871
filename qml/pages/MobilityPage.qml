// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Mobilité: the youth mobility toolkit (Ready to Move, Coop Lab) for 16–30-year-olds: the catalogue
/// of programmes, "Trouver ma mobilité", "Mon projet" and "Qui peut m'aider ?".
TopPage {
    id: root
    objectName: "mobilitePage"

    /// Section shown: "catalogue", "trouver", "projet" or "aide".
    property string section: "trouver"

    /// Sub-pages for --page: catalogue, trouver (first question), resultat (demo profile), projet.
    function showSubPage(name: string): bool {
        switch (name) {
        case "catalogue":
            root.section = "catalogue";
            return true;
        case "trouver":
            Mobility.finder.restart();
            root.section = "trouver";
            return true;
        case "resultat":
            Mobility.finder.showDemoProfile();
            root.section = "trouver";
            return true;
        case "projet":
            if (Mobility.projects.count === 0)
                Mobility.createProject(qsTr("Chantier solidaire au Bénin"));
            root.section = "projet";
            return true;
        case "aide":
            root.section = "aide";
            return true;
        }
        return false;
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            visible: App.mobile ? root.section === "trouver" && !Mobility.finder.finished : !App.kiosk || root.section !== "trouver"
            title: qsTr("Partir à l'international")
            subtitle: qsTr("Volontariat, échanges, études, stages : les dispositifs pour les 16–30 ans et le parcours Coop Lab pour monter ton projet.")
        }

        // Sections: a row of big tabs, at the top on a tablet or phone; on the kiosk at the bottom,
        // in reach from a wheelchair.
        Loader {
            Layout.fillWidth: true
            active: !App.kiosk
            visible: active
            sourceComponent: sectionTabs
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: root.section === "catalogue" ? catalogue : root.section === "projet" ? projet : root.section === "aide" ? aide : trouver
        }

        Loader {
            Layout.fillWidth: true
            active: App.kiosk
            visible: active
            sourceComponent: sectionTabs
        }
    }

    Component {
        id: sectionTabs
        // Wraps on a phone.
        GridLayout {
            columns: App.mobile || root.width < 900 ? 2 : 4
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Repeater {
                // Two columns on a phone: the short labels fit.
                model: [{ "key": "trouver", "label": qsTr("Trouver ma mobilité"), "short": qsTr("Ma mobilité") }, { "key": "catalogue", "label": qsTr("Tous les programmes"), "short": qsTr("Programmes") }, { "key": "projet", "label": qsTr("Mon projet"), "short": qsTr("Mon projet") }, { "key": "aide", "label": qsTr("Qui peut m'aider ?"), "short": qsTr("Qui m'aide ?") }]
                delegate: TouchButton {
                    required property var modelData
                    Layout.fillWidth: true
                    text: App.mobile || root.width < 900 ? modelData.short : modelData.label
                    Accessible.name: modelData.label
                    primary: root.section === modelData.key
                    Accessible.role: Accessible.PageTab
                    onClicked: root.section = modelData.key
                }
            }
        }
    }

    Component {
        id: catalogue
        MobilityCatalogue {}
    }
    Component {
        id: trouver
        MobilityFinder {}
    }
    Component {
        id: projet
        MobilityProject {}
    }
    Component {
        id: aide
        MobilityHelp {}
    }
}
