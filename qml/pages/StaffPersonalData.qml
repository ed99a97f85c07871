// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// A person's rights over their data: show everything stored, export it (JSON), erase it.
Item {
    id: root

    property string shown
    property string status
    property bool confirmErase: false

    // People's data only behind the PIN, even on a staff tablet whose area opens without it: the
    // C++ side refuses to show, export or erase while the area is locked.
    PinPad {
        anchors.centerIn: parent
        visible: !Staff.unlocked
    }

    ColumnLayout {
        anchors.fill: parent
        visible: Staff.unlocked
        spacing: Theme.margin

        Text {
            Layout.fillWidth: true
            text: qsTr("Pour une personne qui le demande : tout ce qui est enregistré à son adresse e-mail, une copie en JSON, ou l'effacement définitif.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            FormField {
                id: email
                Layout.fillWidth: true
                label: qsTr("Adresse e-mail de la personne")
                extraHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                onTextChanged: {
                    root.shown = "";
                    root.confirmErase = false;
                }
            }
            TouchButton {
                Layout.alignment: Qt.AlignBottom
                primary: true
                enabled: email.text.trim().length > 0
                text: qsTr("Afficher")
                onClicked: {
                    root.shown = Staff.personalData(email.text);
                    root.status = "";
                }
            }
            TouchButton {
                Layout.alignment: Qt.AlignBottom
                enabled: root.shown.length > 0
                text: qsTr("Exporter (JSON)")
                onClicked: {
                    const path = App.exportFolder() + "/donnees-personnelles.json";
                    const error = Staff.exportPersonalData(email.text, path);
                    root.status = error.length > 0 ? error : qsTr("Copie enregistrée : %1").arg(path);
                }
            }
            TouchButton {
                Layout.alignment: Qt.AlignBottom
                enabled: root.shown.length > 0
                text: root.confirmErase ? qsTr("Confirmer l'effacement") : qsTr("Effacer")
                onClicked: {
                    if (!root.confirmErase) {
                        root.confirmErase = true;
                        return;
                    }
                    const n = Staff.erasePersonalData(email.text);
                    root.status = n < 0 ? qsTr("L'espace équipe est verrouillé : saisissez le code.")
                                        : Staff.erasureReport;
                    root.shown = Staff.personalData(email.text);
                    root.confirmErase = false;
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.status.length > 0
            text: root.status
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.primaryDark
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            Flickable {
                anchors { fill: parent; margins: Theme.margin }
                contentHeight: json.implicitHeight
                clip: true
                Text {
                    id: json
                    width: parent.width
                    text: root.shown
                    wrapMode: Text.WrapAnywhere
                    font.family: "DejaVu Sans Mono"
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
        }
    }
}
