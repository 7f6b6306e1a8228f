// SPDX-License-Identifier: GPL-3.0-or-later
// VaultController without QML: refusals first (each with its message and
// field, nothing changed), then set-up, the recovery key, changes, notices,
// auto-lock and the language signal.
#include "TestMain.h"
#include "VaultController.h"
#include "VaultFixture.h"
#include "shell/Translations.h"
#include "vault/PassphrasePolicy.h"

#include <QDir>

using harbor::test::VaultFixture;
using harbor::vault::Vault;
using harbor::vaultui::VaultController;

namespace {

bool settled(VaultController &controller)
{
    return QTest::qWaitFor([&controller] { return !controller.status().busy; }, 30000);
}

// The two groups the controller asks for, read from its recovery key.
QPair<QString, QString> askedGroups(const VaultController &controller)
{
    const QStringList groups = controller.recoveryKey().split(u'-');
    return { groups.at(controller.groupsToConfirm().at(0)), groups.at(controller.groupsToConfirm().at(1)) };
}

} // namespace

class TestVaultController : public QObject
{
    Q_OBJECT

    harbor::shell::Translations m_translations;

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en")); }

    void createRefusesMismatchedOrWeakPassphrasesAndCreatesNothing()
    {
        VaultFixture f;
        VaultController controller(f.vault, f.settings, f.clock, false);
        QSignalSpy status(&controller, &VaultController::statusChanged);
        controller.create(VaultFixture::kPassphrase, VaultFixture::kPassphrase + u'!');
        QCOMPARE(controller.status().error, QStringLiteral("The two passphrases are not the same."));
        QCOMPARE(controller.status().errorField, QStringLiteral("confirmation"));
        QVERIFY(status.count() >= 1);

        controller.create(QStringLiteral("password1"), QStringLiteral("password1"));
        QCOMPARE(controller.status().errorField, QStringLiteral("passphrase"));
        QVERIFY(!controller.status().error.isEmpty());
        QVERIFY(!controller.status().busy);
        QCOMPARE(controller.state(), int(VaultController::Absent));
        QVERIFY(QDir(f.dir.path()).entryList(QDir::Files).isEmpty());
    }

    void unlockRefusesAnEmptyPassphraseWithoutTryingIt()
    {
        VaultFixture f;
        QVERIFY(f.create());
        f.vault.lock();
        VaultController controller(f.vault, f.settings, f.clock, false);
        controller.unlock(QString());
        QCOMPARE(controller.status().error, QStringLiteral("Type your passphrase."));
        QCOMPARE(controller.status().errorField, QStringLiteral("passphrase"));
        QVERIFY(!f.vault.isBusy());
        QCOMPARE(f.vault.backoffRemainingMs(), qint64(0)); // not counted as a wrong one
    }

    void aWrongPassphraseIsExplainedAndBacksOff()
    {
        VaultFixture f;
        QVERIFY(f.create());
        f.vault.lock();
        VaultController controller(f.vault, f.settings, f.clock, false);
        controller.unlock(QStringLiteral("not the passphrase"));
        QVERIFY(controller.status().busy);
        QVERIFY(settled(controller));
        QVERIFY(controller.status().error.contains(QStringLiteral("not right")));
        QCOMPARE(controller.state(), int(VaultController::Locked));
        QCOMPARE(controller.backoffSeconds(), 1);
        f.clock.advance(1000);
        QCOMPARE(controller.backoffSeconds(), 0);
        controller.unlock(VaultFixture::kPassphrase);
        QVERIFY(settled(controller));
        QCOMPARE(controller.state(), int(VaultController::Unlocked));
        QVERIFY(controller.status().error.isEmpty()); // unlocking clears the old error
    }

    void recoverRefusesAnIncompleteKey()
    {
        VaultFixture f;
        QVERIFY(f.create());
        f.vault.lock();
        VaultController controller(f.vault, f.settings, f.clock, false);
        controller.recover(QStringLiteral("ABCD-EFGH"), VaultFixture::kPassphrase, VaultFixture::kPassphrase);
        QCOMPARE(controller.status().errorField, QStringLiteral("recoveryKey"));
        QVERIFY(!f.vault.isBusy());
        controller.recover(QStringLiteral("ABCD-EFGH"), VaultFixture::kPassphrase, QStringLiteral("other"));
        QCOMPARE(controller.status().errorField, QStringLiteral("recoveryKey")); // the key is checked first
    }

    void wipeNeedsTheTypedWord()
    {
        VaultFixture f;
        QVERIFY(f.create());
        VaultController controller(f.vault, f.settings, f.clock, false);
        QCOMPARE(controller.wipeWord(), QStringLiteral("ERASE"));
        controller.wipe(VaultFixture::kPassphrase, QStringLiteral("erase it"));
        QCOMPARE(controller.status().errorField, QStringLiteral("wipeWord"));
        QVERIFY(!f.vault.isBusy());
        QCOMPARE(controller.state(), int(VaultController::Unlocked));

        QSignalSpy wiped(&controller, &VaultController::wiped);
        controller.wipe(VaultFixture::kPassphrase, QStringLiteral(" erase "));
        QVERIFY(wiped.wait(30000));
        QCOMPARE(controller.state(), int(VaultController::Absent));
        QCOMPARE(controller.status().notice, QStringLiteral("Everything Harbor kept on this device was erased."));
    }

