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
            model: [
                { name: "carte", label: qsTr("Carte des acteurs") },
                { name: "agenda", label: qsTr("Agenda et inscriptions") },
                { name: "mobilite", label: qsTr("Mobilité des jeunes") }
            ]
            delegate: CheckRow {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.label
                checked: App.sections.indexOf(modelData.name) >= 0
                onToggled: on => {
                    const next = App.sections.filter(s => s !== modelData.name);
                    if (on)
                        next.push(modelData.name);
                    // Keep the usual order, and at least one section.
                    const ordered = ["carte", "agenda", "mobilite"].filter(s => next.indexOf(s) >= 0);
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
