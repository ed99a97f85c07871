// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/// A Loader of a Lianes.Ui type by its name, not by a file path: the type (its QML, its imports)
/// loads when the loader first becomes active, not with the file that holds the loader (as an inline
/// `Component { TheType {} }` would). Like `source`, the type loads in the background when
/// `asynchronous` is set, at once otherwise.
Loader {
    id: loader

    /// The Lianes.Ui type to make, e.g. "FilterPanel".
    required property string typeName

    function makeComponent(): void {
        if (loader.active && loader.sourceComponent === null && loader.typeName.length > 0)
            loader.sourceComponent = Qt.createComponent("Lianes.Ui", loader.typeName,
                                                        loader.asynchronous ? Component.Asynchronous : Component.PreferSynchronous,
                                                        loader);
    }
    Component.onCompleted: loader.makeComponent()
    onActiveChanged: loader.makeComponent()
}
