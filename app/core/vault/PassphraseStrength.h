// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace harbor::vault {

// How hard a passphrase is to guess, from libzxcvbn's entropy estimate.
// Below 45 bits it is refused: with Argon2id at t>=3 / 64 MiB that is still
// years of offline guessing, and anything less is not.
struct PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(harbor::vault::PassphraseStrength)

public:
    static constexpr double kMinimumBits = 45.0;
    // Guesses per second assumed for an attacker with the files and
    // dedicated hardware, against Harbor's Argon2id cost.
    static constexpr double kAttackerGuessesPerSecond = 10000.0;

    double bits = 0;
    int score = 0; // 0 very weak … 4 very strong
    bool acceptable = false;
    QString verdict; // "Very weak" … "Very strong"
    QString timeToGuess; // "would take about 3 years to guess"
    QString advice; // why it is refused, or empty

    [[nodiscard]] static PassphraseStrength evaluate(const QString &passphrase);
    [[nodiscard]] static QString describeSeconds(double seconds);
};

} // namespace harbor::vault
