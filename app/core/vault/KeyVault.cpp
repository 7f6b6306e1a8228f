// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/KeyVault.h"

#include "vault/VaultReplacement.h"

#include "vault/AtomicFile.h"
#include "vault/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <unistd.h>

namespace harbor::vault {

namespace {

constexpr qint64 kMaxHeaderBytes = qint64 { 64 } * 1024;

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    randombytes_buf(bytes.data(), static_cast<size_t>(size));
    return bytes;
}

KeyVault::Error fromDatabase(Database::Error error)
{
    switch (error) {
    case Database::Error::None:
        return KeyVault::Error::None;
    case Database::Error::NotEncrypted:
    case Database::Error::SettingRefused:
        return KeyVault::Error::NotEncrypted;
    case Database::Error::DiskFull:
        return KeyVault::Error::DiskFull;
    case Database::Error::IoError:
        return KeyVault::Error::IoError;
    case Database::Error::Missing:
        return KeyVault::Error::DatabaseMissing;
    case Database::Error::WrongKey: // the data key unwrapped, so the file is not ours or damaged
    case Database::Error::Damaged:
        return KeyVault::Error::DatabaseDamaged;
    }
    return KeyVault::Error::IoError;
}

KeyVault::Error fromFile(AtomicFile::Error error)
{
    switch (error) {
    case AtomicFile::Error::None:
        return KeyVault::Error::None;
    case AtomicFile::Error::DiskFull:
        return KeyVault::Error::DiskFull;
    case AtomicFile::Error::IoError:
        return KeyVault::Error::IoError;
    }
    return KeyVault::Error::IoError;
}

// Overwrites then removes a file (the header's wrapped keys are what make
// the database readable; destroying them is the real erasure on flash).
void shred(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const qint64 size = file.size();
        QByteArray noise = randomBytes(static_cast<qsizetype>(std::min<qint64>(size, 1 << 20)));
        for (qint64 written = 0; written < size && !noise.isEmpty(); written += noise.size()) {
            file.write(noise.constData(), std::min<qint64>(noise.size(), size - written));
        }
        file.flush();
        ::fsync(file.handle());
        file.close();
    }
    QFile::remove(path);
}

} // namespace

KeyVault::KeyVault(QString dataDir, const safety::Clock &clock)
    : m_dataDir(std::move(dataDir))
    , m_backoff(QDir(m_dataDir).filePath(QStringLiteral("unlock-attempts.json")), clock)
{
    // A restore that a crash interrupted is finished before anything looks at the files.
    VaultReplacement::completePending(m_dataDir);
    (void)sodiumReady();
}

QString KeyVault::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("journal.db"));
}

QString KeyVault::headerPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("journal.key"));
}

QString KeyVault::backoffPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("unlock-attempts.json"));
}

KeyVault::Presence KeyVault::presence() const
{
    const bool header = QFileInfo::exists(headerPath());
    const bool database = QFileInfo::exists(databasePath());
    if (header && database) {
        return Presence::Complete;
    }
    if (header) {
        return Presence::HeaderOnly;
    }
    return database ? Presence::DatabaseOnly : Presence::None;
}

KeyVault::Error KeyVault::readHeader(KeyHeader *header) const
{
    switch (presence()) {
    case Presence::None:
        return Error::NoVault;
    case Presence::HeaderOnly:
        return Error::DatabaseMissing;
    case Presence::DatabaseOnly:
        return Error::HeaderMissing;
    case Presence::Complete:
        break;
    }
    QByteArray bytes;
    if (!AtomicFile::read(headerPath(), kMaxHeaderBytes, &bytes)) {
        return Error::HeaderDamaged;
    }
    KeyHeader::ParseError parseError = KeyHeader::ParseError::None;
    const auto parsed = KeyHeader::parse(bytes, &parseError);
    if (!parsed) {
        return parseError == KeyHeader::ParseError::UnsupportedVersion ? Error::HeaderTooNew : Error::HeaderDamaged;
    }
    *header = *parsed;
    return Error::None;
}

KeyVault::Error KeyVault::writeHeader(const KeyHeader &header) const
{
    return fromFile(AtomicFile::write(headerPath(), header.serialize()));
}

