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

    // Content updates: whether Harbor checks once a day (on unless turned
    // off), where it looks (an https base URL; the build's default until
    // changed), the ETag of the manifest last seen, when it last checked,
    // and what the last installed update changed ("kind:id:status").
    [[nodiscard]] bool updatesEnabled() const;
    void setUpdatesEnabled(bool enabled);
    [[nodiscard]] QString updateUrl() const;
    void setUpdateUrl(const QString &url); // empty: back to the default
    [[nodiscard]] static QString defaultUpdateUrl();
    [[nodiscard]] QByteArray updateEtag() const;
    void setUpdateEtag(const QByteArray &etag);
    [[nodiscard]] qint64 updateEtagExpiresMs() const;
    void setUpdateEtagExpiresMs(qint64 ms);
    // The highest content version ever installed. It only rises: with the
    // signed record it keeps an older pack from coming back (rollback),
    // even when the record is damaged or was signed by a retired key.
    [[nodiscard]] int highestContentVersion() const;
    void raiseHighestContentVersion(int version);
    [[nodiscard]] qint64 lastUpdateCheckMs() const; // 0: never
    void setLastUpdateCheckMs(qint64 ms);
    [[nodiscard]] QStringList lastUpdateChanges() const;
    void setLastUpdateChanges(const QStringList &changes);

    [[nodiscard]] QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

private:
    QString readChoice(const QString &key, const QStringList &allowed) const;
    QSettings m_settings;
};

} // namespace harbor::shell
