// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace harbor::process {

// Looks for text in this process's own memory (Linux: /proc/self/maps and
// /proc/self/mem), to prove that nothing of the journal stays after lock.
// The needles and the read buffer live in one private mapping that the scan
// skips, so the scan does not find its own reference copy. Each needle is
// searched as UTF-8 and as UTF-16 (QString). Only regions that could hold
// data Harbor wrote are read: readable and writable or anonymous. Regions
// larger than 64 GiB are AddressSanitizer's reserved shadow and are skipped.
class MemoryScan
{
public:
    static constexpr int kMaxNeedles = 8;
    static constexpr std::size_t kMaxNeedleBytes = 128;

    MemoryScan();
    ~MemoryScan();
    MemoryScan(const MemoryScan &) = delete;
    MemoryScan &operator=(const MemoryScan &) = delete;

    [[nodiscard]] bool isValid() const { return m_arena != nullptr; }
    // Fills needle `index` with `length` random letters after `prefix`
    // (ASCII), written straight into the skipped mapping, and returns it
    // (valid until the scan is destroyed).
    const char *makeNeedle(int index, const char *prefix, std::size_t length);
    [[nodiscard]] int needleCount() const { return m_count; }

    struct Hits
    {
        int utf8[kMaxNeedles] = {};
        int utf16[kMaxNeedles] = {};
        qint64 bytesRead = 0;
        int regions = 0;
        [[nodiscard]] int total(int index) const { return utf8[index] + utf16[index]; }
    };
    // Hits per needle.
    [[nodiscard]] Hits scan() const;

private:
    struct Arena;
    Arena *m_arena = nullptr;
    int m_count = 0;
};

} // namespace harbor::process
