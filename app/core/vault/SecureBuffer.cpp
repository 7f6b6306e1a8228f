// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/SecureBuffer.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace harbor::vault {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBuffer::SecureBuffer(std::size_t size)
    : m_size(size)
{
    if (!sodiumReady()) {
        throw std::bad_alloc();
    }
    if (size == 0) {
        return;
    }
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data) {
        throw std::bad_alloc();
    }
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer buffer = copyOf(utf8);
    wipe(utf8);
    return buffer;
}

SecureBuffer SecureBuffer::fromUtf8WithNul(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer buffer(static_cast<std::size_t>(utf8.size()) + 1);
    std::copy(utf8.constBegin(), utf8.constEnd(), reinterpret_cast<char *>(buffer.data()));
    buffer.data()[utf8.size()] = 0;
    wipe(utf8);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(const QByteArray &bytes)
{
    SecureBuffer buffer(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty()) {
        std::copy(bytes.constBegin(), bytes.constEnd(), reinterpret_cast<char *>(buffer.data()));
    }
    return buffer;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (size > 0) {
        randombytes_buf(buffer.data(), size);
    }
    return buffer;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBuffer::clear()
{
    if (m_data) {
        sodium_free(m_data); // wipes before freeing
    }
    m_data = nullptr;
    m_size = 0;
}

void wipe(QString &text)
{
    if (!text.isEmpty()) {
        text.detach();
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace harbor::vault
