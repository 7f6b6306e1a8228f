// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BackupStream.h"

#include <QIODevice>
#include <QtEndian>

namespace harbor::report {

namespace {

constexpr qsizetype kCipherChunkBytes
    = BackupHeader::kChunkBytes + static_cast<qsizetype>(crypto_secretstream_xchacha20poly1305_ABYTES);

BackupError ioError(const QIODevice &device)
{
    return BackupError { BackupError::Code::IoError, device.errorString() };
}

// Reads exactly `size` bytes; false at the end of the file or on error.
bool readExactly(QIODevice &in, char *data, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const qint64 got = in.read(data + done, size - done);
        if (got <= 0) {
            return false;
        }
        done += got;
    }
    return true;
}

} // namespace

BackupStreamWriter::BackupStreamWriter(QIODevice &out)
    : m_out(out)
    , m_plain(static_cast<std::size_t>(BackupHeader::kChunkBytes))
{
}

BackupStreamWriter::~BackupStreamWriter()
{
    sodium_memzero(&m_state, sizeof m_state);
}

BackupError BackupStreamWriter::begin(const vault::SecureBuffer &passphrase, const vault::KdfParams &params)
{
    if (!vault::sodiumReady()) {
        return BackupError { BackupError::Code::IoError, QStringLiteral("libsodium unavailable") };
    }
    BackupHeader header;
    header.kdf = params;
    header.salt = QByteArray(static_cast<qsizetype>(vault::Kdf::kSaltBytes), Qt::Uninitialized);
    randombytes_buf(header.salt.data(), static_cast<size_t>(header.salt.size()));
    m_key = vault::Kdf::derive(passphrase, header.salt, params);
    if (m_key.isEmpty()) {
        return BackupError { BackupError::Code::IoError, QStringLiteral("key derivation failed (memory)") };
    }
    header.streamHeader = QByteArray(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &m_state, reinterpret_cast<unsigned char *>(header.streamHeader.data()), m_key.data());
    header.keyCheck = BackupHeader::keyCheckFor(m_key);
    m_additional = header.serialize();
    if (m_out.write(m_additional) != m_additional.size()) {
        return ioError(m_out);
    }
    m_written = m_additional.size();
    return {};
}

BackupError BackupStreamWriter::write(const char *data, qsizetype size)
{
    while (size > 0) {
        const qsizetype room = BackupHeader::kChunkBytes - m_filled;
        const qsizetype take = std::min(room, size);
        memcpy(m_plain.data() + m_filled, data, static_cast<size_t>(take));
        m_filled += take;
        data += take;
        size -= take;
        if (m_filled == BackupHeader::kChunkBytes) {
            if (BackupError error = flush(0); !error.ok()) {
                return error;
            }
        }
    }
    return {};
}

BackupError BackupStreamWriter::finish()
{
    return flush(crypto_secretstream_xchacha20poly1305_TAG_FINAL);
}

BackupError BackupStreamWriter::flush(unsigned char tag)
{
    QByteArray &cipher = m_cipher; // reused: one chunk's size, allocated once
    cipher.resize(m_filled + static_cast<qsizetype>(crypto_secretstream_xchacha20poly1305_ABYTES) + 4);
    unsigned long long cipherSize = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state, reinterpret_cast<unsigned char *>(cipher.data()) + 4,
        &cipherSize, m_plain.data(), static_cast<unsigned long long>(m_filled),
        m_additional.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(m_additional.constData()),
        static_cast<unsigned long long>(m_additional.size()), tag);
    m_additional.clear(); // only the first chunk carries the header
    qToBigEndian(static_cast<quint32>(cipherSize), cipher.data());
    sodium_memzero(m_plain.data(), static_cast<size_t>(m_filled));
    m_filled = 0;
    if (m_out.write(cipher) != cipher.size()) {
        return ioError(m_out);
    }
    m_written += cipher.size();
    return {};
}

BackupStreamReader::BackupStreamReader(QIODevice &in)
    : m_in(in)
    , m_plain(static_cast<std::size_t>(BackupHeader::kChunkBytes))
{
}

