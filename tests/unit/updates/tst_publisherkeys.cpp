// SPDX-License-Identifier: GPL-3.0-or-later
// The pinned-keys file: bad lines refused, the build's file has two keys;
// and the app-version comparison min_app_version relies on.
#include "TestMain.h"
#include "updates/AppVersion.h"
#include "updates/PublisherKeys.h"

using harbor::updates::AppVersion;
using harbor::updates::PublisherKeys;

class TestPublisherKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data()
    {
        QTest::addColumn<QString>("text");
        const QString key = PublisherKeys::format(QByteArray(32, 'k'));
        QTest::newRow("empty") << QString();
        QTest::newRow("comments only") << QStringLiteral("# nothing\n\n");
        QTest::newRow("no prefix") << key.mid(8);
        QTest::newRow("other algorithm") << QStringLiteral("rsa:") + key.mid(8);
        QTest::newRow("short key") << PublisherKeys::format(QByteArray(31, 'k'));
        QTest::newRow("long key") << PublisherKeys::format(QByteArray(33, 'k'));
        QTest::newRow("not base64") << QStringLiteral("ed25519:!!!!");
        QTest::newRow("one bad line among good") << key + QStringLiteral("\ned25519:AAAA\n");
    }

    void refused()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(PublisherKeys::parse(text, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void parsesKeysAndComments()
    {
        const QByteArray a(32, 'a');
        const QByteArray b(32, 'b');
        const QString text
            = QStringLiteral("# pinned\n%1\n\n  %2  \n%1\n").arg(PublisherKeys::format(a), PublisherKeys::format(b));
        QString error;
        QCOMPARE(PublisherKeys::parse(text, &error), (QList<QByteArray> { a, b }));
    }

    void buildPinsTwoKeys()
    {
        const QList<QByteArray> keys = PublisherKeys::pinned();
        QCOMPARE(keys.size(), 2);
        QVERIFY(keys.at(0) != keys.at(1));
    }

    void appVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected"); // 2: invalid
        QTest::newRow("equal") << "0.1.0"
                               << "0.1.0" << 0;
        QTest::newRow("patch") << "0.1.2"
                               << "0.1.10" << -1;
        QTest::newRow("minor") << "0.10.0"
                               << "0.9.9" << 1;
        QTest::newRow("major") << "99.0.0"
                               << "0.1.0" << 1;
        QTest::newRow("two parts") << "1.0"
                                   << "0.1.0" << 2;
        QTest::newRow("suffix") << "1.0.0-rc1"
                                << "0.1.0" << 2;
        QTest::newRow("leading zero") << "01.0.0"
                                      << "0.1.0" << 2;
        QTest::newRow("empty") << ""
                               << "0.1.0" << 2;
    }

    void appVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(AppVersion::compare(a, b).value_or(2), expected);
    }

    void currentVersionIsValid() { QVERIFY(AppVersion::isValid(AppVersion::current())); }
};

HARBOR_TEST_MAIN(TestPublisherKeys)
#include "tst_publisherkeys.moc"
