// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretKeyFile.h"

#include "updates/ManifestSignature.h"
#include "vault/AtomicFile.h"

#include <QFileInfo>

namespace harbor::tools {

namespace {
const QByteArray kPrefix = QByteArrayLiteral("ed25519-secret:");
} // namespace

bool SecretKeyFile::write(const QString &path, const QByteArray &secretKey, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 exists; not overwriting a key").arg(path);
        return false;
    }
    // AtomicFile writes mode 0600.
    if (vault::AtomicFile::write(path, kPrefix + secretKey.toBase64() + '\n') != vault::AtomicFile::Error::None) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

QByteArray SecretKeyFile::read(const QString &path, QString *error)
{
    QByteArray text;
    if (!vault::AtomicFile::read(path, 1024, &text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    text = text.trimmed();
    const auto decoded
        = QByteArray::fromBase64Encoding(text.mid(kPrefix.size()), QByteArray::AbortOnBase64DecodingErrors);
    const bool valid
        = text.startsWith(kPrefix) && decoded && decoded.decoded.size() == updates::ManifestSignature::kSecretKeyBytes;
    text.fill('\0');
    if (!valid) {
        *error = QStringLiteral("%1: not a harbor-pack secret key").arg(path);
        return {};
    }
    return decoded.decoded;
}

} // namespace harbor::tools
