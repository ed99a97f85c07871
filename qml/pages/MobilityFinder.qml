// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// "Trouver ma mobilité": one question per screen with big answers to tap, then the ranked programmes
/// with why they fit or not, line by line. On a kiosk the shortlist leaves as a QR code.
Item {
    id: root

    readonly property FinderController finder: Mobility.finder

    // Questions
    ColumnLayout {
        anchors.fill: parent
        visible: !root.finder.finished
        spacing: Theme.margin

        Text {
            Layout.fillWidth: true
            text: qsTr("Question %1 sur %2").arg(root.finder.step + 1).arg(root.finder.questionCount)
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Text {
            objectName: "finderQuestion"
            Layout.fillWidth: true
            text: root.finder.question
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            color: Theme.primaryDark
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            visible: root.finder.profileLabel.length > 0
            text: root.finder.profileLabel
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Item {
            // Kiosk: answers in the lower part of the screen, in reach.
            Layout.fillHeight: App.kiosk
            Layout.preferredHeight: App.kiosk ? -1 : 0
        }
        GridLayout {
            id: answers
            Layout.fillWidth: true
            readonly property bool many: root.finder.options.length > 8
            columns: many ? (App.mobile ? 5 : 8) : (App.mobile ? 1 : 3)
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Repeater {
                model: root.finder.options
                delegate: TouchButton {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.round(Theme.touchTarget * (answers.many ? 1.1 : 1.5))
                    text: modelData.label
                    onClicked: root.finder.answer(modelData.value)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TouchButton {
                visible: root.finder.step > 0
                text: qsTr("‹ Retour")
                onClicked: root.finder.back()
            }
            Item { Layout.fillWidth: true }
        }
        Item {
            Layout.fillHeight: !App.kiosk
        }
    }

    // Result
    ColumnLayout {
        anchors.fill: parent
        visible: root.finder.finished
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Pour toi : %1").arg(root.finder.profileLabel)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            TouchButton {
                text: qsTr("Recommencer")
                onClicked: root.finder.restart()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            ListView {
                id: results
                objectName: "finderResults"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: root.finder.results
                section.property: "section"
                section.delegate: Text {
                    required property string section
                    width: ListView.view.width
                    topPadding: Theme.spacing
                    bottomPadding: Theme.spacing
                    text: section
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                delegate: Rectangle {
                    id: card
                    required property string programmeId
                    required property string name
                    required property string summary
                    required property var reasons
                    required property bool nearMiss
                    required property bool selected
                    width: ListView.view.width
                    implicitHeight: cardContent.implicitHeight + 2 * Theme.margin
                    radius: Theme.radius
                    color: card.nearMiss ? Theme.background : Theme.surface
                    border.color: card.selected ? Theme.primary : Theme.divider
                    border.width: card.selected ? Math.round(3 * Theme.scale) : 1
                    Accessible.role: Accessible.ListItem
                    Accessible.name: card.name
                    ColumnLayout {
                        id: cardContent
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
                        spacing: Math.round(Theme.spacing / 2)
                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                Layout.fillWidth: true
                                text: card.name
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                color: Theme.primaryDark
                                wrapMode: Text.Wrap
                            }
                            TouchButton {
                                objectName: "keep-" + card.programmeId
                                text: card.selected ? qsTr("✓ Gardé") : qsTr("Garder")
                                primary: card.selected
                                Accessible.name: card.selected ? qsTr("Retirer %1 de ma sélection").arg(card.name) : qsTr("Garder %1 dans ma sélection").arg(card.name)
                                onClicked: root.finder.results.toggleSelected(card.programmeId)
                            }
                        }
                        Repeater {
                            model: card.reasons
                            delegate: Text {
                                required property var modelData
                                Layout.fillWidth: true
                                text: modelData.line
                                font.pixelSize: Theme.fontBody
                                font.italic: modelData.status === "unknown"
                                color: modelData.status === "pass" ? Theme.primaryDark : modelData.status === "fail" ? Theme.danger : Theme.warning
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }

            // The shortlist leaves on the visitor's phone: nothing typed, nothing kept.
            ColumnLayout {
                id: shortlist
                readonly property int side: Math.round(300 * Theme.scale)
                Layout.preferredWidth: side
                Layout.maximumWidth: side
                Layout.fillWidth: false
                Layout.alignment: Qt.AlignBottom
                visible: !App.mobile
                spacing: Theme.spacing
                Text {
                    Layout.preferredWidth: shortlist.side
                    text: root.finder.results.selectedCount > 0 ? qsTr("Scanne pour emporter ta sélection (%n lien(s))", "", root.finder.results.selectedCount)
                                                                 : qsTr("Touche « Garder » sur les programmes qui t'intéressent : leurs liens s'affichent ici en QR code.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                QrCodeImage {
                    objectName: "shortlistQr"
                    Layout.preferredWidth: Math.round(280 * Theme.scale)
                    Layout.preferredHeight: Layout.preferredWidth
                    visible: valid
                    text: root.finder.results.shortlistText
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code des liens de ta sélection")
                }
            }
        }
    }
}
