// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace harbor::process {

// What the operating system is asked before anything private is touched
// (SECURITY.md, "The process"). One implementation per OS, chosen in
// platform/CMakeLists.txt:
// - Linux (linux/ProcessHardening.cpp): everything below.
// - Android, iOS: the OS already keeps other apps out of the process, writes
//   no core files for release builds and gives each app a private data
//   folder; FLAG_SECURE / the app-switcher snapshot are the platform's part.
// - Windows, macOS: no equivalent of "not dumpable" for a user's own
//   processes; core dumps are off by default (WER / ReportCrash keep no
//   memory image without opt-in). Not implemented yet.

// From now on, memory any library frees is wiped before the allocator takes
// it back, so journal text (or a passphrase being typed) that Harbor, Qt,
// QML or SQLite held does not outlive its use in freed heap chunks
// (linux/WipingFree.cpp; under AddressSanitizer its own fill options). Call
// first in main(), before anything private exists.
void startWipingFreedMemory();
// True when this process's allocator wipes freed memory.
[[nodiscard]] bool allocatorWipesFreedMemory();

// Not dumpable (no ptrace by other processes of the user, no core through
// the kernel's core_pattern), no core files, files created 0600 and folders
// 0700. Returns false with a reason when the system refused.
bool harden(QString *error);

// Gives freed heap pages back to the system (after lock).
void releaseFreedMemory();

struct State
{
    bool dumpable = true;
    qint64 coreLimit = -1; // bytes; -1 unlimited
    unsigned umask = 0;
    bool wipesFreedMemory = false;
};
[[nodiscard]] State currentState();

} // namespace harbor::process