bool KeyVault::wrapPassphrase(
    KeyHeader &header, const SecureBuffer &passphrase, const KdfParams &params, const SecureBuffer &dataKey)
{
    header.passphraseKdf = params;
    header.passphraseSalt = randomBytes(KeyHeader::kSaltBytes);
    const SecureBuffer kek = Kdf::derive(passphrase, header.passphraseSalt, params);
    if (kek.isEmpty()) {
        return false;
    }
    header.passphraseWrap = KeyWrap::seal(kek, dataKey, header.passphraseAssociatedData());
    return true;
}

KeyVault::Error KeyVault::rewrapPassphrase(
    KeyHeader &header, const SecureBuffer &next, const KdfParams &params, const SecureBuffer &dataKey) const
{
    return wrapPassphrase(header, next, params, dataKey) ? writeHeader(header) : Error::IoError;
}

void KeyVault::wrapRecovery(KeyHeader &header, const RecoveryKey &recoveryKey, const SecureBuffer &dataKey)
{
    header.recoverySalt = randomBytes(KeyHeader::kSaltBytes);
    const SecureBuffer kek = KeyWrap::recoveryKek(recoveryKey.bytes(), header.recoverySalt);
    header.recoveryWrap = KeyWrap::seal(kek, dataKey, header.recoveryAssociatedData());
}

KeyVault::Error KeyVault::openDatabase(
    const KeyHeader &header, const SecureBuffer &dataKey, bool create, Unlocked *unlocked) const
{
    Database::Options options;
    options.create = create;
    options.cipherPageSize = header.cipherPageSize;
    options.cipherKdfIter = header.cipherKdfIter;
    Database::Error dbError = Database::Error::None;
    auto db = Database::open(databasePath(), dataKey, options, &dbError);
    if (!db) {
        return fromDatabase(dbError);
    }
    if (const Database::Error migrated = Migrations::apply(*db); migrated != Database::Error::None) {
        return fromDatabase(migrated);
    }
    if (unlocked) {
        unlocked->database = std::move(db);
    }
    return Error::None;
}

KeyVault::Error KeyVault::create(const SecureBuffer &passphrase, const KdfParams &params,
    std::optional<RecoveryKey> *recoveryKey, Unlocked *unlocked)
{
    if (presence() != Presence::None) {
        return Error::AlreadyExists;
    }
    if (!params.isAtLeastFloor() || !params.isWithinLimits()) {
        return Error::IoError;
    }
    if (!QDir().mkpath(m_dataDir)) {
        return Error::IoError;
    }
    KeyHeader header;
    header.vaultId = randomBytes(KeyHeader::kVaultIdBytes);
    const SecureBuffer dataKey = SecureBuffer::random(32);
    RecoveryKey recovery = RecoveryKey::generate();
    if (!wrapPassphrase(header, passphrase, params, dataKey)) {
        return Error::IoError;
    }
    wrapRecovery(header, recovery, dataKey);

    // Database first, header last: a header on disk means a complete vault.
    if (!AtomicFile::createPrivate(databasePath())) {
        return Error::IoError;
    }
    Unlocked opened;
    Error error = openDatabase(header, dataKey, true, &opened);
    if (error == Error::None) {
        error = writeHeader(header);
    }
    if (error != Error::None) {
        opened.database.reset();
        // Only files this call created, and still empty of user data.
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(databasePath() + suffix);
        }
        return error;
    }
    if (recoveryKey) {
        recoveryKey->emplace(std::move(recovery));
    }
    if (unlocked) {
        *unlocked = std::move(opened);
    }
    return Error::None;
}

KeyVault::Error KeyVault::unwrapWithPassphrase(const SecureBuffer &passphrase, KeyHeader *header, SecureBuffer *dataKey)
{
    if (m_backoff.remainingMs() > 0) {
        return Error::TryLater;
    }
    if (const Error error = readHeader(header); error != Error::None) {
        return error;
    }
    const SecureBuffer kek = Kdf::derive(passphrase, header->passphraseSalt, header->passphraseKdf);
    if (kek.isEmpty()) {
        return Error::IoError;
    }
    *dataKey = KeyWrap::open(kek, header->passphraseWrap, header->passphraseAssociatedData());
    if (dataKey->isEmpty()) {
        m_backoff.recordFailure();
        return Error::WrongPassphrase;
    }
    m_backoff.reset();
    return Error::None;
}

