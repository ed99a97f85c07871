// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// What the shell shows under the kiosk's attract screen: the pages, the navigation bar at the
/// bottom (in reach from a wheelchair on a kiosk, under the thumb on a phone) and the staff PIN pad.
/// Main makes it at once on tablets and phones; on a kiosk, once the attract screen's first frame
/// is up, so that screen does not wait for these types and items.
Item {
    id: body
    objectName: "shellBody"
    anchors.fill: parent

    /// The window: its page, its pages, its kiosk state.
    required property Main shell

    /// Loads a page the first time it is shown and keeps it (its state survives navigation).
    /// Under the kiosk's attract screen, which hides it, a page is made in the background between
    /// frames; shown, it completes at once.
    component PageLoader: Loader {
        id: pageLoader
        /// The page's id, one of App.topPages.
        required property string modelData
        readonly property string name: pageLoader.modelData
        /// A page made from its Lianes.Ui type by name rather than written inline: the shell's own
        /// types do not wait for it (the map's own types, Qt Location's plugins, load after the
        /// shell's). Under the attract screen, it loads in the background too. The ids are the
        /// user-facing French ones (`--page carte`), the types English.
        readonly property string typeName: ({ carte: "MapPage", agenda: "AgendaPage", mobilite: "MobilityPage",
                                              equipe: "StaffPage" })[pageLoader.name] ?? ""
        readonly property bool current: body.shell.currentPage === name
        // Laid out at the stack's size even while hidden: a page made in the background is ready
        // to show at its final size.
        width: stack.width
        height: stack.height
        visible: pageLoader.current
        // A page this device does not offer (a section hidden on a kiosk, the staff area when
        // locked) is not made.
        enabled: body.shell.pages.indexOf(pageLoader.name) >= 0
        property bool visited: false
        // Under the attract screen: made in the background, once the screen's first frame is up.
        active: enabled && (visited || current) && (!body.shell.attract || body.shell.firstFrameShown)
        asynchronous: body.shell.attract
        onCurrentChanged: if (current) visited = true
        function makeComponent(mode: int): void {
            pageLoader.sourceComponent = Qt.createComponent("Lianes.Ui", pageLoader.typeName, mode, pageLoader);
        }
        function makeComponentWhenActive(): void {
            // The attract screen's state, not `asynchronous`: while the attract screen goes,
            // `active` may change before `asynchronous` does, and a page made for each would leave
            // one behind.
            if (pageLoader.active && pageLoader.typeName.length > 0 && pageLoader.sourceComponent === null)
                makeComponent(body.shell.attract ? Component.Asynchronous : Component.PreferSynchronous);
        }
        Component.onCompleted: makeComponentWhenActive()
        onActiveChanged: makeComponentWhenActive()
        // Shown before its types have loaded in the background: now, at once.
        onAsynchronousChanged: {
            if (!asynchronous && sourceComponent !== null && sourceComponent.status === Component.Loading)
                makeComponent(Component.PreferSynchronous);
        }
    }

    // The visitor forgotten: every page is destroyed (forms, search fields, lists, their navigation
    // history) and made anew when next shown.
    Connections {
        target: body.shell
        function onVisitorForgotten(): void {
            for (let i = 0; i < pageRepeater.count; ++i) {
                const page = pageRepeater.itemAt(i) as PageLoader;
                if (page)
                    page.visited = false;
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusBanner {
            Layout.fillWidth: true
            text: App.storageMessage
        }

        // The pages, one over the other, the current one shown. Not a StackLayout: it moves its
        // currentIndex itself when the Repeater adds a page before the current one (a page made
        // in the background behind the attract screen), which undid the binding to the shell's.
        Item {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true

            // One page for each of the app's top pages, in their order.
            Repeater {
                id: pageRepeater
                model: App.topPages
                delegate: PageLoader {}
                // The shell's list of them, once they are all made (possibly in the background).
                onItemAdded: {
                    const loaders = [];
                    for (let i = 0; i < pageRepeater.count; ++i) {
                        const page = pageRepeater.itemAt(i) as PageLoader;
                        if (page === null)
                            return;
                        loaders.push(page);
                    }
                    body.shell.pageLoaders = loaders;
                }
            }
        }

        NavBar {
            Layout.fillWidth: true
            pages: body.shell.pages
            currentPage: body.shell.currentPage
            onPageRequested: name => body.shell.showPage(name)
            onStaffGesture: if (App.kiosk) body.shell.staffLogin = true
        }
    }

    // Kiosk: the PIN pad opened by the hidden gesture, above the pages.
    Rectangle {
        anchors.fill: parent
        visible: body.shell.staffLogin
        color: Theme.scrim
        TapHandler {} // keeps taps from reaching the page below
        // Made when shown, gone when hidden (idle reset included): no digit typed survives it.
        Loader {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.margin * 2
            active: body.shell.staffLogin
            sourceComponent: PinPad {
                onUnlocked: {
                    body.shell.staffLogin = false;
                    body.shell.currentPage = App.staffPage;
                }
                onCancelled: body.shell.staffLogin = false
            }
        }
    }
}
