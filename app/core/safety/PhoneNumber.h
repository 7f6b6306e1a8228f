// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace harbor::safety {

// A telephone number that passed SECURITY.md's validation: after removing the
// ASCII separators people write (space, '-', '.', '(', ')'), it matches
// ^\+?[0-9]{2,15}$, and a number shorter than seven digits must be one of the
// allowed short codes (911, 988, ...). Only parse() creates one, so anything
// that dials can only be handed a validated number.
class PhoneNumber
{
public:
    enum class Error {
        None,
        Empty,
        TooLong,
        InvalidCharacter,
        UnknownShortCode,
    };

    [[nodiscard]] static std::optional<PhoneNumber> parse(QStringView text, Error *error = nullptr);
    [[nodiscard]] static QString errorMessage(Error error);
    [[nodiscard]] static bool isAllowedShortCode(QStringView digits);

    // "+18442645437" or "911": what is dialled.
    [[nodiscard]] const QString &digits() const { return m_digits; }
    // tel:+18442645437
    [[nodiscard]] QUrl telUrl() const;

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;

private:
    explicit PhoneNumber(QString digits);
    QString m_digits;
};

} // namespace harbor::safety
