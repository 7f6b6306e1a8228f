// SPDX-License-Identifier: GPL-3.0-or-later
// The vault header is read from disk, where anyone with the device can edit
// it. Whatever the bytes, parsing must not crash, and anything accepted must
// satisfy the header's invariants and serialize to something that parses again.
#include "vault/KeyHeader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using harbor::vault::KeyHeader;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto header = KeyHeader::parse(bytes);
    if (!header) {
        return 0;
    }
    if (!header->passphraseKdf.isAtLeastFloor() || !header->passphraseWrap.hasValidShape()
        || !header->recoveryWrap.hasValidShape() || header->vaultId.size() != KeyHeader::kVaultIdBytes) {
        std::abort();
    }
    if (!KeyHeader::parse(header->serialize())) {
        std::abort();
    }
    return 0;
}
