// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace harbor::vault {

// Memory for keys and passphrases: sodium_malloc'd (guard pages, mlocked
// where the OS allows, never swapped out knowingly), wiped and freed on
// destruction. Move-only.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    // Copies the UTF-8 of `text` in. The caller should clear its own copy.
    [[nodiscard]] static SecureBuffer fromUtf8(const QString &text);
    // The same with a NUL after the text (for C libraries), still one copy.
    [[nodiscard]] static SecureBuffer fromUtf8WithNul(const QString &text);
    [[nodiscard]] static SecureBuffer copyOf(const QByteArray &bytes);
    [[nodiscard]] static SecureBuffer random(std::size_t size);

    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    // Constant-time comparison.
    [[nodiscard]] bool equals(const SecureBuffer &other) const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Initialises libsodium once (thread-safe); false if it cannot run here.
// Everything in the vault that uses libsodium goes through SecureBuffer or
// KeyVault, which call this first.
bool sodiumReady();

// Wipes a QString's or QByteArray's buffer in place (for text from QML).
void wipe(QString &text);
void wipe(QByteArray &bytes);

} // namespace harbor::vault
