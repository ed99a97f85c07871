// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The staff PIN pad: sets the PIN on first start (twice), unlocks afterwards; big keys, no keyboard.
Rectangle {
    id: root

    /// Set while choosing a new PIN: the first entry waits for its confirmation.
    property string firstEntry
    property string entry
    property string message
    readonly property bool choosing: !Staff.hasPin
    signal unlocked
    signal cancelled

    function press(key: string): void {
        if (root.entry.length < 12)
            root.entry += key;
    }
    function submit(): void {
        if (root.choosing && root.firstEntry.length === 0) {
            root.firstEntry = root.entry;
            root.entry = "";
            root.message = "";
            return;
        }
        const error = root.choosing ? Staff.setPin(root.firstEntry, root.entry) : Staff.unlock(root.entry);
        root.entry = "";
        root.firstEntry = "";
        root.message = error;
        if (error.length === 0)
            root.unlocked();
    }

    implicitWidth: column.implicitWidth + 4 * Theme.margin
    implicitHeight: column.implicitHeight + 4 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: Theme.margin

        Text {
            Layout.alignment: Qt.AlignHCenter
            text: root.choosing ? (root.firstEntry.length === 0 ? qsTr("Choisissez le code de l'équipe (6 à 12 chiffres)") : qsTr("Tapez le code une seconde fois"))
                                : qsTr("Code de l'équipe")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            Layout.minimumHeight: Theme.fontTitle * 1.4
            text: root.entry.length > 0 ? "●".repeat(root.entry.length) : " "
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            Accessible.name: qsTr("%n chiffre(s) saisi(s)", "", root.entry.length)
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "effacer", "0", "valider"]
                delegate: TouchButton {
                    required property string modelData
                    implicitWidth: Math.round(Theme.touchTarget * 1.4)
                    implicitHeight: Math.round(Theme.touchTarget * 1.2)
                    primary: modelData === "valider"
                    enabled: Staff.lockedSeconds === 0 && (modelData !== "valider" || root.entry.length >= 6)
                    text: modelData === "effacer" ? qsTr("Effacer") : modelData === "valider" ? qsTr("Valider") : modelData
                    onClicked: {
                        Staff.touch();
                        if (modelData === "effacer")
                            root.entry = root.entry.slice(0, -1);
                        else if (modelData === "valider")
                            root.submit();
                        else
                            root.press(modelData);
                    }
                }
            }
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: Theme.touchTarget * 6
            visible: text.length > 0
            text: Staff.lockedSeconds > 0 ? qsTr("Trop d'essais : réessayez dans %n seconde(s).", "", Staff.lockedSeconds) : root.message
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontBody
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
        }
        TouchButton {
            Layout.alignment: Qt.AlignHCenter
            visible: App.kiosk
            text: qsTr("Retour")
            onClicked: {
                root.entry = "";
                root.firstEntry = "";
                root.message = "";
                root.cancelled();
            }
        }
    }
}
