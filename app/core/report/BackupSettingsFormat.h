// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace harbor::shell {
class AppSettings;
}

namespace harbor::report {

// Which of the app's settings a backup carries, and how they look in it:
// a JSON object beside the journal in the backup (Backup::write stores it,
// Backup::restore hands it back). Keys:
//   region, language, theme              strings
//   idle_minutes, background_grace_seconds  numbers
//   updates_consent                      "daily" or "off"; absent when not chosen
//   update_url                           a string, only when not the default
// A backup comes from outside: apply() ignores a key of the wrong type or an
// unknown value (the setting keeps its value) and lets each AppSettings
// setter clamp what is out of range. It never sets update_url: a backup
// must not be able to point Harbor at another update server.
class BackupSettingsFormat
{
public:
    [[nodiscard]] static QJsonObject write(const shell::AppSettings &settings);
    static void apply(const QJsonObject &stored, shell::AppSettings &settings);
};

} // namespace harbor::report
