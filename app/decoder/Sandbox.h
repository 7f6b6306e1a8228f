// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace harbor::decoder {

// Resource limits for the whole life of the helper: no core file, no file
// written (RLIMIT_FSIZE 0), a few seconds of CPU, a memory ceiling
// (RLIMIT_AS; not under AddressSanitizer), not dumpable.
void limitResources();

enum class Filter {
    Applied, // the seccomp filter is on
    Unavailable, // the kernel (or libseccomp) offers none: limits only
    Relaxed, // a sanitizer build: see Sandbox.cpp
};

// Turns the system-call filter on. Everything that opens files (Qt's image
// plugins, PDFium and its fonts) and the input must be loaded before: after
// this, opening a file fails and starting a process, a socket or a mapping
// of executable memory kills the helper.
[[nodiscard]] Filter enterSandbox();

} // namespace harbor::decoder
