// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

namespace harbor::app {

// After the vault locked: the private views are already unloaded and the
// models empty; this finishes the job so no journal text stays in memory.
// Deletes what was scheduled for deletion, collects the JavaScript garbage,
// drops cached pixmaps and the windows' graphics resources, and hands freed
// heap pages back to the system. (Freed memory itself is wiped by the
// allocator: process::reexecWithWipingAllocator.)
void forgetAfterLock(QQmlEngine &engine);

} // namespace harbor::app
