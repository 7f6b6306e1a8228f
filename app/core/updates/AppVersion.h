// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace harbor::updates {

// "MAJOR.MINOR.PATCH" with numbers only, as Harbor numbers its releases.
class AppVersion
{
public:
    // -1, 0 or 1; nullopt when either is not a valid version.
    [[nodiscard]] static std::optional<int> compare(const QString &a, const QString &b);
    [[nodiscard]] static bool isValid(const QString &version);
    [[nodiscard]] static QString current();
};

} // namespace harbor::updates
