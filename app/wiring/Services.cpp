// SPDX-License-Identifier: GPL-3.0-or-later
#include "Services.h"

#include "Platform.h"
#include "Singletons.h"
#include "content/PackLoader.h"

namespace harbor::app {

namespace {

QString languageFor(const ServicesConfig &config, const shell::AppSettings &settings)
{
    return config.language.isEmpty() ? settings.language() : config.language;
}

} // namespace

Services::Services(const ServicesConfig &config)
    : settings(config.dataDir)
    , m_language(translations.apply(languageFor(config, settings)))
    , dialer(config.platform)
    , library(content::PackLoader::embedded(), settings, [this] { return translations.current(); })
    , updates(config.updates, settings, library, config.clock)
    , updatesController(updates, settings, library, [this] { return translations.current(); })
    , calls(dialer, settings, config.clock)
    , preferences(settings, translations)
    , vault(config.dataDir, config.clock, config.kdfPolicy)
    , vaultController(vault, settings, config.clock, config.phone)
    , backupController(vault, settings, config.clock)
    , journalController(vault, config.clock)
    , reportController(vault, config.clock)
    , guidesController(library, vault, config.clock)
{
    connectServices(config.platform);
    provideSingletons();
}

Services::~Services()
{
    // The library goes before the translations, whose removal still tells
    // the call controller that the language changed.
    calls.setRegionProvider(nullptr);
}

void Services::connectServices(Platform &platform)
{
    // Websites, sms: and files open through the platform, with the user's
    // own environment (not the one --data-dir confines Harbor to).
    calls.setPlatform(&platform);
    calls.setRegionProvider(&library);
    QObject::connect(
        &library, &content::ContentLibrary::regionChanged, &calls, &emergency::CallController::refreshRegion);

    // The journal's categories and the report's are the content pack's
    // warning-sign lists: they follow the language and content updates.
    journalController.setCategorySource([this] { return library.categories(); });
    QObject::connect(&library, &content::ContentLibrary::packChanged, &journalController,
        &journalui::JournalController::reloadCategories);
    reportController.setSources([this] { return library.categories(); }, [this] { return translations.current(); });
}

void Services::provideSingletons()
{
    ui::provideSingleton(&calls);
    ui::provideSingleton(&preferences);
    ui::provideSingleton(&vaultController);
    ui::provideSingleton(&backupController);
    ui::provideSingleton(&journalController);
    ui::provideSingleton(&reportController);
    ui::provideSingleton(&guidesController);
    ui::provideSingleton(&updatesController);
}

} // namespace harbor::app
