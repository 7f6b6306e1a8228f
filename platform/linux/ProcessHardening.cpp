// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <malloc.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

namespace harbor::process {

namespace {

// glibc: free() fills freed chunks with 0xff (and malloc() fills new ones
// with 0x00); the per-thread cache is off because it skips the fill.
constexpr const char *kGlibcTunables = "glibc.malloc.perturb=255:glibc.malloc.tcache_count=0";
// AddressSanitizer replaces malloc: its own flags fill freed memory.
constexpr const char *kAsanOptions = "max_free_fill_size=2147483647:free_fill_byte=255";
// Set for the re-executed process only, then removed.
constexpr const char *kMarker = "HARBOR_ALLOCATOR_WIPES";

constexpr bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

bool s_wipes = false;

std::string appended(const char *variable, const char *settings)
{
    const char *current = std::getenv(variable);
    std::string value = current ? current : "";
    if (!value.empty()) {
        value += ':';
    }
    return value + settings;
}

} // namespace

void reexecWithWipingAllocator(char **argv)
{
    const char *variable = underAddressSanitizer() ? "ASAN_OPTIONS" : "GLIBC_TUNABLES";
    if (std::getenv(kMarker)) {
        // Second start: the allocator was set up from the environment at exec.
        // Children must not inherit either setting.
        const char *saved = std::getenv("HARBOR_SAVED_ALLOCATOR_SETTING");
        if (saved && *saved) {
            setenv(variable, saved + 1, 1); // '=' + the caller's own value
        } else {
            unsetenv(variable);
        }
        unsetenv("HARBOR_SAVED_ALLOCATOR_SETTING");
        unsetenv(kMarker);
        s_wipes = true;
        return;
    }
    const char *current = std::getenv(variable);
    // Keep what the caller had set, to give it back after the exec ("=" marks
    // "was set", so an empty value survives too).
    const std::string saved = current ? std::string("=") + current : std::string();
    const std::string value = appended(variable, underAddressSanitizer() ? kAsanOptions : kGlibcTunables);
    setenv(variable, value.c_str(), 1);
    setenv("HARBOR_SAVED_ALLOCATOR_SETTING", saved.c_str(), 1);
    setenv(kMarker, "1", 1);
    execv("/proc/self/exe", argv);
    // exec failed (no /proc): go on without; currentState() tells.
    if (current) {
        setenv(variable, current, 1);
    } else {
        unsetenv(variable);
    }
    unsetenv("HARBOR_SAVED_ALLOCATOR_SETTING");
    unsetenv(kMarker);
}

bool allocatorWipesFreedMemory()
{
    return s_wipes;
}

bool harden(QString *error)
{
    umask(077);
    const rlimit noCore { 0, 0 };
    const bool coreOff = setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    if (!coreOff || !notDumpable) {
        if (error) {
            *error = QStringLiteral("the system refused to %1: %2")
                         .arg(coreOff ? QStringLiteral("make the process undumpable")
                                      : QStringLiteral("turn off core files"),
                             QString::fromLocal8Bit(std::strerror(errno)));
        }
        return false;
    }
    return true;
}

void releaseFreedMemory()
{
    malloc_trim(0);
}

State currentState()
{
    State state;
    state.dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
    rlimit core {};
    if (getrlimit(RLIMIT_CORE, &core) == 0) {
        state.coreLimit = core.rlim_cur == RLIM_INFINITY ? -1 : static_cast<qint64>(core.rlim_cur);
    }
    const mode_t mask = umask(077);
    umask(mask);
    state.umask = mask;
    state.wipesFreedMemory = s_wipes;
    return state;
}

} // namespace harbor::process
