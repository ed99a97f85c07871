// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The meetings log (the report's annex): filters, totals like the report's, add and edit.
Item {
    id: root

    /// The meeting being edited: 0 for a new one, -1 when the form is closed.
    property int editing: -1
    property string formError
    readonly property MeetingListModel log: Staff.meetings

    function openForm(id: int): void {
        const m = id > 0 ? root.log.get(id) : ({});
        subject.text = m.subject ?? "";
        place.text = m.place ?? "";
        staff.text = m.staff ?? "";
        date.text = m.dateText ?? "";
        time.text = m.timeText ?? "";
        duration.text = m.durationText ?? "";
        participants.text = m.participantsText ?? "";
        notes.text = m.notes ?? "";
        online.checked = m.online ?? false;
        root.formError = "";
        root.editing = id;
    }
    function saveForm(): void {
        root.formError = root.log.save({
            id: root.editing,
            subject: subject.text,
            place: place.text,
            online: online.checked,
            staff: staff.text,
            dateText: date.text,
            timeText: time.text,
            durationText: duration.text,
            participantsText: participants.text,
            notes: notes.text
        });
        if (root.formError.length === 0)
            root.editing = -1;
    }

    Component.onCompleted: if (root.log.year === 0 && root.log.years.length > 0) root.log.year = root.log.years[0]

    RowLayout {
        anchors.fill: parent
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: [0].concat(root.log.years)
                    delegate: TouchButton {
                        required property int modelData
                        text: modelData === 0 ? qsTr("Toutes les années") : String(modelData)
                        primary: root.log.year === modelData
                        onClicked: root.log.year = modelData
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: [""].concat(root.log.staffNames)
                    delegate: TouchButton {
                        required property string modelData
                        text: modelData.length === 0 ? qsTr("Toute l'équipe") : modelData
                        primary: root.log.staff === modelData
                        onClicked: root.log.staff = modelData
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                FormField {
                    id: search
                    Layout.fillWidth: true
                    label: qsTr("Rechercher un sujet ou un lieu")
                    onTextChanged: root.log.text = text
                }
                TouchButton {
                    Layout.alignment: Qt.AlignBottom
                    primary: true
                    text: qsTr("Ajouter une réunion")
                    onClicked: root.openForm(0)
                }
            }
            Text {
                Layout.fillWidth: true
                text: root.log.totalsLabel
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primaryDark
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.log
                spacing: 2
                delegate: Rectangle {
                    id: row
                    required property int meetingId
                    required property string subject
                    required property string place
                    required property string staff
                    required property string dateLabel
                    required property string durationLabel
                    required property int participants
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.touchTarget, rowLayout.implicitHeight + Theme.spacing)
                    color: root.editing === row.meetingId ? Theme.primaryLight : Theme.surface
                    Accessible.role: Accessible.ListItem
                    Accessible.name: row.subject
                    TapHandler {
                        onTapped: root.openForm(row.meetingId)
                    }
                    RowLayout {
                        id: rowLayout
                        anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin }
                        spacing: Theme.margin
                        Text { Layout.preferredWidth: Theme.touchTarget * 3; text: row.dateLabel; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                        Text { Layout.fillWidth: true; text: row.subject; font.pixelSize: Theme.fontBody; color: Theme.text; elide: Text.ElideRight }
                        Text { Layout.preferredWidth: Theme.touchTarget * 2.2; text: row.place; font.pixelSize: Theme.fontSmall; color: Theme.textMuted; elide: Text.ElideRight }
                        Text { Layout.preferredWidth: Theme.touchTarget * 1.2; text: row.staff; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                        Text { Layout.preferredWidth: Theme.touchTarget; text: row.durationLabel; font.pixelSize: Theme.fontSmall; color: Theme.text; horizontalAlignment: Text.AlignRight }
                        Text { Layout.preferredWidth: Theme.touchTarget * 1.6; text: qsTr("%n pers.", "", row.participants); font.pixelSize: Theme.fontSmall; color: Theme.text; horizontalAlignment: Text.AlignRight }
                    }
                }
            }
        }

        // The add/edit form, beside the list.
        Rectangle {
            Layout.preferredWidth: Math.min(parent.width * 0.38, Theme.touchTarget * 9)
            Layout.fillHeight: true
            visible: root.editing >= 0
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            Flickable {
                anchors { fill: parent; margins: Theme.margin }
                contentHeight: form.implicitHeight
                clip: true
                ColumnLayout {
                    id: form
                    width: parent.width
                    spacing: Theme.spacing
                    Text {
                        text: root.editing > 0 ? qsTr("Modifier la réunion") : qsTr("Nouvelle réunion")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    FormField { id: subject; Layout.fillWidth: true; label: qsTr("Sujet") }
                    FormField { id: place; Layout.fillWidth: true; label: qsTr("Lieu (commune ou adresse)") }
                    CheckRow { id: online; Layout.fillWidth: true; text: qsTr("En ligne"); onToggled: c => checked = c }
                    FormField { id: staff; Layout.fillWidth: true; label: qsTr("Membre de l'équipe") }
                    RowLayout {
                        Layout.fillWidth: true
                        FormField { id: date; Layout.fillWidth: true; label: qsTr("Date"); hint: qsTr("JJ/MM/AAAA"); extraHints: Qt.ImhDate }
                        FormField { id: time; Layout.fillWidth: true; label: qsTr("Heure"); hint: qsTr("HH:MM"); extraHints: Qt.ImhTime }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        FormField { id: duration; Layout.fillWidth: true; label: qsTr("Durée (heures)"); extraHints: Qt.ImhFormattedNumbersOnly }
                        FormField { id: participants; Layout.fillWidth: true; label: qsTr("Participants"); extraHints: Qt.ImhDigitsOnly }
                    }
                    FormField { id: notes; Layout.fillWidth: true; label: qsTr("Notes"); maximumLength: 5000 }
                    Text {
                        Layout.fillWidth: true
                        visible: root.formError.length > 0
                        text: root.formError
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.danger
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TouchButton { primary: true; text: qsTr("Enregistrer"); onClicked: root.saveForm() }
                        TouchButton { text: qsTr("Annuler"); onClicked: root.editing = -1 }
                        TouchButton {
                            visible: root.editing > 0
                            text: qsTr("Supprimer")
                            onClicked: {
                                root.log.remove(root.editing);
                                root.editing = -1;
                            }
                        }
                    }
                }
            }
        }
    }
}
