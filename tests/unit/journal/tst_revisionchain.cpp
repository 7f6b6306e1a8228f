// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "journal/RevisionChain.h"

#include <QJsonArray>

using harbor::journal::ChainLink;
using harbor::journal::RevisionChain;
using Kind = ChainLink::Kind;

namespace {

QJsonObject note(const QString &text)
{
    return QJsonObject { { QStringLiteral("what"), text }, { QStringLiteral("severity"), QStringLiteral("concern") } };
}

// e1 written, e2 written, e1 edited, e2 deleted, e1 erased.
QList<ChainLink> sampleChain()
{
    QList<ChainLink> links;
    auto add = [&links](const QString &entry, Kind kind, qint64 at, const QJsonObject &content) {
        links.append(RevisionChain::append(
            links.isEmpty() ? nullptr : &links.last(), entry, kind, at, RevisionChain::contentHash(content)));
    };
    add(QStringLiteral("e1"), Kind::Revision, 1000, note(QStringLiteral("first message from new account")));
    add(QStringLiteral("e2"), Kind::Revision, 2000, note(QStringLiteral("asked for photos")));
    add(QStringLiteral("e1"), Kind::Revision, 3000, note(QStringLiteral("first message from new account, 9 pm")));
    add(QStringLiteral("e2"), Kind::Tombstone, 4000, QJsonObject {});
    add(QStringLiteral("e1"), Kind::Erasure, 5000, QJsonObject {});
    return links;
}

} // namespace

class TestRevisionChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tamperingIsFoundAtTheFirstBrokenLink_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qsizetype>("expected");
        QTest::newRow("content changed") << "content" << qsizetype(1);
        QTest::newRow("time changed") << "time" << qsizetype(2);
        QTest::newRow("entry moved") << "entry" << qsizetype(0);
        QTest::newRow("kind changed") << "kind" << qsizetype(3);
        QTest::newRow("link removed") << "remove" << qsizetype(2);
        QTest::newRow("links swapped") << "swap" << qsizetype(1);
        QTest::newRow("hash recomputed but next link not") << "rehash" << qsizetype(2);
        QTest::newRow("last link dropped and sequence kept") << "truncate-renumber" << qsizetype(3);
        QTest::newRow("short content hash") << "short-hash" << qsizetype(4);
    }
    void tamperingIsFoundAtTheFirstBrokenLink()
    {
        QFETCH(QString, tamper);
        QFETCH(qsizetype, expected);
        QList<ChainLink> links = sampleChain();
        QVERIFY(!RevisionChain::firstBreak(links).has_value());
        if (tamper == QLatin1String("content")) {
            links[1].contentHash = RevisionChain::contentHash(note(QStringLiteral("asked for nothing")));
        } else if (tamper == QLatin1String("time")) {
            links[2].createdAtMs += 1;
        } else if (tamper == QLatin1String("entry")) {
            links[0].entryId = QStringLiteral("e9");
        } else if (tamper == QLatin1String("kind")) {
            links[3].kind = Kind::Revision;
        } else if (tamper == QLatin1String("remove")) {
            links.removeAt(2);
        } else if (tamper == QLatin1String("swap")) {
            links.swapItemsAt(1, 2);
        } else if (tamper == QLatin1String("rehash")) {
            // A forger who fixes one link's hash still breaks the next one.
            links[1].contentHash = RevisionChain::contentHash(note(QStringLiteral("forged")));
            links[1].hash = RevisionChain::linkHash(links[1]);
        } else if (tamper == QLatin1String("truncate-renumber")) {
            links.removeAt(3);
            links[3].sequence = 4;
        } else if (tamper == QLatin1String("short-hash")) {
            links[4].contentHash.chop(1);
        }
        const auto broken = RevisionChain::firstBreak(links);
        QVERIFY(broken.has_value());
        QCOMPARE(*broken, expected);
    }

    void intactChainVerifiesIncludingErasure()
    {
        const QList<ChainLink> links = sampleChain();
        QVERIFY(!RevisionChain::firstBreak(links).has_value());
        QVERIFY(!RevisionChain::firstBreak({}).has_value());
        QCOMPARE(links.first().previousHash, RevisionChain::genesis());
        QCOMPARE(links.last().sequence, qint64(5));
        for (const ChainLink &link : links) {
            QCOMPARE(link.hash.size(), RevisionChain::kHashBytes);
        }
    }

    void canonicalFormIsStable()
    {
        // Key order and Unicode composition do not change the bytes.
        const QJsonObject a { { QStringLiteral("b"), 1 }, { QStringLiteral("a"), QStringLiteral("ni\u00f1o") } };
        QJsonObject b;
        b.insert(QStringLiteral("a"), QStringLiteral("nin\u0303o"));
        b.insert(QStringLiteral("b"), 1);
        QCOMPARE(RevisionChain::canonical(a), RevisionChain::canonical(b));
        QCOMPARE(RevisionChain::canonical(a), QByteArray("{\"a\":\"ni\xc3\xb1o\",\"b\":1}"));
        const QJsonObject nested { { QStringLiteral("tags"), QJsonArray { QStringLiteral("e\u0301"), 2 } } };
        QCOMPARE(RevisionChain::canonical(nested), QByteArray("{\"tags\":[\"\xc3\xa9\",2]}"));
        QVERIFY(RevisionChain::contentHash(a) != RevisionChain::contentHash(nested));
    }

    void hashesAreKnownValues()
    {
        // Pinned so that a change to the link format cannot go unnoticed:
        // reports quote these hashes.
        const ChainLink first = RevisionChain::append(nullptr, QStringLiteral("e1"), Kind::Revision, 1000,
            RevisionChain::contentHash(QJsonObject { { QStringLiteral("what"), QStringLiteral("x") } }));
        QCOMPARE(RevisionChain::canonical(QJsonObject { { QStringLiteral("what"), QStringLiteral("x") } }),
            QByteArray("{\"what\":\"x\"}"));
        // Recomputed independently (Python hashlib) from the documented layout:
        // SHA-256 of length-prefixed fields "harbor-journal-chain/1", sequence,
        // entry id, kind, time, content hash, previous hash.
        QCOMPARE(first.hash.toHex(), QByteArray("d909f96fce548553199e07cb62937f5e3626940e03cfb34b3348ad27a39088f4"));
        const ChainLink again
            = RevisionChain::append(nullptr, QStringLiteral("e1"), Kind::Revision, 1000, first.contentHash);
        QCOMPARE(again.hash, first.hash);
    }
};

HARBOR_TEST_MAIN(TestRevisionChain)
#include "tst_revisionchain.moc"
