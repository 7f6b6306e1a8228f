// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/PackLoader.h"

#include "content/PackParser.h"
#include "shell/BackgroundJob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace harbor::content {

namespace {

std::optional<QByteArray> readBounded(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    // One byte more than allowed, so the parser sees that it is too large.
    return file.read(PackParser::kMaxFileBytes + 1);
}

Pack loadEmbedded()
{
    QString error;
    auto pack = PackLoader::load(PackLoader::kEmbedded, &error);
    if (!pack) {
        // The shipped pack is checked in CI; this only happens to a broken build.
        qWarning("harbor: the built-in content pack does not load: %s", qPrintable(error));
        return Pack {};
    }
    return *pack;
}

// The built-in pack being read on a worker since start-up (UI thread only).
struct Preload
{
    std::unique_ptr<shell::BackgroundJob> job;
    std::shared_ptr<Pack> pack;
};

Preload &preload()
{
    static Preload instance;
    return instance;
}

} // namespace

QMap<QString, QByteArray> PackLoader::readFiles(const QString &folder, QString *error)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    const auto pack = readBounded(dir.filePath(QStringLiteral("pack.json")));
    if (!pack) {
        if (error) {
            *error = QStringLiteral("pack.json: missing");
        }
        return files;
    }
    files.insert(QStringLiteral("pack.json"), *pack);
    const QJsonArray listed = QJsonDocument::fromJson(*pack).object().value(QLatin1String("files")).toArray();
    for (const auto &value : listed) {
        const QString path = value.toString();
        // The parser refuses unsafe paths; never read them in the first place.
        if (path.contains(QLatin1String("..")) || path.startsWith(QLatin1Char('/'))
            || path.contains(QLatin1Char('\\'))) {
            continue;
        }
        if (const auto bytes = readBounded(dir.filePath(path))) {
            files.insert(path, *bytes);
        }
    }
    return files;
}

std::optional<Pack> PackLoader::load(const QString &folder, QString *error)
{
    QString readError;
    const QMap<QString, QByteArray> files = readFiles(folder, &readError);
    if (files.isEmpty()) {
        if (error) {
            *error = readError;
        }
        return std::nullopt;
    }
    return PackParser::parse(files, error);
}

Pack PackLoader::embedded()
{
    Preload &pending = preload();
    if (!pending.job) {
        return loadEmbedded();
    }
    pending.job->wait();
    pending.job.reset();
    Pack pack = std::move(*pending.pack);
    pending.pack.reset();
    return pack;
}

void PackLoader::preloadEmbedded()
{
    Preload &pending = preload();
    if (pending.job) {
        return;
    }
    pending.pack = std::make_shared<Pack>();
    pending.job = std::make_unique<shell::BackgroundJob>();
    pending.job->start([pack = pending.pack](shell::BackgroundJob::Progress &) { *pack = loadEmbedded(); });
}

} // namespace harbor::content