BackupStreamReader::~BackupStreamReader()
{
    sodium_memzero(&m_state, sizeof m_state);
}

BackupError BackupStreamReader::begin(const vault::SecureBuffer &passphrase)
{
    if (!vault::sodiumReady()) {
        return BackupError { BackupError::Code::IoError, QStringLiteral("libsodium unavailable") };
    }
    const QByteArray bytes = m_in.read(BackupHeader::kSize);
    BackupError error;
    const auto header = BackupHeader::parse(bytes, &error);
    if (!header) {
        return error;
    }
    m_key = vault::Kdf::derive(passphrase, header->salt, header->kdf);
    if (m_key.isEmpty()) {
        return BackupError { BackupError::Code::IoError, QStringLiteral("key derivation failed (memory)") };
    }
    if (sodium_memcmp(BackupHeader::keyCheckFor(m_key).constData(), header->keyCheck.constData(),
            static_cast<size_t>(header->keyCheck.size()))
        != 0) {
        return BackupError { BackupError::Code::WrongPassphrase, QStringLiteral("key check differs") };
    }
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &m_state, reinterpret_cast<const unsigned char *>(header->streamHeader.constData()), m_key.data())
        != 0) {
        return BackupError { BackupError::Code::Damaged, QStringLiteral("bad stream header") };
    }
    m_additional = bytes;
    return {};
}

BackupError BackupStreamReader::nextChunk()
{
    if (m_final) {
        return BackupError { BackupError::Code::Damaged, QStringLiteral("records continue past the end") };
    }
    char lengthBytes[4];
    if (!readExactly(m_in, lengthBytes, 4)) {
        return BackupError { BackupError::Code::Truncated, QStringLiteral("no FINAL chunk") };
    }
    const auto length = qFromBigEndian<quint32>(lengthBytes);
    if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > static_cast<quint32>(kCipherChunkBytes)) {
        return BackupError { BackupError::Code::Damaged, QStringLiteral("chunk length out of range") };
    }
    QByteArray &cipher = m_cipher; // reused: one chunk's size, allocated once
    cipher.resize(static_cast<qsizetype>(length));
    if (!readExactly(m_in, cipher.data(), cipher.size())) {
        return BackupError { BackupError::Code::Truncated, QStringLiteral("chunk cut short") };
    }
    unsigned long long plainSize = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state, m_plain.data(), &plainSize, &tag,
            reinterpret_cast<const unsigned char *>(cipher.constData()), static_cast<unsigned long long>(cipher.size()),
            m_additional.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(m_additional.constData()),
            static_cast<unsigned long long>(m_additional.size()))
        != 0) {
        return BackupError { BackupError::Code::Damaged, QStringLiteral("a chunk does not authenticate") };
    }
    m_additional.clear();
    if (tag != 0 && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        return BackupError { BackupError::Code::Damaged, QStringLiteral("unexpected chunk tag") };
    }
    m_final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    m_filled = static_cast<qsizetype>(plainSize);
    m_used = 0;
    return {};
}

BackupError BackupStreamReader::read(char *data, qsizetype size)
{
    while (size > 0) {
        if (m_used == m_filled) {
            if (BackupError error = nextChunk(); !error.ok()) {
                return error;
            }
            continue;
        }
        const qsizetype take = std::min(size, m_filled - m_used);
        memcpy(data, m_plain.data() + m_used, static_cast<size_t>(take));
        m_used += take;
        data += take;
        size -= take;
    }
    return {};
}

BackupError BackupStreamReader::expectEnd()
{
    if (!m_final || m_used != m_filled) {
        return BackupError { BackupError::Code::Damaged, QStringLiteral("data after the end record") };
    }
    char extra = 0;
    if (m_in.read(&extra, 1) != 0) {
        return BackupError { BackupError::Code::Damaged, QStringLiteral("bytes after the FINAL chunk") };
    }
    return {};
}

} // namespace harbor::report
