// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Lianes.Ui

/// Large text, high contrast and the language: the display choices every page offers.
Row {
    spacing: 0
    AccessibilitySwitch {
        text: qsTr("A+")
        accessibleName: qsTr("Texte agrandi")
        checked: Theme.largeText
        onClicked: Theme.largeText = !Theme.largeText
    }
    AccessibilitySwitch {
        text: qsTr("Contraste")
        accessibleName: qsTr("Contraste élevé")
        checked: Theme.highContrast
        onClicked: Theme.highContrast = !Theme.highContrast
    }
    LanguageSwitch {}
}
