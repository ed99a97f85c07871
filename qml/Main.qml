// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core

/// The app shell: one window, the pages, and the navigation bar at the bottom (in reach from a
/// wheelchair on a kiosk, under the thumb on a phone).
QQC2.ApplicationWindow {
    id: root

    /// Page shown: "carte", "agenda", "mobilite" or (staff mode) "equipe".
    property string currentPage: "carte"
    /// Pages this mode offers, in navigation order.
    readonly property var pages: App.staff ? ["carte", "agenda", "mobilite", "equipe"] : ["carte", "agenda", "mobilite"]
    readonly property bool portrait: height > width
    /// Set once the current page has loaded and drawn its data (screenshots wait for it).
    readonly property bool pageReady: stack.currentItem !== null && (stack.currentItem as Loader).status === Loader.Ready

    /// Sub-pages reachable by name (--page, deep links): sub-page → its top-level page. The page
    /// item shows it through its own `showSubPage(name): bool`.
    readonly property var subPageParents: ({
            "monde": "carte"
        })

    /// Shows a top-level page or a sub-page by name; false when this mode has no such page.
    function showPage(name: string): bool {
        if (root.pages.indexOf(name) >= 0) {
            root.currentPage = name;
            return true;
        }
        const parentPage = root.subPageParents[name];
        if (parentPage === undefined || root.pages.indexOf(parentPage) < 0)
            return false;
        root.currentPage = parentPage;
        const loader = stack.children[["carte", "agenda", "mobilite", "equipe"].indexOf(parentPage)] as Loader;
        const page = loader.item as Item;
        return page !== null && typeof page["showSubPage"] === "function" && page["showSubPage"](name);
    }

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Lianes coopération")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    font.family: "DejaVu Sans"

    /// Loads a page the first time it is shown and keeps it (its state survives navigation).
    component PageLoader: Loader {
        required property string name
        readonly property bool current: root.currentPage === name
        property bool visited: false
        active: enabled && (visited || current)
        onCurrentChanged: if (current) visited = true
    }

    Binding {
        target: Theme
        property: "scale"
        // Phones: sizes in dp of a 412-dp-wide screen; kiosk and tablets: 1080p reference.
        value: App.mobile ? Math.max(1, Math.min(root.width, root.height) / 412) : Math.max(0.75, Math.min(root.width, root.height) / 1080)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusBanner {
            Layout.fillWidth: true
            text: App.storageMessage
        }

        StackLayout {
            id: stack
            readonly property Item currentItem: children[currentIndex] ?? null
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: Math.max(0, ["carte", "agenda", "mobilite", "equipe"].indexOf(root.currentPage))

            PageLoader {
                name: "carte"
                sourceComponent: CartePage {}
            }
            PageLoader {
                name: "agenda"
                sourceComponent: AgendaPage {}
            }
            PageLoader {
                name: "mobilite"
                sourceComponent: MobilitePage {}
            }
            PageLoader {
                name: "equipe"
                enabled: App.staff
                sourceComponent: EquipePage {}
            }
        }

        NavBar {
            Layout.fillWidth: true
            pages: root.pages
            currentPage: root.currentPage
            onPageRequested: name => root.showPage(name)
        }
    }
}
