// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpdatesController.h"

#include "LanguageWatcher.h"
#include "content/ContentLibrary.h"
#include "shell/AppSettings.h"
#include "updates/Updater.h"

#include <QJSEngine>
#include <QLocale>

namespace harbor::settingsui {

UpdatesController::UpdatesController(updates::UpdateService &service, shell::AppSettings &settings,
    content::ContentLibrary &library, LanguageSource language, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_settings(settings)
    , m_library(library)
    , m_language(std::move(language))
{
    connect(&m_service, &updates::UpdateService::busyChanged, this, &UpdatesController::busyChanged);
    connect(&m_service, &updates::UpdateService::busyChanged, this, &UpdatesController::statusChanged);
    connect(&m_service, &updates::UpdateService::progressChanged, this, &UpdatesController::progressChanged);
    connect(&m_service, &updates::UpdateService::finished, this, [this](updates::UpdateOutcome::Kind kind) {
        m_installedThisSession = m_installedThisSession || kind == updates::UpdateOutcome::Kind::Installed;
        Q_EMIT statusChanged();
    });
    connect(&m_library, &content::ContentLibrary::packChanged, this, &UpdatesController::statusChanged);
    auto *watcher = new ui::LanguageWatcher(this);
    connect(watcher, &ui::LanguageWatcher::changed, this, &UpdatesController::statusChanged);
}

UpdatesController::~UpdatesController()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

void UpdatesController::provide(UpdatesController *instance)
{
    s_instance = instance;
}

UpdatesController *UpdatesController::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance) {
        qFatal("UpdatesController::provide() was not called before the QML engine asked for it");
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool UpdatesController::enabled() const
{
    return m_settings.updatesEnabled();
}

void UpdatesController::setEnabled(bool enabled)
{
    if (enabled != m_settings.updatesEnabled()) {
        m_settings.setUpdatesEnabled(enabled);
        Q_EMIT enabledChanged();
    }
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

QString UpdatesController::status() const
{
    if (m_service.busy()) {
        return tr("Checking for new guides and numbers…");
    }
    if (!m_service.lastError().ok()) {
        return m_service.lastError().message();
    }
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

QVariantList UpdatesController::changes() const
{
    QVariantList result;
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
        result.append(
            QVariantMap { { QStringLiteral("title"), updates::PackChanges::title(m_library.pack(), change, language) },
                { QStringLiteral("change"), what } });
    }
    return result;
}

} // namespace harbor::settingsui
