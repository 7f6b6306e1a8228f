// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/PassphraseStrength.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace harbor::vaultui {

// How a new passphrase fares, for the strength meter as the user types:
// vault::PassphraseStrength as a QML value type (`passphraseCheck`).
class PassphraseCheck
{
    Q_GADGET
    QML_VALUE_TYPE(passphraseCheck)
    Q_PROPERTY(bool acceptable MEMBER acceptable)
    Q_PROPERTY(int score MEMBER score)
    Q_PROPERTY(QString verdict MEMBER verdict)
    Q_PROPERTY(QString timeToGuess MEMBER timeToGuess)
    Q_PROPERTY(QString advice MEMBER advice)

public:
    bool acceptable = false;
    int score = 0; // 0 very weak … 4 very strong
    QString verdict;
    QString timeToGuess;
    QString advice;

    [[nodiscard]] static PassphraseCheck of(const vault::PassphraseStrength &strength)
    {
        return { strength.acceptable, strength.score, strength.verdict, strength.timeToGuess, strength.advice };
    }
};

} // namespace harbor::vaultui
