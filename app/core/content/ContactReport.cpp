// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ContactReport.h"

#include <algorithm>

namespace harbor::content {

namespace {

constexpr qsizetype kPurposeChars = 60;

QString confirmedName(Resource::Confirmed confirmed)
{
    switch (confirmed) {
    case Resource::Confirmed::Agency:
        return QStringLiteral("agency");
    case Resource::Confirmed::ThirdParty:
        return QStringLiteral("third-party");
    case Resource::Confirmed::Unconfirmed:
        return QStringLiteral("unconfirmed");
    }
    return {};
}

} // namespace

ContactReport ContactReport::build(const Pack &pack, const QDate &today, int maxAgeDays)
{
    ContactReport report;
    for (const RegionContent &region : pack.regions) {
        for (const Resource &resource : region.resources) {
            QString purpose = resource.purpose.in(QStringLiteral("en"));
            if (purpose.size() > kPurposeChars) {
                purpose = purpose.left(kPurposeChars - 1) + QChar(0x2026);
            }
            const auto add = [&](const QString &kind, const QString &value) {
                if (value.isEmpty()) {
                    return;
                }
                Row row { region.id, resource.id, kind, value, purpose, resource.source, resource.checked,
                    confirmedName(resource.confirmed), false };
                row.stale = row.checked.isValid() && row.checked.daysTo(today) > maxAgeDays;
                const bool number
                    = kind == QLatin1String("phone") || kind == QLatin1String("text") || kind == QLatin1String("tty");
                if (number && row.source.isEmpty()) {
                    report.m_problems << QStringLiteral("%1 %2 %3: no source").arg(resource.id, kind, value);
                }
                if (number && !row.checked.isValid()) {
                    report.m_problems << QStringLiteral("%1 %2 %3: no checked date").arg(resource.id, kind, value);
                }
                report.m_rows.append(row);
            };
            add(QStringLiteral("phone"), resource.phone.display);
            add(QStringLiteral("text"), resource.sms.display);
            add(QStringLiteral("tty"), resource.tty.display);
            add(QStringLiteral("web"), resource.web);
            add(QStringLiteral("county-list"), resource.countyList);
        }
    }
    return report;
}

int ContactReport::staleCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.stale; }));
}

QString ContactReport::toText() const
{
    QString text = QStringLiteral("region\tresource\tkind\tvalue\tconfirmed\tchecked\tsource\tfor\n");
    for (const Row &row : m_rows) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7\t%8\t%9\n")
                    .arg(row.region, row.resource, row.kind, row.value, row.confirmed,
                        row.checked.isValid() ? row.checked.toString(Qt::ISODate) : QStringLiteral("-"),
                        row.stale ? QStringLiteral(" STALE") : QString(), row.source, row.purpose);
    }
    for (const QString &problem : m_problems) {
        text += QStringLiteral("PROBLEM\t%1\n").arg(problem);
    }
    return text;
}

} // namespace harbor::content
