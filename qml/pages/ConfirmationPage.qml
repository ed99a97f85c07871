// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// After the form: the place confirmed or the position on the waiting list, and a QR code holding the event
/// as an iCalendar VEVENT, so the visitor's phone adds it to its calendar with no network.
Rectangle {
    id: root

    readonly property RegistrationForm form: Agenda.form
    readonly property bool wide: root.width > root.height
    signal done()

    color: Theme.background

    // Kiosk: the next visitor must not find this one's confirmation: back to the start after 30 s.
    Timer {
        running: App.kiosk && root.visible
        interval: 30000
        onTriggered: App.resetVisitorSession()
    }

    QQC2.ScrollView {
        id: scroll
        anchors { fill: parent; margins: Theme.margin * 2 }
        contentWidth: availableWidth

        // Wide: what happened and the event on the left, the QR code on the right. Narrow: one column, the
        // QR code right under the outcome.
        GridLayout {
            width: scroll.availableWidth
            height: Math.max(implicitHeight, scroll.availableHeight)
            columns: root.wide ? 2 : 1
            columnSpacing: Theme.margin * 3
            rowSpacing: Theme.margin

            ColumnLayout {
                Layout.row: 0
                Layout.column: 0
                Layout.fillWidth: true
                Layout.alignment: root.wide ? Qt.AlignBottom : Qt.AlignTop
                spacing: Theme.margin
                Text {
                    Layout.fillWidth: true
                    text: root.form.status === "waiting" ? qsTr("Vous êtes sur la liste d'attente")
                        : root.form.status === "already" ? qsTr("Vous étiez déjà inscrit·e")
                        : qsTr("C'est confirmé !")
                    font.pixelSize: Theme.fontDisplay
                    font.bold: true
                    color: root.form.status === "waiting" ? Theme.warning : Theme.primaryDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Rectangle {
                    visible: root.form.status === "waiting" && root.form.waitingPosition > 0
                    implicitWidth: position.implicitWidth + 2 * Theme.margin
                    implicitHeight: position.implicitHeight + Theme.margin
                    radius: Theme.radius
                    color: Theme.warning
                    Text {
                        id: position
                        anchors.centerIn: parent
                        text: qsTr("Position %1").arg(root.form.waitingPosition)
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.textOnPrimary
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: root.form.message
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }

            ColumnLayout {
                Layout.row: root.wide ? 0 : 1
                Layout.column: root.wide ? 1 : 0
                Layout.rowSpan: root.wide ? 2 : 1
                Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
                spacing: Theme.margin
                QrCodeImage {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.round(Math.min(root.width, root.height) * (root.wide ? 0.55 : 0.62))
                    Layout.preferredHeight: Layout.preferredWidth
                    text: root.form.calendarText
                    visible: valid
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Code QR de l'événement, pour votre agenda")
                }
                Text {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.round(Math.min(root.width, root.height) * 0.62)
                    text: qsTr("Scannez ce code avec l'appareil photo de votre téléphone : l'événement s'ajoute à votre agenda, sans connexion.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
            }

            ColumnLayout {
                Layout.row: root.wide ? 1 : 2
                Layout.column: 0
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: summary.implicitHeight + 2 * Theme.margin
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.divider
                    ColumnLayout {
                        id: summary
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
                        Text {
                            Layout.fillWidth: true
                            text: Agenda.event.title
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: Agenda.event.day + ", " + Agenda.event.time + " · " + Agenda.event.place
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.form.demonstration
                    text: qsTr("Exemple de confirmation : rien n'a été enregistré.")
                    font.pixelSize: Theme.fontBody
                    font.italic: true
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                TouchButton {
                    Layout.topMargin: Theme.margin
                    Layout.fillWidth: !root.wide
                    Layout.preferredWidth: Theme.touchTarget * 3
                    primary: true
                    text: qsTr("Terminer")
                    onClicked: root.done()
                }
            }
        }
    }
}
