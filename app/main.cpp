// SPDX-License-Identifier: GPL-3.0-or-later
// Harbor's composition root: parses the command line, builds the services
// once, hands them to QML as singletons and loads the UI.
#include "ForgetAfterLock.h"
#include "LockProbe.h"
#include "ProcessHardening.h"
#include "QmlSetup.h"
#include "Screenshot.h"
#include "SelfTest.h"
#include "Services.h"
#include "SingleInstance.h"
#include "WindowProbe.h"
#include "content/PackLoader.h"
#include "createPlatform.h"
#include "safety/Clock.h"
#include "shell/AppSettings.h"
#include "shell/CommandLine.h"
#include "shell/DataDirectory.h"
#include "updates/AppVersion.h"
#include "updates/CurlTransport.h"
#include "updates/PackStore.h"
#include "updates/PublisherKeys.h"
#include "updates/UpdateService.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(HarborShellPlugin)
Q_IMPORT_QML_PLUGIN(HarborUiPlugin)
Q_IMPORT_QML_PLUGIN(HarborEmergencyPlugin)
Q_IMPORT_QML_PLUGIN(HarborGuidesPlugin)
Q_IMPORT_QML_PLUGIN(HarborJournalPlugin)
Q_IMPORT_QML_PLUGIN(HarborResourcesPlugin)
Q_IMPORT_QML_PLUGIN(HarborSettingsPlugin)
Q_IMPORT_QML_PLUGIN(HarborVaultPlugin)

namespace {

using harbor::shell::CommandLine;

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

// Prints "harbor-first-frame" once the first frame that shows the emergency
// bar is on screen: the bar is checked on the GUI thread right before a
// frame's scene is synchronized (after polish, so its layout is final), and
// the line goes out when that same frame has been swapped, not any earlier
// one still on its way.
void reportFirstFrame(QQuickWindow &window)
{
    struct State
    {
        std::atomic<bool> barReady { false }; // GUI thread, after polish
        std::atomic<bool> frameHasBar { false }; // the frame being synchronized
        std::atomic<bool> reported { false };
    };
    auto state = std::make_shared<State>();
    QObject::connect(&window, &QQuickWindow::afterAnimating, &window, [&window, state] {
        if (!state->barReady && harbor::app::checkEmergencyBar(window).isEmpty()) {
            state->barReady = true;
        }
    });
    QObject::connect(
        &window, &QQuickWindow::beforeSynchronizing, &window, [state] { state->frameHasBar = state->barReady.load(); },
        Qt::DirectConnection);
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &window,
        [state] {
            if (state->frameHasBar && !state->reported.exchange(true)) {
                std::fputs("harbor-first-frame\n", stdout);
                std::fflush(stdout);
            }
        },
        Qt::DirectConnection);
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything private: no core files, not dumpable, files 0600 and
    // folders 0700. (Freed memory is wiped from the first frame on: below.)
    QString hardeningError;
    if (!harbor::process::harden(&hardeningError)) {
        std::fprintf(stderr, "harbor: %s\n", qPrintable(hardeningError));
    }

    const CommandLine cli = CommandLine::parse(argumentsOf(argc, argv));
    switch (cli.mode) {
    case CommandLine::Mode::Version:
        std::printf("harbor %s\n", HARBOR_VERSION);
        return 0;
    case CommandLine::Mode::Help:
        std::printf("%s", qPrintable(CommandLine::usage()));
        return 0;
    case CommandLine::Mode::UsageError:
        std::fprintf(stderr, "harbor: %s\n\n%s", qPrintable(cli.error), qPrintable(CommandLine::usage()));
        return CommandLine::exitCodeForUsageError();
    case CommandLine::Mode::SelfTest:
    case CommandLine::Mode::Screenshot:
    case CommandLine::Mode::LockProbe:
        // Both render without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        break;
    case CommandLine::Mode::Run:
        break;
    }

    const QString explicitDataDir = harbor::shell::DataDirectory::explicitLocation(cli.dataDir);
    if (!explicitDataDir.isEmpty()) {
        harbor::shell::DataDirectory::confineProcessTo(explicitDataDir);
    }

