// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace harbor::journal {

// SHA-256, the journal's and the backup's hash. With libcrypto (which
// SQLCipher already links) it runs OpenSSL's implementation, which uses the
// CPU's SHA extensions: several times faster than QCryptographicHash on
// attachments. Without it, QCryptographicHash: the same digest either way.
class Sha256
{
public:
    static constexpr qsizetype kBytes = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The digest of everything added; the object starts over afterwards.
    [[nodiscard]] QByteArray result();

    [[nodiscard]] static QByteArray hash(QByteArrayView bytes);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace harbor::journal
