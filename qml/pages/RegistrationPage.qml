// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The registration form, made for a public touch screen: few fields, choices to tap, the message of a wrong
/// field right under it (what was typed stays), an unticked consent box saying why, how long and what rights,
/// the newsletter apart. On the kiosk, the shell's on-screen keyboard; elsewhere the system's.
Rectangle {
    id: root

    readonly property RegistrationForm form: Agenda.form
    readonly property bool wide: root.width > root.height
    /// Kiosk: the shell's on-screen keyboard (Main.qml) is up; the form lays itself out above it.
    // (Qt 6.8's qmllint knows Qt.inputMethod only as a QObject, not as the QInputMethod it is.)
    readonly property bool keyboardUp: App.kiosk && Qt.inputMethod.visible // qmllint disable missing-property
    /// Where the keyboard is, in this page's coordinates, clipped to the page (it may also cover the
    /// navigation bar below).
    readonly property rect keyboardArea: {
        const r = Qt.inputMethod.keyboardRectangle; // qmllint disable missing-property
        const topLeft = root.mapFromItem(null, r.x, r.y);
        return Qt.rect(topLeft.x, topLeft.y, r.width, Math.max(0, Math.min(r.height, root.height - topLeft.y)));
    }
    signal back()
    signal sent()

    /// Sends the form; the confirmation page follows when the registration (or an earlier one) holds.
    function send(): void {
        if (root.form.submit()) {
            root.sent();
            return;
        }
        // Show the first wrong field.
        for (const field of [firstName, lastName, email, structure, place]) {
            if (field.errorText.length > 0) {
                flick.reveal(field);
                return;
            }
        }
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
    }

    color: Theme.background
    Component.onCompleted: if (App.kiosk) firstName.input.forceActiveFocus()

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        anchors.bottomMargin: Theme.margin + (root.keyboardUp ? root.keyboardArea.height : 0)
        spacing: Theme.margin

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Inscription : %1").arg(Agenda.event.title)
            subtitle: root.keyboardUp ? "" : Agenda.event.day + ", " + Agenda.event.time + " · " + Agenda.event.places
        }

        Flickable {
            id: flick
            /// Scrolls so that @p item is in view (above the keyboard).
            function reveal(item: Item): void {
                const y = item.mapToItem(fields, 0, 0).y;
                if (y < flick.contentY || y + item.height > flick.contentY + flick.height)
                    flick.contentY = Math.max(0, Math.min(y - Theme.margin, flick.contentHeight - flick.height));
            }
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: fields.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            ColumnLayout {
                id: fields
                width: flick.width - Theme.margin
                spacing: Theme.margin

                GridLayout {
                    Layout.fillWidth: true
                    columns: root.wide ? 2 : 1
                    columnSpacing: Theme.margin * 2
                    rowSpacing: Theme.margin
                    FormField {
                        id: firstName
                        objectName: "firstName"
                        Layout.fillWidth: true
                        label: qsTr("Prénom")
                        text: root.form.firstName
                        errorText: root.form.errors.firstName ?? ""
                        maximumLength: 60
                        onEdited: text => root.form.firstName = text
                        onFieldLeft: root.form.checkField("firstName")
                        input.onActiveFocusChanged: if (input.activeFocus) flick.reveal(firstName)
                    }
                    FormField {
                        id: lastName
                        objectName: "lastName"
                        Layout.fillWidth: true
                        label: qsTr("Nom")
                        text: root.form.lastName
                        errorText: root.form.errors.lastName ?? ""
                        maximumLength: 60
                        onEdited: text => root.form.lastName = text
                        onFieldLeft: root.form.checkField("lastName")
                        input.onActiveFocusChanged: if (input.activeFocus) flick.reveal(lastName)
                    }
                    FormField {
                        id: email
                        objectName: "email"
                        Layout.fillWidth: true
                        label: qsTr("Adresse e-mail")
                        hint: qsTr("prenom.nom@exemple.fr")
                        text: root.form.email
                        errorText: root.form.errors.email ?? ""
                        maximumLength: 254
                        extraHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                        onEdited: text => root.form.email = text
                        onFieldLeft: root.form.checkField("email")
                        input.onActiveFocusChanged: if (input.activeFocus) flick.reveal(email)
                    }
                    FormField {
                        id: place
                        objectName: "place"
                        Layout.fillWidth: true
                        label: qsTr("Code postal ou commune (facultatif)")
                        hint: qsTr("ex. 80000 ou Amiens")
                        text: root.form.place
                        errorText: root.form.errors.place ?? ""
                        maximumLength: 60
                        onEdited: text => root.form.place = text
                        onFieldLeft: root.form.checkField("place")
                        input.onActiveFocusChanged: if (input.activeFocus) flick.reveal(place)
                    }
                }
                FormField {
                    id: structure
                    objectName: "structure"
                    Layout.fillWidth: true
                    label: qsTr("Structure (facultatif) : association, collectivité, école…")
                    text: root.form.structure
                    errorText: root.form.errors.structure ?? ""
                    onEdited: text => {
                        root.form.structure = text;
                        Agenda.structures.text = text;
                    }
                    onFieldLeft: root.form.checkField("structure")
                    input.onActiveFocusChanged: if (input.activeFocus) flick.reveal(structure)
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: Agenda.structures.count > 0 && structure.input.activeFocus
                    Repeater {
                        model: Agenda.structures
                        delegate: TouchButton {
                            required property string name
                            text: name
                            onClicked: {
                                root.form.structure = name;
                                Agenda.structures.text = name;
                            }
                        }
                    }
                }
                Text {
                    text: qsTr("Vous venez…")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                ChoiceChips {
                    objectName: "actorType"
                    Layout.fillWidth: true
                    compact: !App.kiosk
                    choices: Agenda.actorTypes
                    noneLabel: qsTr("À titre personnel")
                    accessibleGroup: qsTr("Vous venez")
                    current: root.form.actorType
                    onChosen: code => root.form.actorType = code
                }
                Text {
                    text: qsTr("Votre âge")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                ChoiceChips {
                    objectName: "ageBracket"
                    Layout.fillWidth: true
                    choices: Agenda.ageBrackets
                    accessibleGroup: qsTr("Votre âge")
                    current: root.form.ageBracket
                    onChosen: code => root.form.ageBracket = code
                }
                Text {
                    Layout.fillWidth: true
                    visible: (root.form.errors.ageBracket ?? "").length > 0
                    text: "\u26A0 " + (root.form.errors.ageBracket ?? "")
                    font.pixelSize: Theme.fontBody
                    color: Theme.danger
                    wrapMode: Text.Wrap
                }
                CheckRow {
                    objectName: "parentAgreement"
                    Layout.fillWidth: true
                    visible: root.form.needsParent
                    text: qsTr("Moins de 15 ans : un de mes parents (ou la personne qui a l'autorité parentale) est d'accord pour cette inscription.")
                    checked: root.form.parentAgreement
                    errorText: root.form.errors.parentAgreement ?? ""
                    onToggled: checked => root.form.parentAgreement = checked
                }
                CheckRow {
                    objectName: "consent"
                    Layout.fillWidth: true
                    text: Agenda.consentText
                    checked: root.form.consent
                    errorText: root.form.errors.consent ?? ""
                    onToggled: checked => root.form.consent = checked
                }
                CheckRow {
                    objectName: "newsletter"
                    Layout.fillWidth: true
                    text: Agenda.newsletterText
                    checked: root.form.newsletter
                    onToggled: checked => root.form.newsletter = checked
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: root.form.status === "refused" || root.form.status === "invalid"
            text: root.form.message
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.form.message
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !root.keyboardUp
            spacing: Theme.margin
            TouchButton {
                Layout.minimumWidth: Theme.touchTarget
                text: qsTr("\u2190 Retour")
                onClicked: root.back()
            }
            Item {
                Layout.fillWidth: true
                visible: root.wide
            }
            TouchButton {
                objectName: "send"
                Layout.fillWidth: !root.wide
                Layout.minimumWidth: Theme.touchTarget
                primary: true
                text: qsTr("Envoyer mon inscription")
                onClicked: root.send()
            }
        }
    }

    // Keyboard up: the same actions on either side of it, still in reach.
    TouchButton {
        x: Theme.margin
        y: root.keyboardArea.y + (root.keyboardArea.height - height) / 2
        width: root.keyboardArea.x - 2 * Theme.margin
        visible: root.keyboardUp && width >= Theme.touchTarget
        text: qsTr("\u2190 Retour")
        onClicked: root.back()
    }
    TouchButton {
        x: root.keyboardArea.x + root.keyboardArea.width + Theme.margin
        y: root.keyboardArea.y + (root.keyboardArea.height - height) / 2
        width: root.width - x - Theme.margin
        visible: root.keyboardUp && width >= Theme.touchTarget
        primary: true
        text: qsTr("Envoyer")
        Accessible.name: qsTr("Envoyer mon inscription")
        onClicked: root.send()
    }
}
