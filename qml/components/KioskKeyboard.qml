// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

/// The on-screen keyboard of the kiosk (Qt Virtual Keyboard, set as input method by main() in kiosk mode):
/// French AZERTY, no word suggestions, nothing learnt from one visitor to the next.
InputPanel {
    id: root

    visible: root.active
    Component.onCompleted: {
        VirtualKeyboardSettings.locale = "fr_FR";
        VirtualKeyboardSettings.activeLocales = ["fr_FR"];
        // qmllint disable unresolved-type
        // (Qt 6.8's Qt Virtual Keyboard does not declare the type of wordCandidateList to qmllint.)
        VirtualKeyboardSettings.wordCandidateList.enabled = false;
        // qmllint enable unresolved-type
    }
}
