// SPDX-License-Identifier: GPL-3.0-or-later
// The one set of passphrase rules: refusals first (mismatch before
// strength, an empty entry), each with its message and field; then what
// is accepted.
#include "TestMain.h"
#include "shell/Translations.h"
#include "vault/PassphrasePolicy.h"
#include "vault/PassphraseStrength.h"

using harbor::vault::PassphrasePolicy;
using harbor::vault::PassphraseStrength;
using Problem = PassphrasePolicy::Problem;
using Purpose = PassphrasePolicy::Purpose;
using Field = PassphrasePolicy::Verdict::Field;

namespace {
const QString kStrong = QStringLiteral("lantern orbit velvet cactus thunder");
}

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT

    harbor::shell::Translations m_translations;

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en")); }

    void mismatchIsRefusedBeforeStrength_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<int>("purpose");
        QTest::addColumn<QString>("message");
        const QString journal = QStringLiteral("The two passphrases are not the same.");
        const QString backup = QStringLiteral("The two backup passphrases are not the same.");
        QTest::newRow("strong, typo") << kStrong << kStrong + u'x' << int(Purpose::Journal) << journal;
        QTest::newRow("weak and different")
            << QStringLiteral("abc") << QStringLiteral("abd") << int(Purpose::Journal) << journal;
        QTest::newRow("confirmation empty") << kStrong << QString() << int(Purpose::Journal) << journal;
        QTest::newRow("case differs") << kStrong << kStrong.toUpper() << int(Purpose::Journal) << journal;
        QTest::newRow("backup") << kStrong << QStringLiteral("other") << int(Purpose::Backup) << backup;
    }
    void mismatchIsRefusedBeforeStrength()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, confirmation);
        QFETCH(int, purpose);
        QFETCH(QString, message);
        const auto verdict = PassphrasePolicy::checkNew(passphrase, confirmation, Purpose(purpose));
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.problem, Problem::Mismatch);
        QCOMPARE(verdict.field, Field::Confirmation);
        QCOMPARE(verdict.message, message);
    }

    void weakNewPassphrasesAreRefusedWithAdvice_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << QString() << int(Problem::Empty);
        QTest::newRow("password") << QStringLiteral("password1") << int(Problem::TooWeak);
        QTest::newRow("app words") << QStringLiteral("harbor journal") << int(Problem::TooWeak);
        QTest::newRow("two words") << QStringLiteral("lantern orbit") << int(Problem::TooWeak);
    }
    void weakNewPassphrasesAreRefusedWithAdvice()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, problem);
        const auto journal = PassphrasePolicy::checkNew(passphrase, passphrase);
        QCOMPARE(journal.problem, Problem(problem));
        QCOMPARE(journal.field, Field::Passphrase);
        // The journal's refusal is the strength's own advice, which says why.
        QCOMPARE(journal.message, PassphraseStrength::evaluate(passphrase).advice);
        QVERIFY(!journal.message.isEmpty());

        const auto backup = PassphrasePolicy::checkNew(passphrase, passphrase, Purpose::Backup);
        QCOMPARE(backup.problem, Problem(problem));
        QCOMPARE(
            backup.message, QStringLiteral("Choose a stronger backup passphrase: a few unrelated words work well."));
    }

    void theBoundaryIsTheStrengthThreshold()
    {
        // The policy accepts exactly what the strength meter calls acceptable.
        for (const QString &candidate : { QStringLiteral("lantern orbit velvet"), QStringLiteral("correct horse"),
                 QStringLiteral("montaña reloj girasol pescado nube"), kStrong }) {
            QCOMPARE(PassphrasePolicy::checkNew(candidate, candidate).ok(),
                PassphraseStrength::evaluate(candidate).acceptable);
        }
    }

    void anEmptyEnteredPassphraseIsRefused()
    {
        const auto verdict = PassphrasePolicy::checkEntered(QString());
        QCOMPARE(verdict.problem, Problem::Empty);
        QCOMPARE(verdict.field, Field::Passphrase);
        QCOMPARE(verdict.message, QStringLiteral("Type your passphrase."));
    }

    void anEnteredPassphraseNeedsNoStrength()
    {
        // An old weak passphrase must still be accepted for entry: the vault
        // decides whether it is right.
        QVERIFY(PassphrasePolicy::checkEntered(QStringLiteral("a")).ok());
        QVERIFY(PassphrasePolicy::checkEntered(QStringLiteral(" ")).ok());
        QVERIFY(PassphrasePolicy::checkEntered(QStringLiteral("a")).message.isEmpty());
    }

    void strongMatchingPassphrasesAreAccepted()
    {
        for (const auto purpose : { Purpose::Journal, Purpose::Backup }) {
            const auto verdict = PassphrasePolicy::checkNew(kStrong, kStrong, purpose);
            QVERIFY(verdict.ok());
            QCOMPARE(verdict.problem, Problem::None);
            QCOMPARE(verdict.field, Field::None);
            QVERIFY(verdict.message.isEmpty());
        }
    }

    void theHintWhileTypingIsTranslatable()
    {
        QCOMPARE(PassphrasePolicy::notTheSameYet(), QStringLiteral("The two passphrases are not the same yet."));
    }
};

HARBOR_TEST_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"
