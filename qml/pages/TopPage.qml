// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/// The base of the shell's top-level pages (App.topPages: MapPage, AgendaPage, MobilityPage,
/// StaffPage): what the shell asks of each, typed.
Item {
    /// Shows the sub-page of this name (--page, deep links: Main.subPageParents); false when this
    /// page has no such sub-page, or cannot show it now. Each page declares its own.
    function showSubPage(name: string): bool {
        return false;
    }
}
