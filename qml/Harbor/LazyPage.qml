// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Creates its page the first time it becomes current, then keeps it, so
// start-up only builds the page that is shown.
Loader {
    id: loader

    required property int pageIndex
    required property int currentPage

    active: false
    onCurrentPageChanged: if (currentPage === pageIndex) active = true
    Component.onCompleted: if (currentPage === pageIndex) active = true
}
