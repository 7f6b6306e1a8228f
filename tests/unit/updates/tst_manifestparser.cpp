// SPDX-License-Identifier: GPL-3.0-or-later
// The manifest a publisher signed: malformed ones are refused with the JSON
// path of the problem; a good one round-trips.
#include "TestMain.h"
#include "updates/Manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using harbor::updates::Manifest;
using harbor::updates::ManifestParser;

namespace {

QJsonObject goodObject()
{
    return QJsonObject {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("pack"), QStringLiteral("harbor-default") },
        { QStringLiteral("version"), 7 },
        { QStringLiteral("published"), QStringLiteral("2026-11-30T10:00:00Z") },
        { QStringLiteral("expires"), QStringLiteral("2027-02-28T10:00:00Z") },
        { QStringLiteral("min_app_version"), QStringLiteral("0.1.0") },
        { QStringLiteral("files"),
            QJsonArray {
                QJsonObject { { QStringLiteral("path"), QStringLiteral("pack.json") },
                    { QStringLiteral("length"), 120 }, { QStringLiteral("sha256"), QString(64, QLatin1Char('a')) } },
                QJsonObject { { QStringLiteral("path"), QStringLiteral("guides/tiktok.json") },
                    { QStringLiteral("length"), 4000 },
                    { QStringLiteral("sha256"), QString(64, QLatin1Char('b')) } } } },
    };
}

QByteArray with(const QString &key, const QJsonValue &value)
{
    QJsonObject object = goodObject();
    if (value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
    return QJsonDocument(object).toJson();
}

QByteArray withFile(const QJsonObject &file)
{
    return with(QStringLiteral("files"),
        QJsonArray { goodObject().value(QStringLiteral("files")).toArray().at(0), QJsonValue(file) });
}

QJsonObject file(const QString &path, const QJsonValue &length, const QString &sha)
{
    return QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("length"), length },
        { QStringLiteral("sha256"), sha } };
}

} // namespace

class TestManifestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorStart");
        const QString sha(64, QLatin1Char('c'));
        QTest::newRow("not JSON") << QByteArray("{") << "/:";
        QTest::newRow("array") << QByteArray("[]") << "/:";
        QTest::newRow("unknown key") << with(QStringLiteral("extra"), 1) << "/extra:";
        QTest::newRow("format 2") << with(QStringLiteral("format"), 2) << "/format:";
        QTest::newRow("format as text") << with(QStringLiteral("format"), QStringLiteral("1")) << "/format:";
        QTest::newRow("pack id") << with(QStringLiteral("pack"), QStringLiteral("Harbor Default")) << "/pack:";
        QTest::newRow("version 0") << with(QStringLiteral("version"), 0) << "/version:";
        QTest::newRow("version fraction") << with(QStringLiteral("version"), 2.5) << "/version:";
        QTest::newRow("version missing") << with(QStringLiteral("version"), QJsonValue::Undefined) << "/version:";
        QTest::newRow("date only") << with(QStringLiteral("expires"), QStringLiteral("2027-02-28"))
                                   << "/published, /expires:";
        QTest::newRow("local time") << with(QStringLiteral("published"), QStringLiteral("2026-11-30T10:00:00"))
                                    << "/published, /expires:";
        QTest::newRow("expires first") << with(QStringLiteral("expires"), QStringLiteral("2026-11-01T00:00:00Z"))
                                       << "/expires:";
        QTest::newRow("valid for over 400 days")
            << with(QStringLiteral("expires"), QStringLiteral("2028-01-10T10:00:00Z")) << "/expires:";
        QTest::newRow("min app version") << with(QStringLiteral("min_app_version"), QStringLiteral("1.0"))
                                         << "/min_app_version:";
        QTest::newRow("no files") << with(QStringLiteral("files"), QJsonArray()) << "/files:";
        QTest::newRow("files not a list") << with(QStringLiteral("files"), 3) << "/files:";
        QTest::newRow("no pack.json") << with(
            QStringLiteral("files"), QJsonArray { file(QStringLiteral("a.json"), 3, sha) })
                                      << "/files:";
        QTest::newRow("parent path") << withFile(file(QStringLiteral("../a.json"), 3, sha)) << "/files/1/path:";
        QTest::newRow("absolute path") << withFile(file(QStringLiteral("/etc/a.json"), 3, sha)) << "/files/1/path:";
        QTest::newRow("not json") << withFile(file(QStringLiteral("a.sh"), 3, sha)) << "/files/1/path:";
        QTest::newRow("listed twice") << withFile(file(QStringLiteral("pack.json"), 3, sha)) << "/files/1/path:";
        QTest::newRow("zero length") << withFile(file(QStringLiteral("a.json"), 0, sha)) << "/files/1/length:";
        QTest::newRow("huge length") << withFile(file(QStringLiteral("a.json"), 1e12, sha)) << "/files/1/length:";
        QTest::newRow("length as text") << withFile(file(QStringLiteral("a.json"), QStringLiteral("3"), sha))
                                        << "/files/1/length:";
        QTest::newRow("short hash") << withFile(file(QStringLiteral("a.json"), 3, sha.left(63))) << "/files/1/sha256:";
        QTest::newRow("uppercase hash") << withFile(file(QStringLiteral("a.json"), 3, sha.toUpper()))
                                        << "/files/1/sha256:";
        QJsonObject extra = file(QStringLiteral("a.json"), 3, sha);
        extra.insert(QStringLiteral("url"), QStringLiteral("https://elsewhere"));
        QTest::newRow("file with a URL") << withFile(extra) << "/files/1/url:";
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorStart);
        QString error;
        QVERIFY(!ManifestParser::parse(json, &error));
        QVERIFY2(error.startsWith(errorStart), qPrintable(error));
    }

    void tooManyBytesInAll()
    {
        QJsonArray files { goodObject().value(QStringLiteral("files")).toArray().at(0) };
        for (int i = 0; i < 5; ++i) {
            files.append(file(QStringLiteral("f%1.json").arg(i), 2 * 1024 * 1024, QString(64, QLatin1Char('d'))));
        }
        QString error;
        QVERIFY(!ManifestParser::parse(with(QStringLiteral("files"), files), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/files: more than")), qPrintable(error));
    }

    void goodManifestRoundTrips()
    {
        QString error;
        const auto manifest = ManifestParser::parse(QJsonDocument(goodObject()).toJson(), &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(manifest->pack, QStringLiteral("harbor-default"));
        QCOMPARE(manifest->version, 7);
        QCOMPARE(manifest->expires, QDateTime(QDate(2027, 2, 28), QTime(10, 0), Qt::UTC));
        QCOMPARE(manifest->files.size(), 2);
        QVERIFY(manifest->file(QStringLiteral("guides/tiktok.json")));
        QCOMPARE(manifest->file(QStringLiteral("guides/tiktok.json"))->sha256, QByteArray(32, '\xbb'));
        const auto again = ManifestParser::parse(manifest->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), manifest->toJson());
    }
};

HARBOR_TEST_MAIN(TestManifestParser)
#include "tst_manifestparser.moc"
