// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppSettings.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace harbor::shell {

namespace {
const QString kSystem = QStringLiteral("system");
const QStringList kLanguages = { kSystem, QStringLiteral("en"), QStringLiteral("es") };
const QStringList kThemes = { kSystem, QStringLiteral("light"), QStringLiteral("dark") };
} // namespace

AppSettings::AppSettings(const QString &dataDir)
    : m_settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{
    // Earlier versions kept the update server's ETag, which can work as a
    // per-install identifier, and an "enabled" flag nobody had chosen.
    for (const QString &key : { QStringLiteral("updates/etag"), QStringLiteral("updates/etag_expires_ms"),
             QStringLiteral("updates/enabled") }) {
        if (m_settings.contains(key)) {
            m_settings.remove(key);
        }
    }
}

QString AppSettings::readChoice(const QString &key, const QStringList &allowed) const
{
    // A hand-edited or damaged value falls back to following the system.
    const QString value = m_settings.value(key, kSystem).toString();
    return allowed.contains(value) ? value : kSystem;
}

QString AppSettings::language() const
{
    return readChoice(QStringLiteral("ui/language"), kLanguages);
}

void AppSettings::setLanguage(const QString &language)
{
    if (kLanguages.contains(language)) {
        m_settings.setValue(QStringLiteral("ui/language"), language);
    }
}

QString AppSettings::theme() const
{
    return readChoice(QStringLiteral("ui/theme"), kThemes);
}

void AppSettings::setTheme(const QString &theme)
{
    if (kThemes.contains(theme)) {
        m_settings.setValue(QStringLiteral("ui/theme"), theme);
    }
}

qreal AppSettings::textScale() const
{
    bool ok = false;
    const qreal stored = m_settings.value(QStringLiteral("ui/text_scale")).toDouble(&ok);
    return ok ? stored : 0;
}

void AppSettings::setTextScale(qreal scale)
{
    m_settings.setValue(QStringLiteral("ui/text_scale"), scale);
}

QString AppSettings::region() const
{
    const QString value = m_settings.value(QStringLiteral("content/region")).toString();
    static const QRegularExpression id(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(-[a-z0-9]+)*")));
    return id.match(value).hasMatch() && value.size() <= 64 ? value : QString();
}

void AppSettings::setRegion(const QString &regionId)
{
    m_settings.setValue(QStringLiteral("content/region"), regionId);
    m_settings.sync();
}

bool AppSettings::callLogNoticeShown() const
{
    return m_settings.value(QStringLiteral("calls/log_notice_shown"), false).toBool();
}

void AppSettings::setCallLogNoticeShown()
{
    m_settings.setValue(QStringLiteral("calls/log_notice_shown"), true);
}

int AppSettings::idleMinutes() const
{
    const int minutes = m_settings.value(QStringLiteral("lock/idle_minutes"), 5).toInt();
    return std::clamp(minutes, 1, 60);
}

void AppSettings::setIdleMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("lock/idle_minutes"), std::clamp(minutes, 1, 60));
}

int AppSettings::backgroundGraceSeconds() const
{
    const int seconds = m_settings.value(QStringLiteral("lock/background_grace_seconds"), -1).toInt();
    return std::clamp(seconds, -1, 3600);
}

void AppSettings::setBackgroundGraceSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("lock/background_grace_seconds"), std::clamp(seconds, -1, 3600));
}

AppSettings::UpdatesConsent AppSettings::updatesConsent() const
{
    const QString value = m_settings.value(QStringLiteral("updates/consent")).toString();
    if (value == QLatin1String("daily")) {
        return UpdatesConsent::Daily;
    }
    if (value == QLatin1String("off")) {
        return UpdatesConsent::Off;
    }
    return UpdatesConsent::NotChosen;
}

void AppSettings::setUpdatesConsent(UpdatesConsent consent)
{
    switch (consent) {
    case UpdatesConsent::NotChosen:
        m_settings.remove(QStringLiteral("updates/consent"));
        break;
    case UpdatesConsent::Daily:
        m_settings.setValue(QStringLiteral("updates/consent"), QStringLiteral("daily"));
        break;
    case UpdatesConsent::Off:
        m_settings.setValue(QStringLiteral("updates/consent"), QStringLiteral("off"));
        break;
    }
    m_settings.sync();
}

bool AppSettings::updatesEnabled() const
{
    return updatesConsent() == UpdatesConsent::Daily;
}

void AppSettings::setUpdatesEnabled(bool enabled)
{
    setUpdatesConsent(enabled ? UpdatesConsent::Daily : UpdatesConsent::Off);
}

QString AppSettings::defaultUpdateUrl()
{
    return QStringLiteral(HARBOR_UPDATE_URL);
}

QString AppSettings::updateUrl() const
{
    const QString value = m_settings.value(QStringLiteral("updates/url")).toString();
    return value.isEmpty() ? defaultUpdateUrl() : value;
}

void AppSettings::setUpdateUrl(const QString &url)
{
    if (url == updateUrl()) {
        return;
    }
    if (url.isEmpty() || url == defaultUpdateUrl()) {
        m_settings.remove(QStringLiteral("updates/url"));
    } else {
        m_settings.setValue(QStringLiteral("updates/url"), url);
    }
}

int AppSettings::highestContentVersion() const
{
    return std::max(0, m_settings.value(QStringLiteral("updates/highest_version"), 0).toInt());
}

void AppSettings::raiseHighestContentVersion(int version)
{
    if (version > highestContentVersion()) {
        m_settings.setValue(QStringLiteral("updates/highest_version"), version);
        m_settings.sync();
    }
}

qint64 AppSettings::lastUpdateCheckMs() const
{
    return std::max<qint64>(0, m_settings.value(QStringLiteral("updates/last_check_ms"), 0).toLongLong());
}

void AppSettings::setLastUpdateCheckMs(qint64 ms)
{
    m_settings.setValue(QStringLiteral("updates/last_check_ms"), ms);
}

qint64 AppSettings::lastUpdateSuccessMs() const
{
    return std::max<qint64>(0, m_settings.value(QStringLiteral("updates/last_success_ms"), 0).toLongLong());
}

void AppSettings::setLastUpdateSuccessMs(qint64 ms)
{
    m_settings.setValue(QStringLiteral("updates/last_success_ms"), ms);
}

QStringList AppSettings::lastUpdateChanges() const
{
    return m_settings.value(QStringLiteral("updates/last_changes")).toStringList();
}

void AppSettings::setLastUpdateChanges(const QStringList &changes)
{
    m_settings.setValue(QStringLiteral("updates/last_changes"), changes);
}

} // namespace harbor::shell
