// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/PassphrasePolicy.h"

#include "vault/PassphraseStrength.h"

namespace harbor::vault {

PassphrasePolicy::Verdict PassphrasePolicy::checkNew(
    const QString &passphrase, const QString &confirmation, Purpose purpose)
{
    Verdict verdict;
    if (passphrase != confirmation) {
        verdict.problem = Problem::Mismatch;
        verdict.field = Verdict::Field::Confirmation;
        verdict.message = purpose == Purpose::Backup ? tr("The two backup passphrases are not the same.")
                                                     : tr("The two passphrases are not the same.");
        return verdict;
    }
    const PassphraseStrength strength = PassphraseStrength::evaluate(passphrase);
    if (!strength.acceptable) {
        verdict.problem = passphrase.isEmpty() ? Problem::Empty : Problem::TooWeak;
        verdict.field = Verdict::Field::Passphrase;
        // The strength's own advice says why; a backup's passphrase is named
        // as such so it is not mistaken for the journal's.
        verdict.message = purpose == Purpose::Backup
            ? tr("Choose a stronger backup passphrase: a few unrelated words work well.")
            : strength.advice;
    }
    return verdict;
}

PassphrasePolicy::Verdict PassphrasePolicy::checkEntered(const QString &passphrase)
{
    Verdict verdict;
    if (passphrase.isEmpty()) {
        verdict.problem = Problem::Empty;
        verdict.field = Verdict::Field::Passphrase;
        verdict.message = tr("Type your passphrase.");
    }
    return verdict;
}

QString PassphrasePolicy::notTheSameYet()
{
    return tr("The two passphrases are not the same yet.");
}

} // namespace harbor::vault
