// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/PhoneNumber.h"

#include <QCoreApplication>

#include <array>

namespace harbor::safety {

namespace {

// Longest input considered at all: 15 digits, a '+' and generous separators.
constexpr qsizetype kMaxInputLength = 32;
constexpr qsizetype kMinDigits = 2;
constexpr qsizetype kMaxDigits = 15;
// Numbers shorter than this are short codes and must be on the allow-list.
constexpr qsizetype kShortCodeBelow = 7;

// US emergency (911), the 988 Suicide & Crisis Lifeline, TTY relay (711),
// community services (211) and the National Human Trafficking Hotline's text
// short code (233733). Anything else this short is refused.
constexpr std::array<QStringView, 5> kAllowedShortCodes = { u"911", u"988", u"711", u"211", u"233733" };

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

PhoneNumber::PhoneNumber(QString digits)
    : m_digits(std::move(digits))
{
}

bool PhoneNumber::isAllowedShortCode(QStringView digits)
{
    for (const QStringView code : kAllowedShortCodes) {
        if (digits == code) {
            return true;
        }
    }
    return false;
}

std::optional<PhoneNumber> PhoneNumber::parse(QStringView text, Error *error)
{
    auto fail = [error](Error e) -> std::optional<PhoneNumber> {
        if (error) {
            *error = e;
        }
        return std::nullopt;
    };

    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return fail(Error::Empty);
    }
    if (trimmed.size() > kMaxInputLength) {
        return fail(Error::TooLong);
    }

    QString digits;
    digits.reserve(trimmed.size());
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        // A leading '+' is kept with the digits.
        if ((c == u'+' && digits.isEmpty() && i == 0) || isAsciiDigit(c)) {
            digits.append(c);
        } else if (!isSeparator(c)) {
            return fail(Error::InvalidCharacter);
        }
    }

    const bool international = digits.startsWith(u'+');
    const qsizetype digitCount = digits.size() - (international ? 1 : 0);
    if (digitCount == 0) {
        return fail(Error::Empty);
    }
    if (digitCount > kMaxDigits) {
        return fail(Error::TooLong);
    }
    if (digitCount < kMinDigits || digitCount < kShortCodeBelow) {
        if (international || !isAllowedShortCode(digits)) {
            return fail(Error::UnknownShortCode);
        }
    }

    if (error) {
        *error = Error::None;
    }
    return PhoneNumber(std::move(digits));
}

QString PhoneNumber::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("PhoneNumber", "No phone number was given.");
    case Error::TooLong:
        return QCoreApplication::translate("PhoneNumber", "This phone number is too long to be real.");
    case Error::InvalidCharacter:
        return QCoreApplication::translate("PhoneNumber", "This phone number contains characters that are not digits.");
    case Error::UnknownShortCode:
        return QCoreApplication::translate("PhoneNumber", "This short number is not a known emergency or help line.");
    }
    return {};
}

QUrl PhoneNumber::telUrl() const
{
    return QUrl(QStringLiteral("tel:") + m_digits);
}

} // namespace harbor::safety
