// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core

/// The app shell: one window, the pages, and the navigation bar at the bottom (in reach from a
/// wheelchair on a kiosk, under the thumb on a phone).
Window {
    id: root

    /// Page shown: "carte", "agenda", "mobilite" or "equipe" (staff mode, or an unlocked kiosk).
    property string currentPage: root.pages[0]
    /// Pages this device offers, in navigation order: the enabled sections, and the staff area.
    readonly property var pages: App.staff || (App.kiosk && Staff.unlocked) ? App.sections.concat(["equipe"]) : App.sections
    /// Kiosk: the attract screen shows at start and after every idle reset.
    property bool attract: App.kiosk
    /// The first frame is on screen: what the attract screen hides is made after it.
    property bool firstFrameShown: false
    Connections {
        target: root
        enabled: !root.firstFrameShown
        function onFrameSwapped(): void {
            root.firstFrameShown = true;
        }
    }
    /// Kiosk: the PIN pad opened by the hidden gesture.
    property bool staffLogin: false
    readonly property bool portrait: height > width
    /// Set once the current page has loaded and drawn its data (screenshots wait for it).
    /// What the screen shows is drawn with its data: the attract screen (kiosk, idle), or the current page.
    readonly property bool pageReady: root.attract || root.pageLoaded
    /// The current page is made (under the attract screen, possibly in the background).
    readonly property bool pageLoaded: stack.currentItem !== null && (stack.currentItem as Loader).status === Loader.Ready

    /// Sub-pages reachable by name (--page, deep links): sub-page → its top-level page. The page
    /// item shows it through its own `showSubPage(name): bool`.
    readonly property var subPageParents: ({
            "catalogue": "mobilite",
            "trouver": "mobilite",
            "resultat": "mobilite",
            "projet": "mobilite",
            "aide": "mobilite",
            "reunions": "equipe",
            "donnees": "equipe",
            "reglages": "equipe",
            "import": "equipe",
            "observatoire": "equipe",
            "observatoire-acteurs": "equipe",
            "observatoire-projets": "equipe",
            "observatoire-reunions": "equipe",
            "observatoire-formations": "equipe",
            "evenement": "agenda",
            "inscription": "agenda",
            "confirmation": "agenda",
            "inscrits": "agenda",
            "monde": "carte",
            "recherche": "carte",
            "fiche": "carte"
        })

    /// Shows a top-level page or a sub-page by name; false when this mode has no such page.
    /// "accueil" is the kiosk's attract screen.
    function showPage(name: string): bool {
        if (name === "accueil") {
            root.attract = App.kiosk;
            return App.kiosk;
        }
        if (name === "code") { // the staff PIN pad, reached on a kiosk by the hidden gesture
            root.attract = false;
            root.staffLogin = App.kiosk;
            return App.kiosk;
        }
        root.attract = false;
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

    /// Forgets the visitor: every page is destroyed (forms, search fields, lists, their navigation
    /// history) and made anew when next shown; the keyboard closes; the attract screen returns.
    function forgetVisitor(): void {
        Qt.inputMethod.reset();
        Qt.inputMethod.hide();
        root.keyboardWanted = false;
        root.staffLogin = false;
        for (let i = 0; i < stack.children.length; ++i)
            (stack.children[i] as PageLoader).visited = false;
        root.currentPage = root.pages[0];
        root.attract = App.kiosk;
    }

    /// Loads a page the first time it is shown and keeps it (its state survives navigation).
    /// Under the kiosk's attract screen, which hides it, a page is made in the background between
    /// frames; shown, it completes at once.
    component PageLoader: Loader {
        id: pageLoader
        required property string name
        /// A page made from its Lianes.Ui type by name rather than written inline: the shell's own
        /// types do not wait for it. Under the attract screen, it loads in the background too.
        property string typeName
        readonly property bool current: root.currentPage === name
        property bool visited: false
        // Under the attract screen: made in the background, once the screen's first frame is up.
        active: enabled && (visited || current) && (!root.attract || root.firstFrameShown)
        asynchronous: root.attract
        onCurrentChanged: if (current) visited = true
        function makeComponent(mode: int): void {
            pageLoader.sourceComponent = Qt.createComponent("Lianes.Ui", pageLoader.typeName, mode, pageLoader);
        }
        function makeComponentWhenActive(): void {
            // root.attract, not `asynchronous`: while the attract screen goes, `active` may change
            // before `asynchronous` does, and a page made for each would leave one behind.
            if (pageLoader.active && pageLoader.typeName.length > 0 && pageLoader.sourceComponent === null)
                makeComponent(root.attract ? Component.Asynchronous : Component.PreferSynchronous);
        }
        Component.onCompleted: makeComponentWhenActive()
        onActiveChanged: makeComponentWhenActive()
        // Shown before its types have loaded in the background: now, at once.
        onAsynchronousChanged: {
            if (!asynchronous && sourceComponent !== null && sourceComponent.status === Component.Loading)
                makeComponent(Component.PreferSynchronous);
        }
    }

    onClosing: close => {
        // A public kiosk never closes: nothing leads out of the app to the system.
        if (App.kiosk)
            close.accepted = false;
    }
    onPagesChanged: if (root.pages.indexOf(root.currentPage) < 0) root.currentPage = root.pages[0]

    Connections {
        target: App
        function onVisitorSessionReset(): void {
            root.forgetVisitor();
        }
    }
    Connections {
        target: Staff
        function onStateChanged(): void {
            if (!Staff.unlocked && App.kiosk && root.currentPage === "equipe")
                root.currentPage = root.pages[0];
        }
    }

    Binding {
        target: Theme
        property: "scale"
        value: Theme.scaleFor(root.width, root.height)
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
                // By name: the map's own types (its QML, Qt Location's plugins) load after the
                // shell's; behind the kiosk's attract screen, in the background.
                typeName: "CartePage"
            }
            PageLoader {
                name: "agenda"
                source: "pages/AgendaPage.qml"
            }
            PageLoader {
                name: "mobilite"
                source: "pages/MobilitePage.qml"
            }
            PageLoader {
                name: "equipe"
                enabled: root.pages.indexOf("equipe") >= 0
                source: "pages/EquipePage.qml"
            }
        }

        Loader {
            Layout.fillWidth: true
            // Hidden by the kiosk's attract screen at start: made in the background, like the pages.
            active: !root.attract || root.firstFrameShown
            asynchronous: root.attract
            sourceComponent: NavBar {
                pages: root.pages
                currentPage: root.currentPage
                onPageRequested: name => root.showPage(name)
                onStaffGesture: if (App.kiosk) root.staffLogin = true
            }
        }
    }

    // Kiosk overlays, above the pages.
    AttractScreen {
        anchors.fill: parent
        visible: root.attract
        onStarted: {
            root.attract = false;
            App.idle.activity();
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: root.staffLogin
        color: "#cc1d2320"
        TapHandler {} // keeps taps from reaching the page below
        // Made when shown, gone when hidden (idle reset included): no digit typed survives it.
        Loader {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.margin * 2
            active: root.staffLogin
            sourceComponent: PinPad {
                onUnlocked: {
                    root.staffLogin = false;
                    root.currentPage = "equipe";
                }
                onCancelled: root.staffLogin = false
            }
        }
    }
    // Kiosk: the one on-screen keyboard (Qt Virtual Keyboard allows one panel) for every text field:
    // search on the map and in the agenda, the registration form (which lays itself out above it,
    // from Qt.inputMethod.keyboardRectangle), staff fields. Made when a field first takes focus.
    property bool keyboardWanted: false
    onActiveFocusItemChanged: {
        if (App.kiosk && root.activeFocusItem && root.activeFocusItem["cursorPosition"] !== undefined)
            root.keyboardWanted = true;
    }
    Loader {
        id: keyboard
        objectName: "shellKeyboard"
        z: 1
        anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width, Math.round(1200 * Theme.scale))
        active: App.kiosk && root.keyboardWanted
        source: "components/KioskKeyboard.qml"
        // Made after the field took focus: ask for the panel again.
        onLoaded: if (root.activeFocusItem) Qt.inputMethod.show()
    }
    // Made when the countdown starts, like the PIN pad: nothing of it waits at start.
    Loader {
        anchors.fill: parent
        active: App.idle.warning
        sourceComponent: IdleCountdown {}
    }
}
