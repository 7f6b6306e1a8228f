// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/BackupError.h"
#include "report/BackupFormat.h"
#include "vault/SecureBuffer.h"

#include <sodium.h>

class QIODevice;

namespace harbor::report {

// Where backup records go, and where they come from: the encrypted stream,
// or (the fuzz target) plain bytes.
class BackupByteSink
{
public:
    BackupByteSink() = default;
    virtual ~BackupByteSink() = default;
    BackupByteSink(const BackupByteSink &) = delete;
    BackupByteSink &operator=(const BackupByteSink &) = delete;
    [[nodiscard]] virtual BackupError write(const char *data, qsizetype size) = 0;
};

class BackupByteSource
{
public:
    BackupByteSource() = default;
    virtual ~BackupByteSource() = default;
    BackupByteSource(const BackupByteSource &) = delete;
    BackupByteSource &operator=(const BackupByteSource &) = delete;
    // Exactly `size` bytes, or an error.
    [[nodiscard]] virtual BackupError read(char *data, qsizetype size) = 0;
    // Nothing may follow the end record.
    [[nodiscard]] virtual BackupError expectEnd() = 0;
};

// Encrypts a byte stream into the backup file format (BackupFormat.h),
// one chunk at a time: at most one chunk of plaintext is ever held.
class BackupStreamWriter final : public BackupByteSink
{
public:
    explicit BackupStreamWriter(QIODevice &out);
    ~BackupStreamWriter() override;

    // Derives the key from the backup passphrase and writes the header.
    [[nodiscard]] BackupError begin(const vault::SecureBuffer &passphrase, const vault::KdfParams &params);
    [[nodiscard]] BackupError write(const char *data, qsizetype size) override;
    // Writes what is left as the FINAL chunk.
    [[nodiscard]] BackupError finish();
    [[nodiscard]] qint64 bytesWritten() const { return m_written; }

private:
    [[nodiscard]] BackupError flush(unsigned char tag);

    QIODevice &m_out;
    vault::SecureBuffer m_key;
    vault::SecureBuffer m_plain; // one chunk
    qsizetype m_filled = 0;
    QByteArray m_additional; // the header, bound to the first chunk
    QByteArray m_cipher;
    crypto_secretstream_xchacha20poly1305_state m_state {};
    qint64 m_written = 0;
};

// Decrypts a backup file as a byte stream, chunk by chunk, and tells a
// truncated file from a damaged one.
class BackupStreamReader final : public BackupByteSource
{
public:
    explicit BackupStreamReader(QIODevice &in);
    ~BackupStreamReader() override;

    // Reads and checks the header, derives the key, checks it.
    [[nodiscard]] BackupError begin(const vault::SecureBuffer &passphrase);
    // Exactly `size` bytes, or an error.
    [[nodiscard]] BackupError read(char *data, qsizetype size) override;
    // The FINAL chunk was read and fully used, and nothing follows it.
    [[nodiscard]] BackupError expectEnd() override;

private:
    [[nodiscard]] BackupError nextChunk();

    QIODevice &m_in;
    vault::SecureBuffer m_key;
    vault::SecureBuffer m_plain;
    qsizetype m_filled = 0;
    qsizetype m_used = 0;
    bool m_final = false;
    QByteArray m_additional;
    QByteArray m_cipher;
    crypto_secretstream_xchacha20poly1305_state m_state {};
};

} // namespace harbor::report
