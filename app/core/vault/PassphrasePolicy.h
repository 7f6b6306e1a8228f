// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace harbor::vault {

// Harbor's rules for passphrases, in one place: what a new passphrase must
// be (typed twice alike, strong enough by PassphraseStrength) and what an
// entered one must be (not empty), with the message to show for each
// refusal. The vault and backup adapters and their views all ask here.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(harbor::vault::PassphrasePolicy)

public:
    // What the passphrase locks: the wording differs, the rules do not.
    enum class Purpose {
        Journal,
        Backup,
    };

    enum class Problem {
        None,
        Empty, // an entered passphrase was left empty
        Mismatch, // the two copies of a new passphrase differ
        TooWeak, // below PassphraseStrength::kMinimumBits
    };

    struct Verdict
    {
        Problem problem = Problem::None;
        QString message; // translated; empty when accepted
        // Which of the two fields the message is about.
        enum class Field {
            None,
            Passphrase,
            Confirmation,
        } field
            = Field::None;

        [[nodiscard]] bool ok() const { return problem == Problem::None; }
    };

    // A new passphrase and the same typed again (create, change, recover,
    // a backup's own, a restored journal's). Mismatch is checked first: the
    // strength of a passphrase the user did not mean is beside the point.
    [[nodiscard]] static Verdict checkNew(
        const QString &passphrase, const QString &confirmation, Purpose purpose = Purpose::Journal);
    // A passphrase typed to prove who is there (unlock, re-entry before an
    // export, a backup, a wipe): only its presence is checked here; the vault
    // checks that it is right.
    [[nodiscard]] static Verdict checkEntered(const QString &passphrase);
    // Shown under the second field while the two still differ.
    [[nodiscard]] static QString notTheSameYet();
};

} // namespace harbor::vault
