// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UpdatesController.h"
#include "content/ContentLibrary.h"
#include "shell/AppSettings.h"

#include <QObject>

namespace harbor::test {

// Lets a Qt Quick Test start from a first start again: "Where do you live?"
// or "Should Harbor go online?" not yet answered. The test services answer
// both (Colorado, no updates) so that other tests meet the app in use.
class FirstStartControl : public QObject
{
    Q_OBJECT

public:
    FirstStartControl(shell::AppSettings &settings, content::ContentLibrary &library,
        settingsui::UpdatesController &updates, QObject *parent = nullptr)
        : QObject(parent)
        , m_settings(settings)
        , m_library(library)
        , m_updates(updates)
    {
    }
    Q_INVOKABLE void forgetRegion()
    {
        m_settings.setRegion(QString());
        Q_EMIT m_library.regionChanged();
    }
    Q_INVOKABLE void forgetUpdatesChoice()
    {
        m_settings.setUpdatesConsent(shell::AppSettings::UpdatesConsent::NotChosen);
        Q_EMIT m_updates.enabledChanged();
    }

private:
    shell::AppSettings &m_settings;
    content::ContentLibrary &m_library;
    settingsui::UpdatesController &m_updates;
};

} // namespace harbor::test
