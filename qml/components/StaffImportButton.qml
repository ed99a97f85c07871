// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Staff: imports the network's agenda from an .ics or CSV file and shows the report (all or nothing).
ColumnLayout {
    id: root

    property var report: []

    spacing: Theme.spacing
    RowLayout {
        spacing: Theme.spacing
        TouchButton {
            enabled: !Agenda.importing
            text: qsTr("Importer un agenda (.ics ou CSV)…")
            onClicked: dialog.open()
        }
        // The file is read on a worker thread: the screen keeps turning meanwhile.
        BusyIndicator {
            visible: Agenda.importing
            running: Agenda.importing
            Accessible.name: qsTr("Import de l'agenda en cours")
        }
        Text {
            visible: Agenda.importing
            text: qsTr("Import en cours…")
            color: Theme.text
        }
    }
    Connections {
        target: Agenda
        function onAgendaImported(lines) {
            root.report = lines;
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.report.length > 0
        text: root.report.join("\n")
        font.pixelSize: Theme.fontSmall
        color: Theme.text
        wrapMode: Text.Wrap
        maximumLineCount: 8
        elide: Text.ElideRight
    }
    FileDialog {
        id: dialog
        title: qsTr("Agenda à importer")
        nameFilters: [qsTr("Agenda (*.ics *.csv)")]
        onAccepted: {
            root.report = [];
            Agenda.startImportAgenda(dialog.selectedFile);
        }
    }
}
