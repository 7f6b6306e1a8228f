// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

namespace harbor::shell {

// Preferences that are not private (language, theme), in settings.ini in the
// data directory. Nothing from the journal is ever stored here.
class AppSettings
{
public:
    explicit AppSettings(const QString &dataDir);

    // "system", "en" or "es"
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    // "system", "light" or "dark"
    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);

    // Auto-lock: minutes of idle time (1–60), and seconds the app may be in
    // the background before it locks (-1: the platform's default).
    [[nodiscard]] int idleMinutes() const;
    void setIdleMinutes(int minutes);
    [[nodiscard]] int backgroundGraceSeconds() const;
    void setBackgroundGraceSeconds(int seconds);

    // The region whose resources and hotline Harbor shows (a content-pack
    // region id; "colorado" until chosen). Needed while the vault is locked.
    [[nodiscard]] QString region() const;
    void setRegion(const QString &regionId);

    // Whether the user was told that calls appear in the phone's call log.
    [[nodiscard]] bool callLogNoticeShown() const;
    void setCallLogNoticeShown();

    [[nodiscard]] QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

private:
    QString readChoice(const QString &key, const QStringList &allowed) const;
    QSettings m_settings;
};

} // namespace harbor::shell
