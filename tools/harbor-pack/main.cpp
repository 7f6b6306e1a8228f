// SPDX-License-Identifier: GPL-3.0-or-later
// harbor-pack: make publisher keys, sign a content pack for release, and
// check a release folder exactly as the app will. See README, "Content updates".
#include "SecretKeyFile.h"
#include "content/ContactReport.h"
#include "content/PackLoader.h"
#include "updates/AppVersion.h"
#include "updates/ManifestSignature.h"
#include "updates/PackPublisher.h"
#include "updates/PublisherKeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace {

using namespace harbor;

int failWith(const QString &message)
{
    std::fprintf(stderr, "harbor-pack: %s\n", qPrintable(message));
    return 1;
}

int usage(const QCommandLineParser &parser)
{
    std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
    return 2;
}

int keygen(const QStringList &args)
{
    if (args.size() != 1) {
        return failWith(QStringLiteral("keygen needs one argument: the secret key file to create"));
    }
    QByteArray publicKey;
    QByteArray secretKey;
    updates::ManifestSignature::generateKeyPair(&publicKey, &secretKey);
    QString error;
    const bool written = tools::SecretKeyFile::write(args.constFirst(), secretKey, &error);
    secretKey.fill('\0');
    if (!written) {
        return failWith(error);
    }
    std::printf("%s\n", qPrintable(updates::PublisherKeys::format(publicKey)));
    std::fprintf(stderr,
        "harbor-pack: secret key written to %s (keep it offline); the line above is the public "
        "key for assets/updates/publisher-keys.txt\n",
        qPrintable(args.constFirst()));
    return 0;
}

int sign(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 2 || !parser.isSet(QStringLiteral("key"))) {
        return failWith(QStringLiteral("sign needs --key FILE, the pack folder and the output folder"));
    }
    bool daysOk = false;
    const int days = parser.value(QStringLiteral("expires-in-days")).toInt(&daysOk);
    if (!daysOk || days < 1 || days > 366) {
        return failWith(QStringLiteral("--expires-in-days: expected 1 to 366"));
    }
    QString error;
    updates::PackPublisher::Release release;
    release.packFolder = args.at(0);
    release.outFolder = args.at(1);
    release.secretKey = tools::SecretKeyFile::read(parser.value(QStringLiteral("key")), &error);
    if (release.secretKey.isEmpty()) {
        return failWith(error);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    release.published = now.addMSecs(-(now.time().msec()));
    release.expires = release.published.addDays(days);
    release.minAppVersion = parser.value(QStringLiteral("min-app-version"));
    const auto manifest = updates::PackPublisher::publish(release, &error);
    release.secretKey.fill('\0');
    if (!manifest) {
        return failWith(error);
    }
    std::printf("signed %s version %d (%lld files), expires %s\n", qPrintable(manifest->pack), manifest->version,
        static_cast<long long>(manifest->files.size()), qPrintable(manifest->expires.toString(Qt::ISODate)));
    return 0;
}

int verify(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 1) {
        return failWith(QStringLiteral("verify needs the release folder"));
    }
    QList<QByteArray> keys = updates::PublisherKeys::pinned();
    QString error;
    if (parser.isSet(QStringLiteral("keys"))) {
        QFile file(parser.value(QStringLiteral("keys")));
        if (!file.open(QIODevice::ReadOnly)) {
            return failWith(QStringLiteral("cannot read %1").arg(file.fileName()));
        }
        keys = updates::PublisherKeys::parse(QString::fromUtf8(file.read(qint64 { 64 } * 1024)), &error);
        if (keys.isEmpty()) {
            return failWith(file.fileName() + QStringLiteral(": ") + error);
        }
    }
    const auto manifest
        = updates::PackPublisher::verify(args.constFirst(), keys, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!manifest) {
        return failWith(error);
    }
    std::printf("ok: %s version %d, %lld files, published %s, expires %s, needs Harbor %s or newer\n",
        qPrintable(manifest->pack), manifest->version, static_cast<long long>(manifest->files.size()),
        qPrintable(manifest->published.toString(Qt::ISODate)), qPrintable(manifest->expires.toString(Qt::ISODate)),
        qPrintable(manifest->minAppVersion));
    return 0;
}

// Every number and link of a pack folder, for reviewers; fails on a number
// without a source or a checked date (CI runs it over the shipped pack).
int report(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 1) {
        return failWith(QStringLiteral("report needs one argument: the pack folder"));
    }
    QString error;
    const auto pack = content::PackLoader::load(args.constFirst(), &error);
    if (!pack) {
        return failWith(error);
    }
    bool ok = false;
    const int maxAge = parser.value(QStringLiteral("max-age-days")).toInt(&ok);
    if (!ok || maxAge < 1) {
        return failWith(QStringLiteral("--max-age-days wants a whole number of days"));
    }
    const content::ContactReport result = content::ContactReport::build(*pack, QDate::currentDate(), maxAge);
    std::fputs(qPrintable(result.toText()), stdout);
    for (const QString &problem : pack->problems) {
        std::fprintf(stderr, "harbor-pack: pack problem: %s\n", qPrintable(problem));
    }
    std::fprintf(stderr, "harbor-pack: %lld numbers and links, %d checked more than %d days ago, %lld problems\n",
        static_cast<long long>(result.rows().size()), result.staleCount(), maxAge,
        static_cast<long long>(result.problems().size() + pack->problems.size()));
    const bool strict = parser.isSet(QStringLiteral("fail-on-stale"));
    return result.problems().isEmpty() && pack->problems.isEmpty() && (!strict || result.staleCount() == 0) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbor-pack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HARBOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Publishes Harbor content packs.\n\n"
                       "  keygen SECRET_KEY_FILE          make a publisher key pair; prints the public key\n"
                       "  sign --key FILE PACK_DIR OUT    sign PACK_DIR into OUT, ready for any static web server\n"
                       "  verify [--keys FILE] OUT        check OUT as the app will (default: the pinned keys)\n"
                       "  report PACK_DIR                 list every number and link with its source and date;\n"
                       "                                  fails on a number without either"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("keygen, sign, verify or report"));
    parser.addOption({ QStringLiteral("max-age-days"),
        QStringLiteral("Flag numbers checked longer ago than this (report; default 365)."), QStringLiteral("days"),
        QStringLiteral("365") });
    parser.addOption({ QStringLiteral("fail-on-stale"), QStringLiteral("Fail when any number is stale (report).") });
    parser.addOption({ QStringLiteral("key"), QStringLiteral("The secret key file (sign)."), QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("keys"), QStringLiteral("A public keys file (verify)."), QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("expires-in-days"), QStringLiteral("How long the release may be offered (sign; default 90)."),
            QStringLiteral("days"), QStringLiteral("90") });
    parser.addOption({ QStringLiteral("min-app-version"),
        QStringLiteral("The oldest Harbor that can read the pack (sign; default this version)."),
        QStringLiteral("version"), updates::AppVersion::current() });
    parser.process(app);

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        return usage(parser);
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("keygen")) {
        return keygen(args);
    }
    if (command == QLatin1String("sign")) {
        return sign(parser, args);
    }
    if (command == QLatin1String("verify")) {
        return verify(parser, args);
    }
    if (command == QLatin1String("report")) {
        return report(parser, args);
    }
    return usage(parser);
}
