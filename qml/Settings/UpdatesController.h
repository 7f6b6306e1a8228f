// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "updates/UpdateService.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;

namespace harbor::content {
class ContentLibrary;
}
namespace harbor::shell {
class AppSettings;
}

namespace harbor::settingsui {

// Content updates for the Settings page: the daily check (on or off), the
// update address (https only; a self-hosted mirror may replace the
// default), "Check now" with progress, the last result in a calm sentence,
// and what the last update changed.
class UpdatesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(QString address READ address NOTIFY addressChanged)
    Q_PROPERTY(bool customAddress READ customAddress NOTIFY addressChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY statusChanged)
    Q_PROPERTY(QString contentSummary READ contentSummary NOTIFY statusChanged)
    // [{ title, change }] for "What changed in the last update"
    Q_PROPERTY(QVariantList changes READ changes NOTIFY statusChanged)

public:
    using LanguageSource = std::function<QString()>;

    UpdatesController(updates::UpdateService &service, shell::AppSettings &settings, content::ContentLibrary &library,
        LanguageSource language, QObject *parent = nullptr);
    ~UpdatesController() override;

    static void provide(UpdatesController *instance);
    static UpdatesController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] bool enabled() const;
    void setEnabled(bool enabled);
    [[nodiscard]] QString address() const;
    [[nodiscard]] bool customAddress() const;
    [[nodiscard]] bool busy() const { return m_service.busy(); }
    [[nodiscard]] double progress() const { return m_service.progress(); }
    [[nodiscard]] QString status() const;
    [[nodiscard]] bool failed() const { return !m_service.lastError().ok() && !m_service.busy(); }
    [[nodiscard]] QString contentSummary() const;
    [[nodiscard]] QVariantList changes() const;

    Q_INVOKABLE void checkNow();
    // Saves an https address; returns a translated reason when it is not one.
    Q_INVOKABLE QString setAddress(const QString &text);
    Q_INVOKABLE void resetAddress();

Q_SIGNALS:
    void enabledChanged();
    void addressChanged();
    void busyChanged();
    void progressChanged();
    void statusChanged();

private:
    [[nodiscard]] QString formatTime(qint64 ms) const;

    updates::UpdateService &m_service;
    shell::AppSettings &m_settings;
    content::ContentLibrary &m_library;
    LanguageSource m_language;
    bool m_installedThisSession = false;
    static inline UpdatesController *s_instance = nullptr;
};

} // namespace harbor::settingsui
