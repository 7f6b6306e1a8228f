// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace harbor::bench {

// The median of the measured values; negative values mean "not measured"
// and are left out. -1 when nothing was measured.
inline double median(std::vector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return v < 0; }), values.end());
    if (values.empty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

inline QJsonArray toJson(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values) {
        array.append(v);
    }
    return array;
}

// The value of `--output FILE`, or empty.
inline QString outputPath(const QStringList &args)
{
    const auto at = args.indexOf(QStringLiteral("--output"));
    return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}

} // namespace harbor::bench
