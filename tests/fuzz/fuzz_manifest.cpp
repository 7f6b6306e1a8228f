// SPDX-License-Identifier: GPL-3.0-or-later
// The update manifest comes from the network. Signature checking runs on
// every input first (it must never crash on any bytes); the parser, which
// in the app only sees signed manifests, is fuzzed directly too. Anything
// it accepts must keep its invariants and round-trip through toJson().
#include "content/PackParser.h"
#include "updates/AppVersion.h"
#include "updates/Manifest.h"
#include "updates/ManifestSignature.h"

#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace harbor::updates;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (ManifestSignature::open(bytes, { QByteArray(32, '\x01') })) {
        std::abort(); // nobody holds the secret half of this key
    }
    QString error;
    const auto manifest = ManifestParser::parse(bytes, &error);
    if (!manifest) {
        if (error.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    QSet<QString> paths;
    qint64 total = 0;
    for (const ManifestFile &file : manifest->files) {
        if (!harbor::content::PackParser::isSafePath(file.path) || file.sha256.size() != 32 || file.length < 1
            || paths.contains(file.path)) {
            std::abort();
        }
        paths.insert(file.path);
        total += file.length;
    }
    if (manifest->version < 1 || !paths.contains(QStringLiteral("pack.json"))
        || manifest->expires <= manifest->published || !AppVersion::isValid(manifest->minAppVersion)
        || total > harbor::content::PackParser::kMaxPackBytes) {
        std::abort();
    }
    const auto again = ManifestParser::parse(manifest->toJson(), &error);
    if (!again || again->toJson() != manifest->toJson()) {
        std::abort();
    }
    return 0;
}
