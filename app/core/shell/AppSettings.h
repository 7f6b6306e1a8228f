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

    // The in-app text size, a factor of the system's font size; 0 when never
    // set or unreadable (Preferences decides which factors are offered).
    [[nodiscard]] qreal textScale() const;
    void setTextScale(qreal scale);

    // Auto-lock: minutes of idle time (1–60), and seconds the app may be in
    // the background before it locks (-1: the platform's default).
    [[nodiscard]] int idleMinutes() const;
    void setIdleMinutes(int minutes);
    [[nodiscard]] int backgroundGraceSeconds() const;
    void setBackgroundGraceSeconds(int seconds);

    // The region whose resources and hotline Harbor shows: a content-pack
    // region id, "none" when the user chose not to say, empty when never
    // asked. Needed while the vault is locked.
    [[nodiscard]] QString region() const;
    void setRegion(const QString &regionId);

    // Whether the user was told that calls appear in the phone's call log.
    [[nodiscard]] bool callLogNoticeShown() const;
    void setCallLogNoticeShown();

    // Whether Harbor may go online for content updates. Nothing is fetched
    // until the user chose: a data folder from before this setting existed
    // counts as not chosen, so its user is asked too.
    enum class UpdatesConsent {
        NotChosen, // ask; no traffic at all
        Daily, // check once a day (and whenever asked)
        Off, // no traffic except a "Check now" the user presses
    };
    [[nodiscard]] UpdatesConsent updatesConsent() const;
    void setUpdatesConsent(UpdatesConsent consent); // NotChosen: ask again

    // Content updates: whether the daily check is on (the consent is
    // Daily), where Harbor looks (an https base URL; the build's default
    // until changed), when it last checked and last heard that its content
    // is current, and what the last installed update changed
    // ("kind:id:status"). No ETag or anything else a server chose is kept.
    [[nodiscard]] bool updatesEnabled() const;
    void setUpdatesEnabled(bool enabled); // Daily or Off
    [[nodiscard]] QString updateUrl() const;
    void setUpdateUrl(const QString &url); // empty: back to the default
    [[nodiscard]] static QString defaultUpdateUrl();
    // The highest content version ever installed. It only rises: with the
    // signed record it keeps an older pack from coming back (rollback),
    // even when the record is damaged or was signed by a retired key.
    [[nodiscard]] int highestContentVersion() const;
    void raiseHighestContentVersion(int version);
    [[nodiscard]] qint64 lastUpdateCheckMs() const; // 0: never
    void setLastUpdateCheckMs(qint64 ms);
    // The last check that ended with current content (installed or up to date).
    [[nodiscard]] qint64 lastUpdateSuccessMs() const; // 0: never
    void setLastUpdateSuccessMs(qint64 ms);
    [[nodiscard]] QStringList lastUpdateChanges() const;
    void setLastUpdateChanges(const QStringList &changes);

    [[nodiscard]] QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

private:
    QString readChoice(const QString &key, const QStringList &allowed) const;
    QSettings m_settings;
};

} // namespace harbor::shell