    void theRecoveryKeyIsTypedBackThenForgotten()
    {
        VaultFixture f;
        VaultController controller(f.vault, f.settings, f.clock, false);
        QSignalSpy key(&controller, &VaultController::recoveryKeyChanged);
        controller.create(VaultFixture::kPassphrase, VaultFixture::kPassphrase);
        QVERIFY(key.wait(30000));
        QCOMPARE(controller.recoveryKey().size(), 34);
        QCOMPARE(controller.groupsToConfirm().size(), 2);
        QVERIFY(controller.groupsToConfirm().at(0) < controller.groupsToConfirm().at(1));

        QVERIFY(!controller.confirmRecoveryKey(QStringLiteral("ZZZZ"), QStringLiteral("ZZZZ")));
        QCOMPARE(controller.status().errorField, QStringLiteral("recoveryKey"));
        const auto [first, second] = askedGroups(controller);
        QVERIFY(controller.confirmRecoveryKey(first.toLower(), u' ' + second));
        QVERIFY(controller.status().error.isEmpty());
        QVERIFY(controller.status().notice.isEmpty()); // set-up says nothing more here
        controller.dismissRecoveryKey();
        QVERIFY(controller.recoveryKey().isEmpty());
        QVERIFY(controller.groupsToConfirm().isEmpty());
        QVERIFY(!controller.confirmRecoveryKey(first, second)); // nothing left to confirm
    }

    void aNewRecoveryKeySaysItIsActive()
    {
        VaultFixture f;
        QVERIFY(f.create());
        VaultController controller(f.vault, f.settings, f.clock, false);
        QSignalSpy key(&controller, &VaultController::recoveryKeyChanged);
        controller.regenerateRecoveryKey(QStringLiteral("wrong"));
        QVERIFY(settled(controller));
        QVERIFY(!controller.status().error.isEmpty());
        QCOMPARE(key.count(), 0);
        f.clock.advance(1000);
        controller.regenerateRecoveryKey(VaultFixture::kPassphrase);
        QVERIFY(key.wait(30000));
        const auto [first, second] = askedGroups(controller);
        QVERIFY(controller.confirmRecoveryKey(first, second));
        QCOMPARE(controller.status().notice, QStringLiteral("Your new recovery key is active."));
    }

    void changingThePassphraseSaysSo()
    {
        VaultFixture f;
        QVERIFY(f.create());
        VaultController controller(f.vault, f.settings, f.clock, false);
        const QString next = QStringLiteral("a whole new passphrase of words");
        controller.changePassphrase(VaultFixture::kPassphrase, next, next + u'x');
        QCOMPARE(controller.status().errorField, QStringLiteral("confirmation"));
        QVERIFY(!f.vault.isBusy());

        QSignalSpy changed(&controller, &VaultController::passphraseChanged);
        controller.changePassphrase(VaultFixture::kPassphrase, next, next);
        QVERIFY(controller.status().busy);
        QVERIFY(changed.wait(30000));
        QCOMPARE(controller.status().notice, QStringLiteral("Your passphrase was changed."));
        QVERIFY(!controller.status().busy);
        controller.clearError();
        QCOMPARE(controller.status(), harbor::ui::Status::idle());
        f.vault.lock();
        QVERIFY(f.unlock(next));
    }

    void thePassphraseRulesAreThePolicys()
    {
        VaultFixture f;
        VaultController controller(f.vault, f.settings, f.clock, false);
        QVERIFY(!controller.acceptsNewPassphrase(QStringLiteral("password1"), QStringLiteral("password1")));
        QVERIFY(!controller.acceptsNewPassphrase(VaultFixture::kPassphrase, QString()));
        QVERIFY(controller.acceptsNewPassphrase(VaultFixture::kPassphrase, VaultFixture::kPassphrase));
        QCOMPARE(controller.confirmationHint(VaultFixture::kPassphrase, QStringLiteral("lan")),
            harbor::vault::PassphrasePolicy::notTheSameYet());
        QVERIFY(controller.confirmationHint(VaultFixture::kPassphrase, QString()).isEmpty());
        QVERIFY(controller.confirmationHint(VaultFixture::kPassphrase, VaultFixture::kPassphrase).isEmpty());

        const auto weak = controller.evaluatePassphrase(QStringLiteral("password1"));
        QVERIFY(!weak.acceptable);
        QVERIFY(!weak.advice.isEmpty());
        const auto strong = controller.evaluatePassphrase(VaultFixture::kPassphrase);
        QVERIFY(strong.acceptable);
        QVERIFY(strong.score >= 3);
        QVERIFY(!strong.verdict.isEmpty());
    }

    void autoLockAfterTheIdleTime()
    {
        VaultFixture f;
        QVERIFY(f.create());
        VaultController controller(f.vault, f.settings, f.clock, false);
        controller.setIdleMinutes(2);
        QCOMPARE(f.settings.idleMinutes(), 2);
        f.clock.advance(119'000);
        controller.checkAutoLock();
        QCOMPARE(controller.state(), int(VaultController::Unlocked));
        f.clock.advance(1'000);
        controller.checkAutoLock();
        QCOMPARE(controller.state(), int(VaultController::Locked));
    }

    void theBackgroundGraceFollowsTheFormFactor()
    {
        VaultFixture f;
        VaultController desktop(f.vault, f.settings, f.clock, false);
        VaultController phone(f.vault, f.settings, f.clock, true);
        QCOMPARE(phone.backgroundGraceSeconds(), 0);
        QVERIFY(desktop.backgroundGraceSeconds() > 0);
        desktop.setBackgroundGraceSeconds(300);
        QCOMPARE(phone.backgroundGraceSeconds(), 300); // a choice overrides both
    }

    void aLanguageChangeReachesTheView()
    {
        VaultFixture f;
        VaultController controller(f.vault, f.settings, f.clock, false);
        QSignalSpy language(&controller, &VaultController::languageChanged);
        // What installing a translator sends to the application.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        QCOMPARE(language.count(), 1);
    }
};

HARBOR_TEST_MAIN(TestVaultController)
#include "tst_vaultcontroller.moc"
