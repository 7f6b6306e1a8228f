// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpdatesController.h"

#include "LanguageWatcher.h"
#include "content/ContentLibrary.h"
#include "shell/AppSettings.h"
#include "updates/Updater.h"

#include <QJSEngine>
#include <QLocale>
#include <QTimeZone>

namespace harbor::settingsui {

UpdatesController::UpdatesController(updates::UpdateService &service, shell::AppSettings &settings,
    content::ContentLibrary &library, LanguageSource language, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_settings(settings)
    , m_library(library)
    , m_language(std::move(language))
{
    connect(&m_service, &updates::UpdateService::busyChanged, this, &UpdatesController::statusChanged);
    connect(&m_service, &updates::UpdateService::progressChanged, this, &UpdatesController::statusChanged);
    connect(&m_service, &updates::UpdateService::finished, this, [this](updates::UpdateOutcome::Kind kind) {
        m_installedThisSession = m_installedThisSession || kind == updates::UpdateOutcome::Kind::Installed;
        Q_EMIT statusChanged();
    });
    connect(&m_service, &updates::UpdateService::consentChanged, this, &UpdatesController::enabledChanged);
    connect(&m_library, &content::ContentLibrary::packChanged, this, &UpdatesController::statusChanged);
    m_ageTick.setInterval(60 * 60 * 1000);
    connect(&m_ageTick, &QTimer::timeout, this, &UpdatesController::statusChanged);
    m_ageTick.start();
    connect(&ui::LanguageWatcher::shared(), &ui::LanguageWatcher::changed, this, &UpdatesController::statusChanged);
}

UpdatesController::~UpdatesController() = default;

bool UpdatesController::consentChosen() const
{
    return m_service.consent() != updates::UpdateService::Consent::NotChosen;
}

bool UpdatesController::enabled() const
{
    return m_service.consent() == updates::UpdateService::Consent::Daily;
}

void UpdatesController::setEnabled(bool enabled)
{
    // The service says when it changed (consentChanged -> enabledChanged).
    m_service.setConsent(enabled ? updates::UpdateService::Consent::Daily : updates::UpdateService::Consent::Off);
}

void UpdatesController::choose(bool dailyCheck)
{
    setEnabled(dailyCheck);
}

QString UpdatesController::address() const
{
    return m_settings.updateUrl();
}

bool UpdatesController::customAddress() const
{
    return m_settings.updateUrl() != shell::AppSettings::defaultUpdateUrl();
}

QString UpdatesController::setAddress(const QString &text)
{
    const QUrl url = updates::Updater::normalisedBase(text);
    if (!url.isValid()) {
        return tr("Enter an address that starts with https:// and names a server, such as "
                  "https://example.org/harbor/.");
    }
    m_settings.setUpdateUrl(url.toString());
    Q_EMIT addressChanged();
    return {};
}

void UpdatesController::resetAddress()
{
    m_settings.setUpdateUrl(QString());
    Q_EMIT addressChanged();
}

void UpdatesController::checkNow()
{
    m_service.checkNow();
}

QString UpdatesController::formatTime(qint64 ms) const
{
    return QLocale(m_language()).toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

ui::Status UpdatesController::status() const
{
    if (m_service.busy()) {
        return ui::Status::working(tr("Checking for new guides and numbers…"), m_service.progress());
    }
    if (!m_service.lastError().ok()) {
        return ui::Status::failure(m_service.lastError().message());
    }
    return ui::Status::success(resultSentence());
}

QString UpdatesController::resultSentence() const
{
    const qint64 last = m_settings.lastUpdateCheckMs();
    if (last == 0) {
        return tr("Not checked yet.");
    }
    if (m_installedThisSession) {
        return tr("Updated %1. The new guides and numbers are in use.").arg(formatTime(last));
    }
    return tr("Last checked %1. You have the newest guides and numbers.").arg(formatTime(last));
}

QString UpdatesController::contentSummary() const
{
    const content::Pack &pack = m_library.pack();
    const QString date = QLocale(m_language()).toString(pack.published, QLocale::LongFormat);
    if (m_service.usingInstalledPack()) {
        return tr("Content version %1, published %2, from a signed update.").arg(pack.version).arg(date);
    }
    return tr("Content version %1, published %2, built into this app.").arg(pack.version).arg(date);
}

QString UpdatesController::ago(qint64 thenMs, qint64 nowMs)
{
    constexpr qint64 minute = qint64 { 60 } * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    const qint64 elapsed = nowMs - thenMs;
    const auto n = [elapsed](qint64 unit) { return static_cast<int>(elapsed / unit); };
    if (elapsed < minute) {
        return tr("just now");
    }
    if (elapsed < hour) {
        return tr("%n minute(s) ago", nullptr, n(minute));
    }
    if (elapsed < day) {
        return tr("%n hour(s) ago", nullptr, n(hour));
    }
    if (elapsed < 14 * day) {
        return tr("%n day(s) ago", nullptr, n(day));
    }
    if (elapsed < 60 * day) {
        return tr("%n week(s) ago", nullptr, n(7 * day));
    }
    if (elapsed < 365 * day) {
        return tr("%n month(s) ago", nullptr, n(30 * day));
    }
    return tr("%n year(s) ago", nullptr, n(365 * day));
}

QString UpdatesController::checkedAge() const
{
    const qint64 last = m_settings.lastUpdateSuccessMs();
    return last == 0 ? QString() : tr("Content checked %1.").arg(ago(last, m_service.nowMs()));
}

QString UpdatesController::publishedAge() const
{
    QDateTime published = m_service.installedPublished();
    if (!published.isValid()) {
        published = m_library.pack().published.startOfDay(QTimeZone::utc());
    }
    if (!published.isValid()) {
        return {};
    }
    return tr("Guides published %1.").arg(ago(published.toMSecsSinceEpoch(), m_service.nowMs()));
}

QString UpdatesController::expiryWarning() const
{
    return m_service.contentExpired() ? tr("This content is past its expiry date; Harbor could not get a newer one.")
                                      : QString();
}

QList<ContentChange> UpdatesController::changes() const
{
    QList<ContentChange> result;
    const QString language = m_language();
    for (const updates::PackChange &change : m_service.lastChanges()) {
        QString what;
        switch (change.status) {
        case updates::PackChange::Status::Added:
            what = tr("New");
            break;
        case updates::PackChange::Status::Changed:
            what = tr("Updated");
            break;
        case updates::PackChange::Status::Removed:
            what = tr("Removed");
            break;
        }
        result.append(ContentChange { updates::PackChanges::title(m_library.pack(), change, language), what });
    }
    return result;
}

} // namespace harbor::settingsui
