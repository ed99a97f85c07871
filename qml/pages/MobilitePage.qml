// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// Mobilité: the youth mobility toolkit (Ready to Move, Coop Lab) for 16–30-year-olds.
Item {
    id: root

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.margin

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Partir à l'international")
            subtitle: qsTr("Volontariat, échanges, études, stages : les dispositifs pour les 16–30 ans et le parcours Coop Lab pour monter ton projet.")
        }

        Text {
            Layout.fillWidth: true
            text: qsTr("Les cinq étapes du Coop Lab")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }

        Repeater {
            model: [qsTr("L'idée et la motivation"), qsTr("Le partenaire à l'étranger et les partenaires d'ici"), qsTr("Le budget et le financement"), qsTr("Préparer le départ : santé, assurance, interculturel"), qsTr("Le retour : partager et transmettre")]
            delegate: RowLayout {
                id: step
                required property string modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.margin
                Rectangle {
                    Layout.preferredWidth: Theme.touchTarget * 0.8
                    Layout.preferredHeight: Theme.touchTarget * 0.8
                    radius: width / 2
                    color: Theme.primary
                    Text {
                        anchors.centerIn: parent
                        text: step.index + 1
                        color: Theme.textOnPrimary
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: step.modelData
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
