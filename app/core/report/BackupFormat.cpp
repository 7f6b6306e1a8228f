// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BackupFormat.h"

#include <QtEndian>

#include <sodium.h>

namespace harbor::report {

namespace {

constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kKeyCheckBytes = 16;
static_assert(8 + 2 + 2 + 4 + 8 + kSaltBytes + kStreamHeaderBytes + kKeyCheckBytes == BackupHeader::kSize);

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
T take(const QByteArray &in, qsizetype at)
{
    return qFromBigEndian<T>(in.constData() + at);
}

} // namespace

QByteArray BackupHeader::serialize() const
{
    QByteArray out = kMagic;
    put<quint16>(out, static_cast<quint16>(format));
    put<quint16>(out, 0);
    put<quint32>(out, static_cast<quint32>(kdf.opsLimit));
    put<quint64>(out, kdf.memLimitBytes);
    out.append(salt);
    out.append(streamHeader);
    out.append(keyCheck);
    return out;
}

std::optional<BackupHeader> BackupHeader::parse(const QByteArray &bytes, BackupError *error)
{
    const auto fail = [error](BackupError::Code code, const char *detail) {
        *error = BackupError { code, QString::fromLatin1(detail) };
        return std::nullopt;
    };
    if (bytes.isEmpty()) {
        return fail(BackupError::Code::Empty, "empty file");
    }
    if (!bytes.startsWith(kMagic.left(std::min(bytes.size(), kMagic.size())))) {
        return fail(BackupError::Code::NotABackup, "no HARBORBK magic");
    }
    if (bytes.size() < kSize) {
        return fail(BackupError::Code::Truncated, "header cut short");
    }
    BackupHeader header;
    header.format = take<quint16>(bytes, 8);
    if (header.format == 0) {
        return fail(BackupError::Code::NotABackup, "format 0");
    }
    if (header.format > kFormat) {
        return fail(BackupError::Code::TooNew, "newer format");
    }
    if (take<quint16>(bytes, 10) != 0) {
        return fail(BackupError::Code::Damaged, "unknown flags");
    }
    header.kdf.opsLimit = take<quint32>(bytes, 12);
    header.kdf.memLimitBytes = take<quint64>(bytes, 16);
    if (!header.kdf.isAtLeastFloor() || !header.kdf.isWithinLimits()) {
        // Below the floor is not ours; above the ceiling would let a file
        // make the device derive for minutes or run out of memory.
        return fail(BackupError::Code::Damaged, "Argon2id cost out of range");
    }
    header.salt = bytes.mid(24, kSaltBytes);
    header.streamHeader = bytes.mid(24 + kSaltBytes, kStreamHeaderBytes);
    header.keyCheck = bytes.mid(24 + kSaltBytes + kStreamHeaderBytes, kKeyCheckBytes);
    return header;
}

QByteArray BackupHeader::keyCheckFor(const vault::SecureBuffer &key)
{
    static const QByteArray label = QByteArrayLiteral("harbor backup key check");
    QByteArray check(kKeyCheckBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(check.data()), static_cast<size_t>(check.size()),
        reinterpret_cast<const unsigned char *>(label.constData()), static_cast<unsigned long long>(label.size()),
        key.data(), key.size());
    return check;
}

} // namespace harbor::report
