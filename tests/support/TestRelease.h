// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/PackLoader.h"
#include "updates/Manifest.h"
#include "updates/ManifestSignature.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace harbor::test {

// A release of the built-in pack under another version number (and, when
// asked, with a changed first step in the Instagram guide), signed with a
// throwaway key, held in memory.
struct Release
{
    QByteArray signedManifest;
    updates::Manifest manifest;
    QMap<QString, QByteArray> files;

    static Release make(int version, const QByteArray &secretKey, qint64 nowMs, const QString &instagramNote = {})
    {
        Release release;
        QString error;
        release.files = content::PackLoader::readFiles(content::PackLoader::kEmbedded, &error);
        QJsonObject pack = QJsonDocument::fromJson(release.files.value(QStringLiteral("pack.json"))).object();
        pack.insert(QStringLiteral("version"), version);
        release.files.insert(QStringLiteral("pack.json"), QJsonDocument(pack).toJson());
        if (!instagramNote.isEmpty()) {
            const QString path = QStringLiteral("guides/instagram.json");
            QJsonObject guide = QJsonDocument::fromJson(release.files.value(path)).object();
            QJsonArray steps = guide.value(QStringLiteral("steps")).toArray();
            QJsonObject step = steps.at(0).toObject();
            QJsonObject title = step.value(QStringLiteral("title")).toObject();
            for (const QString &language : title.keys()) {
                title.insert(language, title.value(language).toString() + QLatin1Char(' ') + instagramNote);
            }
            step.insert(QStringLiteral("title"), title);
            steps.replace(0, step);
            guide.insert(QStringLiteral("steps"), steps);
            release.files.insert(path, QJsonDocument(guide).toJson());
        }
        release.manifest.pack = QStringLiteral("harbor-default");
        release.manifest.version = version;
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
        release.manifest.published = now.addDays(-1);
        release.manifest.expires = now.addDays(30);
        release.manifest.minAppVersion = QStringLiteral("0.1.0");
        for (auto it = release.files.cbegin(); it != release.files.cend(); ++it) {
            release.manifest.files.append(updates::ManifestFile {
                it.key(), it->size(), QCryptographicHash::hash(*it, QCryptographicHash::Sha256) });
        }
        release.signedManifest = updates::ManifestSignature::sign(release.manifest.toJson(), secretKey);
        return release;
    }
};

} // namespace harbor::test
