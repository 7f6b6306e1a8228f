// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/Manifest.h"

#include "content/PackParser.h"
#include "updates/AppVersion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace harbor::updates {

namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

bool onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &at, QString *error)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            return fail(error, QStringLiteral("%1/%2: unknown key").arg(at, it.key()));
        }
    }
    return true;
}

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < static_cast<double>(min) || number > static_cast<double>(max)
        || number != static_cast<double>(static_cast<qint64>(number))) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QDateTime utcTime(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")));
    const QString text = value.toString();
    if (!pattern.match(text).hasMatch()) {
        return {};
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

bool parseFile(const QJsonValue &value, const QString &at, ManifestFile *file, QString *error)
{
    static const QRegularExpression hex(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    if (!value.isObject()) {
        return fail(error, QStringLiteral("%1: expected an object").arg(at));
    }
    const QJsonObject object = value.toObject();
    if (!onlyKeys(object, { QStringLiteral("path"), QStringLiteral("length"), QStringLiteral("sha256") }, at, error)) {
        return false;
    }
    file->path = object.value(key("path")).toString();
    if (!content::PackParser::isSafePath(file->path)) {
        return fail(error, QStringLiteral("%1/path: not a safe relative .json path").arg(at));
    }
    const auto length = wholeNumber(object.value(key("length")), 1, content::PackParser::kMaxFileBytes);
    if (!length) {
        return fail(
            error, QStringLiteral("%1/length: expected 1 to %2 bytes").arg(at).arg(content::PackParser::kMaxFileBytes));
    }
    file->length = *length;
    const QString sha = object.value(key("sha256")).toString();
    if (!hex.match(sha).hasMatch()) {
        return fail(error, QStringLiteral("%1/sha256: expected 64 lowercase hex digits").arg(at));
    }
    file->sha256 = QByteArray::fromHex(sha.toLatin1());
    return true;
}

bool parseFiles(const QJsonValue &value, Manifest *manifest, QString *error)
{
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > ManifestParser::kMaxFiles) {
        return fail(error, QStringLiteral("/files: expected 1 to %1 files").arg(ManifestParser::kMaxFiles));
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    qint64 total = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        ManifestFile file;
        if (!parseFile(array.at(i), QStringLiteral("/files/%1").arg(i), &file, error)) {
            return false;
        }
        if (seen.contains(file.path)) {
            return fail(error, QStringLiteral("/files/%1/path: listed twice").arg(i));
        }
        seen.insert(file.path);
        total += file.length;
        manifest->files.append(file);
    }
    if (total > content::PackParser::kMaxPackBytes) {
        return fail(error, QStringLiteral("/files: more than %1 bytes in all").arg(content::PackParser::kMaxPackBytes));
    }
    if (!seen.contains(QStringLiteral("pack.json"))) {
        return fail(error, QStringLiteral("/files: pack.json is not listed"));
    }
    return true;
}

} // namespace

const ManifestFile *Manifest::file(const QString &path) const
{
    for (const ManifestFile &f : files) {
        if (f.path == path) {
            return &f;
        }
    }
    return nullptr;
}

QByteArray Manifest::toJson() const
{
    QJsonArray fileArray;
    for (const ManifestFile &f : files) {
        fileArray.append(QJsonObject { { key("path"), f.path }, { key("length"), static_cast<double>(f.length) },
            { key("sha256"), QString::fromLatin1(f.sha256.toHex()) } });
    }
    const QJsonObject object {
        { key("format"), ManifestParser::kFormat },
        { key("pack"), pack },
        { key("version"), version },
        { key("published"), published.toUTC().toString(Qt::ISODate) },
        { key("expires"), expires.toUTC().toString(Qt::ISODate) },
        { key("min_app_version"), minAppVersion },
        { key("files"), fileArray },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Manifest> ManifestParser::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(error, QStringLiteral("/: not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (!onlyKeys(object,
            { QStringLiteral("format"), QStringLiteral("pack"), QStringLiteral("version"), QStringLiteral("published"),
                QStringLiteral("expires"), QStringLiteral("min_app_version"), QStringLiteral("files") },
            QString(), error)) {
        return std::nullopt;
    }
    if (object.value(key("format")).toInt(-1) != kFormat || !object.value(key("format")).isDouble()) {
        fail(error, QStringLiteral("/format: expected %1").arg(kFormat));
        return std::nullopt;
    }
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(-[a-z0-9]+)*")));
    Manifest manifest;
    manifest.pack = object.value(key("pack")).toString();
    if (manifest.pack.size() > 64 || !idPattern.match(manifest.pack).hasMatch()) {
        fail(error, QStringLiteral("/pack: expected a pack id"));
        return std::nullopt;
    }
    const auto version = wholeNumber(object.value(key("version")), 1, 1'000'000'000);
    if (!version) {
        fail(error, QStringLiteral("/version: expected a whole number from 1"));
        return std::nullopt;
    }
    manifest.version = static_cast<int>(*version);
    manifest.published = utcTime(object.value(key("published")));
    manifest.expires = utcTime(object.value(key("expires")));
    if (!manifest.published.isValid() || !manifest.expires.isValid()) {
        fail(error, QStringLiteral("/published, /expires: expected YYYY-MM-DDTHH:MM:SSZ"));
        return std::nullopt;
    }
    if (manifest.expires <= manifest.published || manifest.published.daysTo(manifest.expires) > kMaxLifetimeDays) {
        fail(error,
            QStringLiteral("/expires: not after /published, or more than %1 days after it").arg(kMaxLifetimeDays));
        return std::nullopt;
    }
    manifest.minAppVersion = object.value(key("min_app_version")).toString();
    if (!AppVersion::isValid(manifest.minAppVersion)) {
        fail(error, QStringLiteral("/min_app_version: expected MAJOR.MINOR.PATCH"));
        return std::nullopt;
    }
    if (!parseFiles(object.value(key("files")), &manifest, error)) {
        return std::nullopt;
    }
    return manifest;
}

} // namespace harbor::updates