KeyVault::Error KeyVault::unwrapWithRecovery(const RecoveryKey &recoveryKey, KeyHeader *header, SecureBuffer *dataKey)
{
    if (m_backoff.remainingMs() > 0) {
        return Error::TryLater;
    }
    if (const Error error = readHeader(header); error != Error::None) {
        return error;
    }
    const SecureBuffer kek = KeyWrap::recoveryKek(recoveryKey.bytes(), header->recoverySalt);
    *dataKey = KeyWrap::open(kek, header->recoveryWrap, header->recoveryAssociatedData());
    if (dataKey->isEmpty()) {
        m_backoff.recordFailure();
        return Error::WrongRecoveryKey;
    }
    m_backoff.reset();
    return Error::None;
}

KeyVault::Error KeyVault::unlock(const SecureBuffer &passphrase, Unlocked *unlocked)
{
    KeyHeader header;
    SecureBuffer dataKey;
    if (const Error error = unwrapWithPassphrase(passphrase, &header, &dataKey); error != Error::None) {
        return error;
    }
    return openDatabase(header, dataKey, false, unlocked);
}

KeyVault::Error KeyVault::unlockWithRecoveryKey(const RecoveryKey &recoveryKey, Unlocked *unlocked)
{
    KeyHeader header;
    SecureBuffer dataKey;
    if (const Error error = unwrapWithRecovery(recoveryKey, &header, &dataKey); error != Error::None) {
        return error;
    }
    return openDatabase(header, dataKey, false, unlocked);
}

KeyVault::Error KeyVault::verifyPassphrase(const SecureBuffer &passphrase)
{
    // Unwrapping is the proof: the database is not opened.
    KeyHeader header;
    SecureBuffer dataKey;
    return unwrapWithPassphrase(passphrase, &header, &dataKey);
}

KeyVault::Error KeyVault::changePassphrase(
    const SecureBuffer &current, const SecureBuffer &next, const KdfParams &params)
{
    KeyHeader header;
    SecureBuffer dataKey;
    if (const Error error = unwrapWithPassphrase(current, &header, &dataKey); error != Error::None) {
        return error;
    }
    return rewrapPassphrase(header, next, params, dataKey);
}

KeyVault::Error KeyVault::resetPassphrase(
    const RecoveryKey &recoveryKey, const SecureBuffer &next, const KdfParams &params)
{
    KeyHeader header;
    SecureBuffer dataKey;
    if (const Error error = unwrapWithRecovery(recoveryKey, &header, &dataKey); error != Error::None) {
        return error;
    }
    return rewrapPassphrase(header, next, params, dataKey);
}

KeyVault::Error KeyVault::upgradeKdf(const SecureBuffer &passphrase, const KdfParams &params)
{
    return changePassphrase(passphrase, passphrase, params);
}

KeyVault::Error KeyVault::regenerateRecoveryKey(const SecureBuffer &passphrase, std::optional<RecoveryKey> *recoveryKey)
{
    KeyHeader header;
    SecureBuffer dataKey;
    if (const Error error = unwrapWithPassphrase(passphrase, &header, &dataKey); error != Error::None) {
        return error;
    }
    RecoveryKey recovery = RecoveryKey::generate();
    wrapRecovery(header, recovery, dataKey);
    if (const Error error = writeHeader(header); error != Error::None) {
        return error;
    }
    recoveryKey->emplace(std::move(recovery));
    return Error::None;
}

KeyVault::Error KeyVault::wipe(const SecureBuffer &passphrase)
{
    KeyHeader header;
    SecureBuffer dataKey;
    if (const Error error = unwrapWithPassphrase(passphrase, &header, &dataKey); error != Error::None) {
        return error;
    }
    shred(headerPath());
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(databasePath() + suffix);
    }
    return Error::None;
}

} // namespace harbor::vault
