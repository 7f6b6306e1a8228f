// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;

namespace harbor::ui {

// Qt 6.4 hands assistive technology the real text of a password input (its
// Text interface and its text-changed events) and never gives the input a
// name. Harbor's passphrase inputs (the QML type PassphraseInput) get their
// own accessible interface instead: named by their label, their text one
// bullet per character, and their text events masked the same way.
// Idempotent; the app and the QML tests call it through setUpEngine().
void installSecretInputAccessibility();

// Whether object is one of those inputs (its QML type is PassphraseInput).
[[nodiscard]] bool isSecretInput(const QObject *object);

} // namespace harbor::ui
