// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers come from content packs (outside input). Whatever the bytes,
// parse() must not crash, and anything it accepts must satisfy the rules.
#include "safety/PhoneNumber.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto number = harbor::safety::PhoneNumber::parse(text);
    if (!number) {
        return 0;
    }
    const QString &digits = number->digits();
    const qsizetype start = digits.startsWith(u'+') ? 1 : 0;
    const qsizetype count = digits.size() - start;
    if (count < 2 || count > 15) {
        std::abort();
    }
    for (qsizetype i = start; i < digits.size(); ++i) {
        if (digits.at(i) < u'0' || digits.at(i) > u'9') {
            std::abort();
        }
    }
    if (count < 7 && (start == 1 || !harbor::safety::PhoneNumber::isAllowedShortCode(digits))) {
        std::abort();
    }
    return 0;
}
