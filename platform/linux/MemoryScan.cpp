// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryScan.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <random>

namespace harbor::process {

namespace {
constexpr std::size_t kChunk = 1 << 20;
constexpr unsigned long long kLargestScanned = 64ULL << 30;
} // namespace

struct MemoryScan::Arena
{
    char utf8[kMaxNeedles][kMaxNeedleBytes];
    char utf16[kMaxNeedles][2 * kMaxNeedleBytes];
    std::size_t length[kMaxNeedles];
    char buffer[kChunk + 2 * kMaxNeedleBytes];
};

MemoryScan::MemoryScan()
{
    void *memory = mmap(nullptr, sizeof(Arena), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory != MAP_FAILED) {
        m_arena = static_cast<Arena *>(memory);
    }
}

MemoryScan::~MemoryScan()
{
    if (m_arena) {
        munmap(m_arena, sizeof(Arena));
    }
}

const char *MemoryScan::makeNeedle(int index, const char *prefix, std::size_t length)
{
    const std::size_t prefixLength = std::strlen(prefix);
    if (!m_arena || index < 0 || index >= kMaxNeedles || prefixLength + length + 1 > kMaxNeedleBytes) {
        return nullptr;
    }
    std::random_device device;
    char *text = m_arena->utf8[index];
    std::memcpy(text, prefix, prefixLength);
    for (std::size_t i = 0; i < length; ++i) {
        text[prefixLength + i] = static_cast<char>('a' + device() % 26);
    }
    const std::size_t total = prefixLength + length;
    text[total] = '\0';
    for (std::size_t i = 0; i < total; ++i) {
        m_arena->utf16[index][2 * i] = text[i];
        m_arena->utf16[index][2 * i + 1] = '\0';
    }
    m_arena->length[index] = total;
    m_count = std::max(m_count, index + 1);
    return text;
}

MemoryScan::Hits MemoryScan::scan() const
{
    Hits hits;
    if (!m_arena) {
        return hits;
    }
    const auto arenaBegin = reinterpret_cast<unsigned long long>(m_arena);
    const unsigned long long arenaEnd = arenaBegin + sizeof(Arena);
    FILE *maps = std::fopen("/proc/self/maps", "re");
    const int mem = open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (!maps || mem < 0) {
        if (maps) {
            std::fclose(maps);
        }
        if (mem >= 0) {
            close(mem);
        }
        hits.regions = -1;
        return hits;
    }
    // Bytes kept from the end of one chunk so a needle across two is found.
    const std::size_t overlap = 2 * kMaxNeedleBytes;
    char line[512];
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long long begin = 0;
        unsigned long long end = 0;
        char perms[8] = {};
        unsigned long long offset = 0;
        char device[16] = {};
        unsigned long long inode = 0;
        char path[256] = {};
        const int fields = std::sscanf(
            line, "%llx-%llx %7s %llx %15s %llu %255s", &begin, &end, perms, &offset, device, &inode, path);
        if (fields < 6 || perms[0] != 'r') {
            continue;
        }
        const bool anonymous = inode == 0;
        const bool writable = perms[1] == 'w';
        if ((!writable && !anonymous) || end - begin > kLargestScanned || std::strcmp(path, "[vvar]") == 0
            || std::strcmp(path, "[vsyscall]") == 0) {
            continue;
        }
        ++hits.regions;
        std::size_t carried = 0;
        for (unsigned long long at = begin; at < end;) {
            // The arena itself is skipped (and so is anything inside it).
            if (at >= arenaBegin && at < arenaEnd) {
                at = arenaEnd;
                carried = 0;
                continue;
            }
            unsigned long long stop = std::min(end, at + kChunk);
            if (at < arenaBegin && stop > arenaBegin) {
                stop = arenaBegin;
            }
            const ssize_t got = pread(mem, m_arena->buffer + carried, stop - at, static_cast<off_t>(at));
            if (got <= 0) {
                at = stop; // an unreadable page (guard): skip it
                carried = 0;
                continue;
            }
            hits.bytesRead += got;
            const std::size_t size = carried + static_cast<std::size_t>(got);
            for (int n = 0; n < m_count; ++n) {
                const std::size_t length = m_arena->length[n];
                const char *forms[2] = { m_arena->utf8[n], m_arena->utf16[n] };
                const std::size_t lengths[2] = { length, 2 * length };
                int *counts[2] = { &hits.utf8[n], &hits.utf16[n] };
                for (int f = 0; f < 2; ++f) {
                    const char *from = m_arena->buffer;
                    const char *last = m_arena->buffer + size;
                    while (from < last) {
                        const void *found = memmem(from, static_cast<std::size_t>(last - from), forms[f], lengths[f]);
                        if (!found) {
                            break;
                        }
                        const auto *hit = static_cast<const char *>(found);
                        // A hit wholly inside the carried part was counted already.
                        if (hit + lengths[f] > m_arena->buffer + carried) {
                            ++*counts[f];
                        }
                        from = hit + 1;
                    }
                }
            }
            carried = std::min(overlap, size);
            std::memmove(m_arena->buffer, m_arena->buffer + size - carried, carried);
            at += static_cast<unsigned long long>(got);
        }
    }
    std::fclose(maps);
    close(mem);
    return hits;
}

} // namespace harbor::process
