// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/AppVersion.h"

#include <QRegularExpression>

#include <array>

namespace harbor::updates {

namespace {

std::optional<std::array<int, 3>> partsOf(const QString &version)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})")));
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return std::array<int, 3> { match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt() };
}

} // namespace

std::optional<int> AppVersion::compare(const QString &a, const QString &b)
{
    const auto left = partsOf(a);
    const auto right = partsOf(b);
    if (!left || !right) {
        return std::nullopt;
    }
    if (*left == *right) {
        return 0;
    }
    return *left < *right ? -1 : 1;
}

bool AppVersion::isValid(const QString &version)
{
    return partsOf(version).has_value();
}

QString AppVersion::current()
{
    return QStringLiteral(HARBOR_VERSION);
}

} // namespace harbor::updates
