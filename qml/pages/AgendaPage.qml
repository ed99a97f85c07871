// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Agenda: the network's webinars, trainings, meetings and Festival des Solidarités events, soonest first,
/// by week; filters by tap; an event's page, its registration form, the confirmation, and (staff) its list.
TopPage {
    id: root

    /// "" (the list), "evenement", "inscription", "confirmation" or (staff) "inscrits".
    property string subPage: ""
    property bool filtersOpen: false
    readonly property bool wide: root.width > root.height

    /// Shows a sub-page by name (--page); the first upcoming event unless one is already open.
    function showSubPage(name: string): bool {
        if (["evenement", "inscription", "confirmation", "inscrits"].indexOf(name) < 0)
            return false;
        if (name === "inscrits" && !App.staff)
            return false;
        if (!Agenda.selectFirstUpcoming())
            return false;
        if (name === "confirmation" && Agenda.form.status === "")
            Agenda.form.showDemonstration(); // an example: nothing is written
        root.subPage = name;
        return true;
    }
    function openEvent(id: int): void {
        Agenda.selectEvent(id);
        root.subPage = "evenement";
    }

    // The list.
    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        visible: root.subPage === ""
        spacing: Theme.margin

        PageHeader {
            Layout.fillWidth: true
            title: Agenda.events.showPast ? qsTr("Agenda : événements passés") : qsTr("Agenda")
            subtitle: qsTr("Webinaires, formations, rencontres et Festival des Solidarités")
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin * 2

            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: Agenda.events
                section.property: "section"
                section.delegate: Text {
                    required property string section
                    width: ListView.view.width
                    topPadding: Theme.margin
                    bottomPadding: Theme.spacing
                    text: section
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.primaryDark
                    Accessible.role: Accessible.Heading
                    Accessible.name: section
                }
                delegate: EventCard {
                    required property int eventId
                    width: ListView.view.width
                    onClicked: root.openEvent(eventId)
                }
                Text {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: Agenda.events.filtered ? qsTr("Aucun événement ne correspond à ces filtres.")
                                                 : qsTr("Aucun événement à venir pour l'instant.")
                    font.pixelSize: Theme.fontLarge
                    color: Theme.textMuted
                }
            }
            // Wide screens: the filters beside the list, always there; on the kiosk they sit low,
            // in reach from a wheelchair, when they fit.
            ColumnLayout {
                Layout.preferredWidth: Math.round(root.width * 0.32)
                Layout.fillWidth: false
                Layout.fillHeight: true
                visible: root.wide
                spacing: 0
                Item {
                    Layout.fillHeight: true
                    visible: App.kiosk
                }
                QQC2.ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.maximumHeight: wideFilters.implicitHeight
                    contentWidth: availableWidth
                    AgendaFilters {
                        id: wideFilters
                        width: parent.width
                        model: Agenda.events
                    }
                }
                Item {
                    Layout.fillHeight: true
                    visible: !App.kiosk
                }
            }
        }
        // Narrow screens: the filters on demand, under the thumb.
        RowLayout {
            Layout.fillWidth: true
            visible: !root.wide
            spacing: Theme.spacing
            TouchButton {
                Layout.fillWidth: true
                primary: root.filtersOpen
                text: Agenda.events.filtered ? qsTr("Filtres (actifs)") : qsTr("Filtres et recherche")
                onClicked: root.filtersOpen = !root.filtersOpen
            }
            TouchButton {
                visible: Agenda.events.filtered
                text: qsTr("Tout voir")
                onClicked: Agenda.events.clearFilters()
            }
        }
        StaffImportButton {
            Layout.fillWidth: true
            visible: App.staff && root.wide
        }
    }

    // Narrow screens: the filter sheet over the lower part of the list.
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Math.min(parent.height * 0.7, sheet.implicitHeight + 2 * Theme.margin)
        visible: root.subPage === "" && !root.wide && root.filtersOpen
        color: Theme.surface
        border.color: Theme.divider
        QQC2.ScrollView {
            id: sheetScroll
            anchors { fill: parent; margins: Theme.margin }
            contentWidth: availableWidth
            ColumnLayout {
                id: sheet
                width: sheetScroll.availableWidth
                AgendaFilters {
                    Layout.fillWidth: true
                    model: Agenda.events
                }
                TouchButton {
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Voir %n événement(s)", "", Agenda.events.count)
                    onClicked: root.filtersOpen = false
                }
            }
        }
    }

    Loader {
        anchors.fill: parent
        active: root.subPage !== ""
        sourceComponent: {
            switch (root.subPage) {
            case "evenement": return eventPage;
            case "inscription": return registrationPage;
            case "confirmation": return confirmationPage;
            case "inscrits": return registrationsPage;
            }
            return null;
        }
    }
    Component {
        id: eventPage
        EventPage {
            onBack: root.subPage = ""
            onRegisterRequested: root.subPage = "inscription"
            onRegistrationsRequested: root.subPage = "inscrits"
        }
    }
    Component {
        id: registrationPage
        RegistrationPage {
            onBack: root.subPage = "evenement"
            onSent: root.subPage = "confirmation"
        }
    }
    Component {
        id: confirmationPage
        ConfirmationPage {
            onDone: {
                Agenda.form.clear(); // the next visitor finds an empty form
                root.subPage = "";
            }
        }
    }
    Component {
        id: registrationsPage
        RegistrationsPage {
            onBack: root.subPage = "evenement"
        }
    }
}
