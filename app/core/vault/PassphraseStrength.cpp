// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/PassphraseStrength.h"

#include "vault/SecureBuffer.h"

#include <QCoreApplication>

#include <zxcvbn.h>

#include <cmath>

namespace harbor::vault {

namespace {

// Words a guesser would try first against this app.
const char *kAppWords[] = { "harbor", "journal", "hotline", "colorado", "password", "passphrase", nullptr };

} // namespace

QString PassphraseStrength::describeSeconds(double seconds)
{
    constexpr double minute = 60;
    constexpr double hour = 60 * minute;
    constexpr double day = 24 * hour;
    constexpr double year = 365.25 * day;
    if (seconds < minute) {
        return tr("could be guessed in under a minute");
    }
    if (seconds < hour) {
        return tr("would take about %n minute(s) to guess", nullptr, static_cast<int>(seconds / minute));
    }
    if (seconds < day) {
        return tr("would take about %n hour(s) to guess", nullptr, static_cast<int>(seconds / hour));
    }
    if (seconds < year) {
        return tr("would take about %n day(s) to guess", nullptr, static_cast<int>(seconds / day));
    }
    if (seconds < 1000 * year) {
        return tr("would take about %n year(s) to guess", nullptr, static_cast<int>(seconds / year));
    }
    return tr("would take more than a thousand years to guess");
}

PassphraseStrength PassphraseStrength::evaluate(const QString &passphrase)
{
    PassphraseStrength strength;
    if (!passphrase.isEmpty()) {
        // A NUL-terminated copy in secure memory for libzxcvbn.
        // (No temporary QString: `passphrase + '\0'` would leave an unwiped copy.)
        SecureBuffer text = SecureBuffer::fromUtf8WithNul(passphrase);
        strength.bits = ZxcvbnMatch(reinterpret_cast<const char *>(text.data()), kAppWords, nullptr);
    }
    const double bits = strength.bits;
    strength.score = bits < 28 ? 0 : bits < 36 ? 1 : bits < kMinimumBits ? 2 : bits < 60 ? 3 : 4;
    strength.acceptable = bits >= kMinimumBits;
    static const char *const verdicts[] = {
        QT_TRANSLATE_NOOP("harbor::vault::PassphraseStrength", "Very weak"),
        QT_TRANSLATE_NOOP("harbor::vault::PassphraseStrength", "Weak"),
        QT_TRANSLATE_NOOP("harbor::vault::PassphraseStrength", "Not strong enough"),
        QT_TRANSLATE_NOOP("harbor::vault::PassphraseStrength", "Strong"),
        QT_TRANSLATE_NOOP("harbor::vault::PassphraseStrength", "Very strong"),
    };
    strength.verdict = tr(verdicts[strength.score]);
    // On average a guesser finds it halfway through the space.
    const double seconds = std::pow(2.0, bits - 1) / kAttackerGuessesPerSecond;
    strength.timeToGuess = describeSeconds(seconds);
    if (!strength.acceptable) {
        strength.advice = passphrase.isEmpty()
            ? tr("Choose a passphrase: several unrelated words are easy to remember and hard to guess.")
            : tr("Too easy to guess. Add more words that do not belong together; avoid names, dates and "
                 "common phrases.");
    }
    return strength;
}

} // namespace harbor::vault
