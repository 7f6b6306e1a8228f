// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BackupSettingsFormat.h"

#include "shell/AppSettings.h"

#include <QJsonValue>

#include <cmath>
#include <limits>
#include <optional>

namespace harbor::report {

using shell::AppSettings;

namespace {

const QLatin1String kRegion("region");
const QLatin1String kLanguage("language");
const QLatin1String kTheme("theme");
const QLatin1String kIdleMinutes("idle_minutes");
const QLatin1String kBackgroundGrace("background_grace_seconds");
const QLatin1String kUpdatesConsent("updates_consent");
const QLatin1String kUpdateUrl("update_url");

// A whole number that fits an int, or nothing (strings, fractions, NaN,
// huge values): "abc".toInt() would be 0, which a setter clamps to a value
// the user never chose.
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::trunc(number) || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

} // namespace

QJsonObject BackupSettingsFormat::write(const AppSettings &settings)
{
    QJsonObject stored {
        { kRegion, settings.region() },
        { kLanguage, settings.language() },
        { kTheme, settings.theme() },
        { kIdleMinutes, settings.idleMinutes() },
        { kBackgroundGrace, settings.backgroundGraceSeconds() },
    };
    // Whether Harbor may go online, only once the user chose.
    switch (settings.updatesConsent()) {
    case AppSettings::UpdatesConsent::Daily:
        stored.insert(kUpdatesConsent, QStringLiteral("daily"));
        break;
    case AppSettings::UpdatesConsent::Off:
        stored.insert(kUpdatesConsent, QStringLiteral("off"));
        break;
    case AppSettings::UpdatesConsent::NotChosen:
        break;
    }
    if (settings.updateUrl() != AppSettings::defaultUpdateUrl()) {
        stored.insert(kUpdateUrl, settings.updateUrl());
    }
    return stored;
}

void BackupSettingsFormat::apply(const QJsonObject &stored, AppSettings &settings)
{
    // Each setter checks its value (language and theme against their
    // choices, the numbers clamped); region() reads back only a valid id.
    if (const QJsonValue region = stored.value(kRegion); region.isString()) {
        settings.setRegion(region.toString());
    }
    if (const QJsonValue language = stored.value(kLanguage); language.isString()) {
        settings.setLanguage(language.toString());
    }
    if (const QJsonValue theme = stored.value(kTheme); theme.isString()) {
        settings.setTheme(theme.toString());
    }
    if (const auto minutes = wholeNumber(stored.value(kIdleMinutes))) {
        settings.setIdleMinutes(*minutes);
    }
    if (const auto seconds = wholeNumber(stored.value(kBackgroundGrace))) {
        settings.setBackgroundGraceSeconds(*seconds);
    }
    // A choice the user made; never the "on" that backups made before the
    // question existed ("updates_enabled"), which nobody had chosen.
    const QString consent = stored.value(kUpdatesConsent).toString();
    if (consent == QLatin1String("daily")) {
        settings.setUpdatesConsent(AppSettings::UpdatesConsent::Daily);
    } else if (consent == QLatin1String("off")) {
        settings.setUpdatesConsent(AppSettings::UpdatesConsent::Off);
    }
}

} // namespace harbor::report
