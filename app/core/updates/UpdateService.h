// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "updates/HttpTransport.h"
#include "updates/PackChanges.h"
#include "updates/PackStore.h"
#include "updates/UpdateError.h"
#include "updates/Updater.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace harbor::content {
class ContentLibrary;
}
namespace harbor::safety {
class Clock;
}
namespace harbor::shell {
class AppSettings;
}

namespace harbor::updates {

// Keeps the content current. At start it puts the installed pack in use when
// it is newer than the built-in one; then, when enabled, it checks at most
// once a day (and whenever asked), on a worker thread so the UI never
// waits, and hands a newly installed pack to the content library. What the
// update changed is remembered for "What changed"; checklists of a changed
// guide show as needing a re-check because their guide revision differs.
class UpdateService : public QObject
{
    Q_OBJECT

public:
    using TransportFactory = std::function<std::unique_ptr<HttpTransport>()>;

    struct Config
    {
        QString storeFolder; // <data dir>/content
        QList<QByteArray> keys;
        QString appVersion;
        TransportFactory transport;
    };

    static constexpr qint64 kCheckIntervalMs = 24LL * 60 * 60 * 1000;

    UpdateService(Config config, shell::AppSettings &settings, content::ContentLibrary &library,
        const safety::Clock &clock, QObject *parent = nullptr);
    ~UpdateService() override;

    // Starts the daily schedule: a first look shortly after start, then hourly.
    void startSchedule();

    [[nodiscard]] bool busy() const { return m_worker != nullptr; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] const UpdateError &lastError() const { return m_lastError; }
    [[nodiscard]] QList<PackChange> lastChanges() const;
    // The pack version in use and when its publisher published it.
    [[nodiscard]] int contentVersion() const;
    [[nodiscard]] QDateTime installedPublished() const;
    [[nodiscard]] bool usingInstalledPack() const { return m_usingInstalled; }

public Q_SLOTS:
    void checkNow();
    // Checks when enabled and a day has passed since the last check.
    void checkIfDue();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void finished(harbor::updates::UpdateOutcome::Kind kind);

private:
    void readInstalled(bool putInUse);
    [[nodiscard]] InstalledState installedState() const;
    void apply(const UpdateOutcome &outcome);

    Config m_config;
    shell::AppSettings &m_settings;
    content::ContentLibrary &m_library;
    const safety::Clock &m_clock;
    PackStore m_store;
    int m_builtInVersion = 0; // of the pack the library had at start: the built-in one
    QString m_packId; // the built-in pack's id: updates must be the same pack
    PackStore::Installed m_installed;
    bool m_usingInstalled = false;
    QTimer m_schedule;
    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel = false;
    UpdateOutcome m_outcome; // written by the worker, read after it finished
    double m_progress = 0;
    UpdateError m_lastError;
};

} // namespace harbor::updates
