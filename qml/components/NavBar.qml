// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Ui

/// The bottom navigation bar: Carte, Agenda, Mobilité and, in staff mode, Équipe; the language switch.
Rectangle {
    id: root

    required property var pages
    required property string currentPage
    signal pageRequested(string name)
    /// The hidden gesture to the staff area: a 3-second press on the bar's left end.
    signal staffGesture

    function labelOf(name: string): string {
        switch (name) {
        case "carte": return qsTr("Carte");
        case "agenda": return qsTr("Agenda");
        case "mobilite": return qsTr("Mobilité");
        case "equipe": return qsTr("Équipe");
        }
        return name;
    }
    implicitHeight: Theme.navHeight
    color: Theme.surface
    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 1
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        Item {
            Layout.preferredWidth: Theme.touchTarget / 2
            Layout.fillHeight: true
            TapHandler {
                longPressThreshold: 3
                onLongPressed: root.staffGesture()
            }
        }
        Repeater {
            model: root.pages
            delegate: NavButton {
                required property string modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: root.labelOf(modelData)
                current: root.currentPage === modelData
                onClicked: root.pageRequested(modelData)
            }
        }
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
        LanguageSwitch {
            Layout.rightMargin: Theme.margin
        }
    }
}
