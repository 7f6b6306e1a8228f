// SPDX-License-Identifier: GPL-3.0-or-later
// Freed heap memory is wiped before glibc takes it back, once switched on
// (process::startWipingFreedMemory). Defined in the executable, these free()
// and realloc() interpose on every shared library's calls (Qt, QML, SQLite,
// libstdc++'s operator delete, plugins loaded later), so journal text that
// any of them held does not outlive its use in freed chunks. Calls glibc
// makes to itself inside libc stay unwiped; they never see journal text.
//
// Under AddressSanitizer the sanitizer owns malloc: its own options fill
// freed memory instead (see __asan_default_options below).
#include "ProcessHardening.h"
#include "Sanitizers.h"

#include <malloc.h>

#include <atomic>
#include <cstring>

namespace {
std::atomic<bool> s_wiping { false };
}

#ifdef HARBOR_UNDER_ASAN

extern "C" const char *__asan_default_options()
{
    // Every freed byte filled; the environment's ASAN_OPTIONS still add to this.
    return "max_free_fill_size=2147483647:free_fill_byte=255";
}

#else

extern "C" {
void __libc_free(void *pointer);
void *__libc_malloc(std::size_t size);
void *__libc_realloc(void *pointer, std::size_t size);

void free(void *pointer)
{
    if (pointer && s_wiping.load(std::memory_order_relaxed)) {
        explicit_bzero(pointer, malloc_usable_size(pointer));
    }
    __libc_free(pointer);
}

void *realloc(void *pointer, std::size_t size)
{
    if (!pointer || !s_wiping.load(std::memory_order_relaxed)) {
        return __libc_realloc(pointer, size);
    }
    if (size == 0) {
        free(pointer);
        return nullptr;
    }
    const std::size_t old = malloc_usable_size(pointer);
    if (size <= old) {
        // Shrinking may hand the tail back to glibc: wipe it first.
        explicit_bzero(static_cast<char *>(pointer) + size, old - size);
        return __libc_realloc(pointer, size);
    }
    // Growing: never let glibc move the block and free the old copy unwiped.
    void *moved = __libc_malloc(size);
    if (!moved) {
        return nullptr;
    }
    std::memcpy(moved, pointer, old);
    free(pointer);
    return moved;
}
} // extern "C"

#endif

namespace harbor::process {

void startWipingFreedMemory()
{
    s_wiping.store(true);
}

bool allocatorWipesFreedMemory()
{
#ifdef HARBOR_UNDER_ASAN
    return true;
#else
    return s_wiping.load();
#endif
}

} // namespace harbor::process
