// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseBuilder.h"

#include "content/PackLoader.h"
#include "updates/PackPublisher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace harbor::test {

namespace {

QByteArray withVersion(const QByteArray &packJson, int version)
{
    QJsonObject pack = QJsonDocument::fromJson(packJson).object();
    pack.insert(QStringLiteral("version"), version);
    return QJsonDocument(pack).toJson();
}

QByteArray withChangedFirstStep(const QByteArray &guideJson, const QString &note)
{
    QJsonObject guide = QJsonDocument::fromJson(guideJson).object();
    QJsonArray steps = guide.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps.at(0).toObject();
    QJsonObject title = step.value(QStringLiteral("title")).toObject();
    for (const QString &language : title.keys()) {
        title.insert(language, title.value(language).toString() + QLatin1Char(' ') + note);
    }
    step.insert(QStringLiteral("title"), title);
    steps.replace(0, step);
    guide.insert(QStringLiteral("steps"), steps);
    return QJsonDocument(guide).toJson();
}

} // namespace

bool ReleaseBuilder::publish(const QString &root, const QString &name, const ReleaseSpec &spec, QString *error)
{
    QMap<QString, QByteArray> files = content::PackLoader::readFiles(content::PackLoader::kEmbedded, error);
    files[QStringLiteral("pack.json")] = withVersion(files.value(QStringLiteral("pack.json")), spec.version);
    const QString instagram = QStringLiteral("guides/instagram.json");
    if (!spec.instagramNote.isEmpty()) {
        files[instagram] = withChangedFirstStep(files.value(instagram), spec.instagramNote);
    }
    QTemporaryDir source;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(source.filePath(it.key()));
        if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !file.open(QIODevice::WriteOnly)
            || file.write(*it) != it->size()) {
            *error = QStringLiteral("cannot write ") + it.key();
            return false;
        }
    }
    updates::PackPublisher::Release release;
    release.packFolder = source.path();
    release.outFolder = QDir(root).filePath(name);
    release.secretKey = spec.secretKey;
    release.published = spec.published;
    release.expires = spec.expires;
    release.minAppVersion = spec.minAppVersion;
    return updates::PackPublisher::publish(release, error).has_value();
}

bool ReleaseBuilder::flipByte(const QString &path, qint64 offsetFromEnd)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < offsetFromEnd) {
        return false;
    }
    const qint64 at = file.size() - offsetFromEnd;
    file.seek(at);
    char byte = 0;
    file.getChar(&byte);
    file.seek(at);
    return file.putChar(static_cast<char>(byte ^ 0x01));
}

} // namespace harbor::test
