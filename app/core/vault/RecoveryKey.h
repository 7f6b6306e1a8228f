// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SecureBuffer.h"

#include <QString>

#include <optional>

namespace harbor::vault {

// The recovery key shown once at setup: 128 random bits written as seven
// groups of four characters from Crockford's base32 alphabet (no I, L, O or
// U), the last two characters a checksum that catches typing mistakes.
// Reading is forgiving: any case, spaces or dashes, O for 0, I or L for 1.
class RecoveryKey
{
public:
    static constexpr std::size_t kBytes = 16;
    static constexpr int kGroups = 7;
    static constexpr int kGroupLength = 4;

    [[nodiscard]] static RecoveryKey generate();
    [[nodiscard]] static std::optional<RecoveryKey> parse(const QString &text);

    // "ABCD-EFGH-..." for display.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] QString group(int index) const;
    [[nodiscard]] const SecureBuffer &bytes() const { return m_bytes; }

private:
    explicit RecoveryKey(SecureBuffer bytes);
    SecureBuffer m_bytes;
};

} // namespace harbor::vault
