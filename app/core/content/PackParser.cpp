// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/PackParser.h"

#include "content/DocumentParser.h"
#include "content/DocumentReader.h"
#include "content/PackLinks.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace harbor::content {

namespace {

const QString kPackFile = QStringLiteral("pack.json");

std::optional<QJsonObject> parseJson(const QString &file, const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: not valid JSON at byte %2 (%3)")
                     .arg(file)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("%1: /: expected an object").arg(file);
        return std::nullopt;
    }
    return document.object();
}

} // namespace

bool PackParser::isSafePath(const QString &path)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9-]+(/[a-z0-9-]+)*\\.json")));
    return pattern.match(path).hasMatch();
}

std::optional<Pack> PackParser::parse(const QMap<QString, QByteArray> &files, QString *error)
{
    QString ignored;
    QString &problem = error ? *error : ignored;
    problem.clear();
    qint64 total = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.value().size() > kMaxFileBytes) {
            problem = QStringLiteral("%1: larger than %2 bytes").arg(it.key()).arg(kMaxFileBytes);
            return std::nullopt;
        }
        total += it.value().size();
    }
    if (total > kMaxPackBytes) {
        problem = QStringLiteral("the pack is larger than %1 bytes").arg(kMaxPackBytes);
        return std::nullopt;
    }
    if (!files.contains(kPackFile)) {
        problem = QStringLiteral("pack.json: missing");
        return std::nullopt;
    }
    const auto root = parseJson(kPackFile, files.value(kPackFile), &problem);
    if (!root) {
        return std::nullopt;
    }

    // pack.json, strictly: any problem here refuses the pack.
    DocumentReader reader(kPackFile, { QStringLiteral("en") });
    reader.onlyKeys(*root, {}, { "format", "id", "version", "published", "languages", "files" });
    if (reader.ok() && root->value(QLatin1String("format")).toInt(-1) != kFormat) {
        reader.fail(QStringLiteral("/format"), QStringLiteral("this app reads format %1").arg(kFormat));
    }
    Pack pack;
    pack.id = reader.id(*root, "id", {});
    const QJsonValue version = root->value(QLatin1String("version"));
    pack.version = version.toInt(0);
    if (reader.ok() && (!version.isDouble() || pack.version < 1 || version.toDouble() != pack.version)) {
        reader.fail(QStringLiteral("/version"), QStringLiteral("expected a whole number from 1"));
    }
    pack.published = reader.date(*root, "published", {});
    pack.languages = reader.ids(*root, "languages", {}, 1);
    if (reader.ok() && !pack.languages.contains(QStringLiteral("en"))) {
        reader.fail(QStringLiteral("/languages"), QStringLiteral("English (en) is required"));
    }
    const QJsonArray listed = reader.array(*root, "files", {}, 1);
    QStringList paths;
    for (qsizetype i = 0; i < listed.size() && reader.ok(); ++i) {
        const QString path = listed.at(i).toString();
        const QString here = QStringLiteral("/files/%1").arg(i);
        if (!isSafePath(path)) {
            reader.fail(here, QStringLiteral("not a path inside the pack"));
        } else if (!files.contains(path)) {
            reader.fail(here, QStringLiteral("%1 is missing").arg(path));
        } else if (paths.contains(path)) {
            reader.fail(here, QStringLiteral("listed twice"));
        }
        paths.append(path);
    }
    if (!reader.ok()) {
        problem = reader.problem();
        return std::nullopt;
    }

    // Each document on its own: a bad one is left out and named.
    for (const QString &path : std::as_const(paths)) {
        QString documentProblem;
        const auto document = parseJson(path, files.value(path), &documentProblem);
        if (document) {
            documentProblem = DocumentParser::parseInto(path, *document, pack);
        }
        if (!documentProblem.isEmpty()) {
            pack.problems.append(documentProblem);
        }
    }
    // Then what documents say of each other (ids that must exist).
    PackLinks::check(pack);
    return pack;
}

} // namespace harbor::content
