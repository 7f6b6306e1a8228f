// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/RecoveryKey.h"

#include <sodium.h>

#include <array>

namespace harbor::vault {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kDataChars = 26; // 130 bits hold the 128-bit key
constexpr int kCheckChars = 2; // 10 bits of BLAKE2b over the key

int valueOf(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u == u'O') {
        return 0;
    }
    if (u == u'I' || u == u'L') {
        return 1;
    }
    for (int i = 0; i < 32; ++i) {
        if (QLatin1Char(kAlphabet[i]).unicode() == u) {
            return i;
        }
    }
    return -1;
}

std::array<int, kCheckChars> checksum(const SecureBuffer &bytes)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof hash, bytes.data(), bytes.size(), nullptr, 0);
    const unsigned bits = (static_cast<unsigned>(hash[0]) << 2) | (static_cast<unsigned>(hash[1]) >> 6);
    return { static_cast<int>((bits >> 5) & 31), static_cast<int>(bits & 31) };
}

} // namespace

RecoveryKey::RecoveryKey(SecureBuffer bytes)
    : m_bytes(std::move(bytes))
{
}

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey(SecureBuffer::random(kBytes));
}

QString RecoveryKey::toString() const
{
    // Big-endian base32 of the 128 bits, padded with two zero bits at the end.
    QString chars;
    chars.reserve(kDataChars + kCheckChars + kGroups);
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        buffer = (buffer << 8) | m_bytes.data()[i];
        bits += 8;
        while (bits >= 5) {
            chars.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0) {
        chars.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]));
    }
    for (int value : checksum(m_bytes)) {
        chars.append(QLatin1Char(kAlphabet[value]));
    }
    QString grouped;
    for (int i = 0; i < chars.size(); ++i) {
        if (i > 0 && i % kGroupLength == 0) {
            grouped.append(u'-');
        }
        grouped.append(chars.at(i));
    }
    wipe(chars);
    return grouped;
}

QString RecoveryKey::group(int index) const
{
    QString whole = toString();
    QString part = whole.section(u'-', index, index);
    wipe(whole);
    return part;
}

std::optional<RecoveryKey> RecoveryKey::parse(const QString &text)
{
    std::array<int, kDataChars + kCheckChars> values {};
    int count = 0;
    for (const QChar c : text) {
        if (c == u'-' || c.isSpace()) {
            continue;
        }
        const int value = valueOf(c);
        if (value < 0 || count >= static_cast<int>(values.size())) {
            return std::nullopt;
        }
        values[static_cast<std::size_t>(count++)] = value;
    }
    // The decoded characters are key material: wiped on every way out.
    struct Wiper
    {
        std::array<int, kDataChars + kCheckChars> &values;
        ~Wiper() { sodium_memzero(values.data(), sizeof(int) * values.size()); }
    } wiper { values };
    if (count != static_cast<int>(values.size())) {
        return std::nullopt;
    }
    SecureBuffer bytes(kBytes);
    unsigned buffer = 0;
    int bits = 0;
    std::size_t written = 0;
    for (int i = 0; i < kDataChars; ++i) {
        buffer = (buffer << 5) | static_cast<unsigned>(values[static_cast<std::size_t>(i)]);
        bits += 5;
        if (bits >= 8 && written < kBytes) {
            bytes.data()[written++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    // The two padding bits must be zero.
    if ((buffer & ((1u << bits) - 1)) != 0 || written != kBytes) {
        return std::nullopt;
    }
    const auto expected = checksum(bytes);
    if (expected[0] != values[kDataChars] || expected[1] != values[kDataChars + 1]) {
        return std::nullopt;
    }
    return RecoveryKey(std::move(bytes));
}

} // namespace harbor::vault
