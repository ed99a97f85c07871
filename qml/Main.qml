// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Lianes.Core

/// The app shell: one window, its pages and navigation (ShellBody), and on a kiosk the attract
/// screen over them.
Window {
    id: root

    /// Page shown: one of App.topPages ("carte", "agenda", "mobilite", or "equipe", the staff
    /// area: staff mode, or an unlocked kiosk).
    property string currentPage: root.pages[0]
    /// Pages this device offers, in navigation order: the enabled sections, and the staff area.
    readonly property var pages: App.staff || (App.kiosk && Staff.unlocked) ? App.sections.concat([App.staffPage]) : App.sections
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
    /// Kiosk: the PIN pad opened by the hidden gesture (over the pages: the attract screen goes).
    property bool staffLogin: false
    onStaffLoginChanged: if (root.staffLogin) root.attract = false
    readonly property bool portrait: height > width
    /// Set once the current page has loaded and drawn its data (screenshots wait for it).
    /// What the screen shows is drawn with its data: the attract screen (kiosk, idle), or the current page.
    readonly property bool pageReady: root.attract || root.pageLoaded
    /// The current page is made (under the attract screen, possibly in the background).
    readonly property bool pageLoaded: root.pageLoaders.length > root.pageIndex && root.pageLoaders[root.pageIndex].status === Loader.Ready
    /// Index of the current page in the pages' stack (one page for each of App.topPages).
    readonly property int pageIndex: Math.max(0, App.topPages.indexOf(root.currentPage))
    /// The pages' loaders, in the stack's order, once the body is made (set by ShellBody).
    property list<Loader> pageLoaders
    /// The visitor is forgotten: the body lets go of every page.
    signal visitorForgotten

    /// Sub-pages reachable by name (--page, deep links): sub-page → its top-level page. The page
    /// (a TopPage) shows it through its own `showSubPage(name): bool`.
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
        const page = root.pageLoaders[root.pageIndex]?.item as TopPage;
        return page !== null && page !== undefined && page.showSubPage(name);
    }

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Lianes coopération")
    color: Theme.background

    /// Forgets the visitor: every page is destroyed (forms, search fields, lists, their navigation
    /// history) and made anew when next shown; the keyboard closes; the attract screen returns.
    function forgetVisitor(): void {
        // qmllint disable missing-property
        // (Qt 6.8's qmllint knows Qt.inputMethod only as a QObject, not as the QInputMethod it is.)
        Qt.inputMethod.reset();
        Qt.inputMethod.hide();
        // qmllint enable missing-property
        root.keyboardWanted = false;
        root.staffLogin = false;
        root.visitorForgotten();
        root.currentPage = root.pages[0];
        root.attract = App.kiosk;
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
            if (!Staff.unlocked && App.kiosk && root.currentPage === App.staffPage)
                root.currentPage = root.pages[0];
        }
    }

    Binding {
        target: Theme
        property: "scale"
        value: Theme.scaleFor(root.width, root.height)
    }

    // The pages, the navigation bar and the PIN pad (ShellBody), made from its type by name: the
    // shell's own types do not include theirs. Behind the kiosk's attract screen, made in the
    // background once the screen's first frame is up; wanted before that is done (a tap, a deep
    // link), completed at once.
    Item {
        id: bodyHolder
        anchors.fill: parent
    }
    /// The body, once made.
    property Item body: null
    property Component bodyComponent: null
    property var bodyIncubator: null
    function makeBody(): void {
        const now = !root.attract;
        if (root.body !== null || (!now && !root.firstFrameShown))
            return;
        // Its types: loaded in the background under the attract screen, at once otherwise (the type
        // loader completes a background load then).
        if (root.bodyComponent === null || (now && root.bodyComponent.status === Component.Loading)) {
            root.bodyComponent = Qt.createComponent("Lianes.Ui", "ShellBody", now ? Component.PreferSynchronous : Component.Asynchronous, bodyHolder);
            if (root.bodyComponent.status === Component.Loading)
                root.bodyComponent.statusChanged.connect(root.makeBody);
        }
        if (root.bodyComponent.status === Component.Loading)
            return;
        if (root.bodyComponent.status !== Component.Ready) {
            console.error(root.bodyComponent.errorString());
            return;
        }
        // Then its items: between frames under the attract screen, at once otherwise.
        if (root.bodyIncubator === null) {
            const incubator = root.bodyComponent.incubateObject(bodyHolder, { "shell": root }, now ? Qt.Synchronous : Qt.Asynchronous);
            root.bodyIncubator = incubator;
            if (incubator.status !== Component.Ready)
                incubator.onStatusChanged = status => {
                    if (status === Component.Ready)
                        root.body = incubator.object as Item;
                };
            else
                root.body = incubator.object as Item;
        } else if (now) {
            root.bodyIncubator.forceCompletion();
        }
    }
    Component.onCompleted: root.makeBody()
    onAttractChanged: root.makeBody()
    onFirstFrameShownChanged: root.makeBody()

    // Kiosk: the attract screen, over the pages (tablets and phones have none).
    Loader {
        anchors.fill: parent
        active: App.kiosk
        sourceComponent: AttractScreen {
            visible: root.attract
            mapWanted: root.firstFrameShown
            onStarted: {
                root.attract = false;
                App.idle.activity();
            }
        }
    }
    // Kiosk: the one on-screen keyboard (Qt Virtual Keyboard allows one panel) for every text field:
    // search on the map and in the agenda, the registration form (which lays itself out above it,
    // from Qt.inputMethod.keyboardRectangle), staff fields. Made when a field first takes focus.
    property bool keyboardWanted: false
    onActiveFocusItemChanged: {
        // A text field: TextInput or TextEdit (the controls' TextField and TextArea are ones).
        if (App.kiosk && (root.activeFocusItem instanceof TextInput || root.activeFocusItem instanceof TextEdit))
            root.keyboardWanted = true;
    }
    TypeLoader {
        id: keyboard
        objectName: "shellKeyboard"
        z: 1
        anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width, Math.round(1200 * Theme.scale))
        active: App.kiosk && root.keyboardWanted
        typeName: "KioskKeyboard"
        // Made after the field took focus: ask for the panel again. (Qt 6.8's qmllint knows
        // Qt.inputMethod only as a QObject.)
        onLoaded: if (root.activeFocusItem) Qt.inputMethod.show() // qmllint disable missing-property
    }
    // Made when the countdown starts, like the PIN pad: nothing of it waits at start.
    TypeLoader {
        anchors.fill: parent
        active: App.idle.warning
        typeName: "IdleCountdown"
    }
}
