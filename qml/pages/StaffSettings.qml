// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Settings of this device: retention, kiosk idle delay, staff auto-lock, sections, language.
Flickable {
    id: root

    contentHeight: column.implicitHeight
    clip: true

    ColumnLayout {
        id: column
        width: Math.min(root.width, Theme.touchTarget * 14)
        spacing: Theme.margin * 1.5

        Stepper {
            Layout.fillWidth: true
            label: qsTr("Conservation des données des inscrits après l'événement")
            unit: qsTr("mois")
            value: Staff.retentionMonths
            from: 1
            to: 36
            onMoved: v => Staff.retentionMonths = v
        }
        Stepper {
            Layout.fillWidth: true
            label: qsTr("Borne : retour à l'accueil sans activité après")
            unit: qsTr("s")
            value: App.idle.idleTimeout
            from: 30
            to: 600
            step: 15
            onMoved: v => App.idle.idleTimeout = v
        }
        Stepper {
            Layout.fillWidth: true
            label: qsTr("Verrouillage automatique de l'espace équipe après")
            unit: qsTr("min")
            value: Staff.autoLockMinutes
            from: 1
            to: 30
            onMoved: v => Staff.autoLockMinutes = v
        }
        Text {
            text: qsTr("Rubriques proposées au public")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        Repeater {
            // The public sections: every top page but the staff area.
            model: App.topPages.filter(page => page !== App.staffPage)
            delegate: CheckRow {
                id: sectionRow
                required property string modelData
                Layout.fillWidth: true
                text: {
                    switch (sectionRow.modelData) {
                    case "carte": return qsTr("Carte des acteurs");
                    case "agenda": return qsTr("Agenda et inscriptions");
                    case "mobilite": return qsTr("Mobilité des jeunes");
                    }
                    return sectionRow.modelData;
                }
                checked: App.sections.indexOf(sectionRow.modelData) >= 0
                onToggled: on => {
                    const next = App.sections.filter(s => s !== sectionRow.modelData);
                    if (on)
                        next.push(sectionRow.modelData);
                    // Keep the usual order, and at least one section.
                    const ordered = App.topPages.filter(s => next.indexOf(s) >= 0);
                    if (ordered.length > 0)
                        App.sections = ordered;
                }
            }
        }
        RowLayout {
            spacing: Theme.margin
            Text {
                text: qsTr("Langue")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            LanguageSwitch {}
        }
        TouchButton {
            text: qsTr("Purger maintenant les inscriptions anciennes")
            onClicked: purged.text = qsTr("%n inscription(s) anonymisée(s).", "", Staff.purgeExpired())
        }
        Text {
            id: purged
            font.pixelSize: Theme.fontBody
            color: Theme.primaryDark
        }
    }
}
