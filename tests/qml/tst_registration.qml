// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lianes.Core
import Lianes.Ui

/// The registration form as a visitor uses it: inline messages under the wrong fields, nothing typed lost,
/// consent unticked, the parent's agreement for under 15, then the confirmation with its QR code.
TestCase {
    id: testCase
    name: "Registration"
    when: windowShown

    Component {
        id: mainComponent
        Main {
            width: 1920
            height: 1080
        }
    }

    function findButton(item: Item, text: string): Item {
        if (item.text === text && item.clicked !== undefined && item.visible)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findButton(item.children[i], text);
            if (found)
                return found;
        }
        return null;
    }

    function openForm(): var {
        Agenda.form.clear();
        const main = createTemporaryObject(mainComponent, testCase);
        verify(main.showPage("inscription"));
        tryVerify(() => findChild(main.contentItem, "send") !== null, 5000, "the form is shown");
        return main;
    }

    function type(main: var, field: string, text: string): void {
        const input = findChild(main.contentItem, field).input;
        input.forceActiveFocus();
        tryVerify(() => input.activeFocus);
        wait(50);
        input.selectAll();
        for (const c of text)
            keyClick(c);
    }

    function leave(main: var): void {
        findChild(main.contentItem, "structure").input.forceActiveFocus(); // focus moves on
    }

    function send(main: var): void {
        mouseClick(findChild(main.contentItem, "send"));
    }

    function test_emptyFormSaysWhatIsMissing() {
        const main = openForm();
        send(main);
        compare(Agenda.form.status, "invalid");
        compare(findChild(main.contentItem, "firstName").errorText, "Indiquez votre prénom.");
        compare(findChild(main.contentItem, "lastName").errorText, "Indiquez votre nom.");
        compare(findChild(main.contentItem, "email").errorText, "Indiquez votre adresse e-mail.");
        verify(findChild(main.contentItem, "consent").errorText.indexOf("Cochez cette case") === 0);
        verify(Agenda.form.errors.ageBracket.length > 0);
        // Optional fields say nothing.
        compare(findChild(main.contentItem, "structure").errorText, "");
        compare(findChild(main.contentItem, "place").errorText, "");
    }

    function test_consentAndNewsletterStartUnticked() {
        const main = openForm();
        verify(!findChild(main.contentItem, "consent").checked);
        verify(!findChild(main.contentItem, "newsletter").checked);
        verify(findChild(main.contentItem, "consent").text.indexOf("12 mois") > 0, "retention said");
        verify(!findChild(main.contentItem, "parentAgreement").visible, "only for under 15");
    }

    function test_badEmailIsSaidWhenLeavingTheField() {
        const main = openForm();
        type(main, "email", "camille.exemple.fr");
        compare(Agenda.form.email, "camille.exemple.fr");
        leave(main);
        const email = findChild(main.contentItem, "email");
        verify(email.errorText.indexOf("Adresse e-mail invalide") === 0, email.errorText);
        compare(findChild(main.contentItem, "firstName").errorText, "", "only the field left is checked");
        type(main, "email", "camille@exemple.fr");
        leave(main);
        compare(email.errorText, "");
    }

    function test_tooLongIsSaid() {
        const main = openForm();
        type(main, "lastName", "N".repeat(61));
        leave(main);
        verify(findChild(main.contentItem, "lastName").errorText.indexOf("Trop long : 60 caractères au plus") === 0);
    }

    function test_nothingTypedIsLostAndUnder15NeedsAParent() {
        const main = openForm();
        type(main, "firstName", "Ines");
        type(main, "lastName", "Martin");
        type(main, "email", "ines.martin@exemple.fr");
        type(main, "place", "Laon");
        mouseClick(findButton(main.contentItem, "Moins de 15 ans"));
        compare(Agenda.form.ageBracket, "moins_15");
        const parent = findChild(main.contentItem, "parentAgreement");
        verify(parent.visible, "the parent's box appears");
        mouseClick(findChild(main.contentItem, "consent").button);
        send(main);
        compare(Agenda.form.status, "invalid");
        verify(parent.errorText.indexOf("l'accord d'un parent est obligatoire") > 0, parent.errorText);
        // Everything typed is still there.
        compare(findChild(main.contentItem, "firstName").text, "Ines");
        compare(findChild(main.contentItem, "lastName").text, "Martin");
        compare(findChild(main.contentItem, "email").text, "ines.martin@exemple.fr");
        compare(findChild(main.contentItem, "place").text, "Laon");
        verify(findChild(main.contentItem, "consent").checked);
        mouseClick(parent.button);
        send(main);
        compare(Agenda.form.status, "confirmed");
        tryVerify(() => findButton(main.contentItem, "Terminer") !== null, 5000, "the confirmation page");
        verify(Agenda.form.calendarText.indexOf("BEGIN:VEVENT") > 0);
        // Finishing wipes the form for the next visitor.
        mouseClick(findButton(main.contentItem, "Terminer"));
        compare(Agenda.form.firstName, "");
        compare(Agenda.form.email, "");
        verify(!Agenda.form.consent);
    }

    function test_secondAttemptSaysAlreadyRegistered() {
        for (let attempt = 0; attempt < 2; ++attempt) {
            const main = openForm();
            type(main, "firstName", "Paul");
            type(main, "lastName", "Durand");
            type(main, "email", attempt === 0 ? "paul.durand@exemple.fr" : "  PAUL.Durand@Exemple.fr ");
            mouseClick(findButton(main.contentItem, "31 ans et plus"));
            mouseClick(findChild(main.contentItem, "consent").button);
            send(main);
            compare(Agenda.form.status, attempt === 0 ? "confirmed" : "already");
            tryVerify(() => findButton(main.contentItem, "Terminer") !== null, 5000);
        }
        verify(Agenda.form.message.indexOf("déjà inscrit·e") > 0, Agenda.form.message);
    }
}
