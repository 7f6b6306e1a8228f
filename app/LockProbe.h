// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlApplicationEngine;

namespace harbor::vault {
class Vault;
}
namespace harbor::journalui {
class JournalController;
}

namespace harbor::app {

// `harbor --lock-probe --data-dir DIR` (tests only; refuses to run without
// --data-dir): creates a journal in DIR, writes a child, an entry that is
// kept and one that is erased, each carrying a random marker, shows the
// journal, locks it, and then searches the process's own memory for the
// markers (UTF-8 and UTF-16). Prints one line of JSON with the hits before
// and after lock and the process's hardening state. Exit 0 only when the
// markers were found before lock (the scan works) and nowhere after it.
[[nodiscard]] int runLockProbe(
    QQmlApplicationEngine &engine, vault::Vault &vault, journalui::JournalController &journal);

} // namespace harbor::app
