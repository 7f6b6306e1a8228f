// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The one rule for when private content is concealed (the open journal,
// reports, backups, the recovery key, children's nicknames and per-child
// progress). PrivateCover asks it; nothing else decides.
//
// Rule: private content is concealed in a window that has been active at
// least once and is not active now (app switcher, another app in front, a
// browser beside Harbor, a screenshot of the desktop). A window that was
// never active shows it: without a window manager (a kiosk, some phone
// shells) a window is never "active", it cannot sit in an app switcher
// beside other windows, and concealing there would make the journal
// unusable. The emergency bar, guides and resources are never concealed.
QtObject {
    id: privacy

    // The windows that have been active at least once.
    property var activatedWindows: []

    // Called by the main window and by each PrivateCover whenever a window's
    // active state may have changed.
    function noteWindow(win) {
        if (win && win.active && privacy.activatedWindows.indexOf(win) < 0)
            privacy.activatedWindows = privacy.activatedWindows.concat([win])
    }

    // Whether private content in the window `win`, active or not, is hidden.
    function concealedIn(win, active) {
        return !!win && !active && privacy.activatedWindows.indexOf(win) >= 0
    }
}
