// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Harbor.Ui

// The main action of a form: an ActionButton with the accent fill.
ActionButton {
    primary: true
}