    // Set before the application exists, so the data folder is known early.
    QGuiApplication::setApplicationName(QStringLiteral("Harbor"));
    QGuiApplication::setOrganizationName(QStringLiteral("Harbor"));
    QGuiApplication::setApplicationVersion(QStringLiteral(HARBOR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.harbor_safety.harbor"));
    const QString dataDir
        = explicitDataDir.isEmpty() ? harbor::shell::DataDirectory::defaultLocation() : explicitDataDir;
    const QString contentFolder = QDir(dataDir).filePath(QStringLiteral("content"));

    // The content packs are read on worker threads while the UI thread
    // connects to the window system: the built-in one, and an installed
    // update, whose signature, file hashes and parse are checked there
    // exactly as before (PackStore::load); the services take both results
    // when they are built, so nothing is shown before it is verified.
    harbor::content::PackLoader::preloadEmbedded();
    harbor::updates::PackStore(contentFolder, harbor::updates::PublisherKeys::pinned()).preload();

    QGuiApplication app(argc, argv);
    QString error;
    if (!harbor::shell::DataDirectory::ensurePrivate(dataDir, &error)) {
        std::fprintf(stderr, "harbor: %s\n", qPrintable(error));
        return 1;
    }
    // One Harbor per data folder: a second start brings the running window
    // to the front instead of opening the same vault twice.
    harbor::app::SingleInstance instance(harbor::app::SingleInstance::socketPathFor(dataDir));
    if (cli.mode == CommandLine::Mode::Run && instance.claim() == harbor::app::SingleInstance::Role::Secondary) {
        return 0;
    }

    const auto platform = harbor::createPlatform();
    const harbor::safety::SystemClock clock;
    // Signed content updates: an installed pack newer than the built-in one
    // is in use at once; the network is checked only when the app runs for
    // real and the user agreed.
    harbor::app::Services services(harbor::app::ServicesConfig { dataDir, *platform, clock,
        harbor::vault::Vault::calibratingPolicy(),
        harbor::updates::UpdateService::Config { contentFolder, harbor::updates::PublisherKeys::pinned(),
            harbor::updates::AppVersion::current(), [] { return std::make_unique<harbor::updates::CurlTransport>(); } },
        {}, platform->formFactor() == harbor::Platform::FormFactor::Phone });
    auto &settings = services.settings;
    auto &vault = services.vault;
    // Quick exit: the emergency bar has locked the journal and the clipboard
    // is clear; every window goes at once, then the app quits. Reopening
    // shows the lock screen (the vault always starts locked).
    QObject::connect(&services.calls, &harbor::emergency::CallController::quickExitRequested, &app, [] {
        const auto windows = QGuiApplication::topLevelWindows();
        for (QWindow *window : windows) {
            window->hide();
        }
        QCoreApplication::exit(0);
    });

    harbor::ui::setUpStyle();
    QQmlApplicationEngine engine;
    harbor::ui::setUpEngine(engine);

    // Freed memory is wiped from the moment anything private can exist: the
    // first frame (nobody has typed anything before it) or the vault's first
    // job, whichever comes first. Start-up itself does not pay for it.
    QObject::connect(&vault, &harbor::vault::Vault::busyChanged, &engine, harbor::process::startWipingFreedMemory,
        Qt::SingleShotConnection);

    // Lock when the session locks or the machine sleeps, and forget what
    // the journal showed once it is locked.
    platform->watchSessionLock([&vault] { vault.lock(); });
    QObject::connect(&vault, &harbor::vault::Vault::stateChanged, &engine, [&vault, &engine] {
        if (vault.state() != harbor::vault::Vault::State::Unlocked) {
            QTimer::singleShot(0, &engine, [&engine] { harbor::app::forgetAfterLock(engine); });
        }
    });

    // After a wipe the files are gone: settings forget what they held, and a
    // data folder Harbor chose itself goes too once empty (never one the
    // user named with --data-dir).
    QObject::connect(&vault, &harbor::vault::Vault::wiped, &engine, [&settings, dataDir, explicitDataDir] {
        settings.sync();
        if (explicitDataDir.isEmpty() && QDir().rmdir(dataDir)) {
            QDir().rmdir(QFileInfo(dataDir).absolutePath()); // the organisation folder, if empty
        }
    });

    if (cli.mode == CommandLine::Mode::LockProbe) {
        return harbor::app::runLockProbe(engine, vault, services.journalController);
    }

    if (cli.mode == CommandLine::Mode::SelfTest) {
        return harbor::app::runSelfTest(engine, services.preferences);
    }

    engine.load(QUrl(QStringLiteral("qrc:/Harbor/Main.qml")));
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "harbor: the user interface could not be loaded\n");
        return 1;
    }
    if (cli.windowSize.isValid()) {
        window->resize(cli.windowSize);
    }
    QObject::connect(window, &QQuickWindow::frameSwapped, &engine, harbor::process::startWipingFreedMemory,
        Qt::SingleShotConnection);
    window->setProperty("currentPage", cli.page);
    QObject::connect(&instance, &harbor::app::SingleInstance::activationRequested, window, [window] {
        window->show();
        window->raise();
        window->requestActivate();
    });
    if (cli.mode == CommandLine::Mode::Screenshot) {
        return harbor::app::saveScreenshot(*window, cli.screenshotPath);
    }
    if (cli.reportFirstFrame) {
        reportFirstFrame(*window);
    }
    services.updates.startSchedule(); // goes online only once the user agreed (Settings, first start)
    return QGuiApplication::exec();
}
