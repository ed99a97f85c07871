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
    /// True when the tabs and the display switches do not fit side by side: the switches fold into one button.
    readonly property bool compact: width < root.pages.length * Theme.touchTarget * 2 + barSwitches.implicitWidth + Theme.touchTarget
    property bool displayMenuOpen: false
    onCompactChanged: displayMenuOpen = false

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
                Layout.minimumWidth: Theme.touchTarget
                text: root.labelOf(modelData)
                current: root.currentPage === modelData
                onClicked: root.pageRequested(modelData)
            }
        }
        // Hidden on a narrow screen, it still gives its width to `compact`.
        DisplaySwitches {
            id: barSwitches
            visible: !root.compact
            Layout.rightMargin: Theme.margin
        }
        // Narrow screens (phones): one button opens the display switches above the bar.
        AccessibilitySwitch {
            id: displayButton
            visible: root.compact
            Layout.rightMargin: Theme.spacing
            text: qsTr("Aa")
            accessibleName: qsTr("Affichage et langue")
            checked: root.displayMenuOpen
            onClicked: root.displayMenuOpen = !root.displayMenuOpen
        }
    }

    Rectangle {
        objectName: "displayMenu"
        visible: root.compact && root.displayMenuOpen
        anchors { right: parent.right; bottom: parent.top; margins: Theme.spacing }
        width: menuSwitches.implicitWidth + 2 * Theme.spacing
        height: menuSwitches.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
        TapHandler {} // a tap between the switches does not reach the page below
        DisplaySwitches {
            id: menuSwitches
            anchors.centerIn: parent
        }
    }
}
