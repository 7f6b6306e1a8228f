// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "vault/KeyHeader.h"

#include <QJsonDocument>
#include <QJsonObject>

using harbor::vault::KdfParams;
using harbor::vault::KeyHeader;
using ParseError = KeyHeader::ParseError;

namespace {

KeyHeader sampleHeader()
{
    KeyHeader header;
    header.vaultId = QByteArray(16, '\x01');
    header.passphraseKdf = KdfParams { 5, KdfParams::kMinMemBytes };
    header.passphraseSalt = QByteArray(16, '\x02');
    header.passphraseWrap = { QByteArray(24, '\x03'), QByteArray(48, '\x04') };
    header.recoverySalt = QByteArray(16, '\x05');
    header.recoveryWrap = { QByteArray(24, '\x06'), QByteArray(48, '\x07') };
    return header;
}

// Replaces (or with an undefined value, removes) the field at "a/b/c".
void setIn(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
}

QByteArray mutate(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const QStringList parts = path.split(u'/');
    if (parts.size() == 1) {
        setIn(root, parts[0], value);
    } else {
        QJsonObject inner = root.value(parts[0]).toObject();
        if (parts.size() == 2) {
            setIn(inner, parts[1], value);
        } else {
            QJsonObject innermost = inner.value(parts[1]).toObject();
            setIn(innermost, parts[2], value);
            inner.insert(parts[1], innermost);
        }
        root.insert(parts[0], inner);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestKeyHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesDamagedHeaders_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<ParseError>("expected");
        const QJsonValue remove(QJsonValue::Undefined);
        const QString shortB64 = QString::fromLatin1(QByteArray(15, 'x').toBase64());
        QTest::newRow("other format") << "format" << QJsonValue(QStringLiteral("something-else"))
                                      << ParseError::NotAHeader;
        QTest::newRow("no format") << "format" << remove << ParseError::NotAHeader;
        QTest::newRow("future version") << "version" << QJsonValue(2) << ParseError::UnsupportedVersion;
        QTest::newRow("version as text") << "version" << QJsonValue(QStringLiteral("1")) << ParseError::Damaged;
        QTest::newRow("no vault id") << "vault_id" << remove << ParseError::Damaged;
        QTest::newRow("short vault id") << "vault_id" << QJsonValue(shortB64) << ParseError::Damaged;
        QTest::newRow("bad base64") << "vault_id" << QJsonValue(QStringLiteral("!!!!")) << ParseError::Damaged;
        QTest::newRow("other page size") << "database/cipher_page_size" << QJsonValue(1024) << ParseError::Damaged;
        QTest::newRow("no kdf iter") << "database/cipher_kdf_iter" << remove << ParseError::Damaged;
        QTest::newRow("other kdf") << "passphrase/kdf" << QJsonValue(QStringLiteral("pbkdf2")) << ParseError::Damaged;
        QTest::newRow("ops below floor") << "passphrase/ops_limit" << QJsonValue(2) << ParseError::Damaged;
        QTest::newRow("memory below floor")
            << "passphrase/mem_limit" << QJsonValue(19 * 1024 * 1024) << ParseError::Damaged;
        QTest::newRow("absurd ops") << "passphrase/ops_limit" << QJsonValue(1e12) << ParseError::Damaged;
        QTest::newRow("fractional ops") << "passphrase/ops_limit" << QJsonValue(3.5) << ParseError::Damaged;
        QTest::newRow("negative memory") << "passphrase/mem_limit" << QJsonValue(-1) << ParseError::Damaged;
        QTest::newRow("short salt") << "passphrase/salt" << QJsonValue(shortB64) << ParseError::Damaged;
        QTest::newRow("no passphrase wrap") << "passphrase/wrap" << remove << ParseError::Damaged;
        QTest::newRow("short nonce") << "passphrase/wrap/nonce" << QJsonValue(shortB64) << ParseError::Damaged;
        QTest::newRow("no sealed key") << "recovery/wrap/sealed" << remove << ParseError::Damaged;
        QTest::newRow("no recovery") << "recovery" << remove << ParseError::Damaged;
    }
    void refusesDamagedHeaders()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(ParseError, expected);
        const QByteArray json = mutate(sampleHeader().serialize(), path, value);
        ParseError error = ParseError::None;
        QVERIFY(!KeyHeader::parse(json, &error).has_value());
        QCOMPARE(error, expected);
    }

    void refusesNonJson_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\x01\x02 not json", 12);
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("truncated") << sampleHeader().serialize().left(100);
        QTest::newRow("huge") << QByteArray(qsizetype { 65 } * 1024, ' ');
    }
    void refusesNonJson()
    {
        QFETCH(QByteArray, bytes);
        ParseError error = ParseError::None;
        QVERIFY(!KeyHeader::parse(bytes, &error).has_value());
        QCOMPARE(error, ParseError::NotAHeader);
    }

    void roundTrips()
    {
        const KeyHeader header = sampleHeader();
        ParseError error = ParseError::Damaged;
        const auto parsed = KeyHeader::parse(header.serialize(), &error);
        QVERIFY(parsed.has_value());
        QCOMPARE(error, ParseError::None);
        QCOMPARE(parsed->vaultId, header.vaultId);
        QCOMPARE(parsed->passphraseKdf, header.passphraseKdf);
        QCOMPARE(parsed->passphraseSalt, header.passphraseSalt);
        QCOMPARE(parsed->passphraseWrap.nonce, header.passphraseWrap.nonce);
        QCOMPARE(parsed->passphraseWrap.sealed, header.passphraseWrap.sealed);
        QCOMPARE(parsed->recoverySalt, header.recoverySalt);
        QCOMPARE(parsed->recoveryWrap.sealed, header.recoveryWrap.sealed);
        QCOMPARE(parsed->cipherPageSize, 4096);
        QCOMPARE(parsed->passphraseAssociatedData(), header.passphraseAssociatedData());
    }

    void associatedDataBindsParameters()
    {
        KeyHeader a = sampleHeader();
        KeyHeader b = sampleHeader();
        b.passphraseKdf.opsLimit = 4;
        QVERIFY(a.passphraseAssociatedData() != b.passphraseAssociatedData());
        b = sampleHeader();
        b.vaultId[0] = '\x09';
        QVERIFY(a.recoveryAssociatedData() != b.recoveryAssociatedData());
    }
};

HARBOR_TEST_MAIN(TestKeyHeader)
#include "tst_keyheader.moc"
