// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/AppSettings.h"
#include "shell/BackgroundJob.h"
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

namespace harbor::content {
class ContentLibrary;
}
namespace harbor::safety {
class Clock;
}

namespace harbor::updates {

// Keeps the content current. At start it puts the installed pack in use when
// it is newer than the built-in one. It goes online only with the user's
// consent (AppSettings::UpdatesConsent): the daily schedule runs only while
// the consent is Daily (a scheduled check reads the setting again when it
// fires), and checkNow() is the user's own request for one check, whatever
// the consent. Turning the daily check off (or back to "not chosen") stops
// the schedule and cancels a check that is running. Checks run on a worker
// thread so the UI never waits, and a newly installed pack goes to the
// content library. What the update changed is remembered for "What
// changed"; checklists of a changed guide show as needing a re-check
// because their guide revision differs. The worker hands the pack it
// parsed and installed over to the UI thread, which puts it in use without
// reading it again.
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

    using Consent = shell::AppSettings::UpdatesConsent;

    // Lets the daily schedule run (the app calls this once it runs for
    // real): while the consent is Daily, a first look shortly after start or
    // after the user agreed, then hourly ticks that check once a day.
    // Nothing runs, and no timer is armed, while it is not.
    void startSchedule();
    [[nodiscard]] bool scheduled() const { return m_schedule.isActive() || m_firstCheck.isActive(); }

    [[nodiscard]] Consent consent() const;
    void setConsent(Consent consent);

    [[nodiscard]] bool busy() const { return m_job.isRunning(); }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] const UpdateError &lastError() const { return m_lastError; }
    [[nodiscard]] QList<PackChange> lastChanges() const;
    // The pack version in use and when its publisher published it.
    [[nodiscard]] int contentVersion() const;
    [[nodiscard]] QDateTime installedPublished() const;
    [[nodiscard]] bool usingInstalledPack() const { return m_usingInstalled; }
    // When the installed manifest in use expires (invalid: the built-in pack
    // is in use), and whether that moment has passed: content a server kept
    // replaying, or that Harbor could not renew, is not silently trusted.
    [[nodiscard]] QDateTime installedExpires() const;
    [[nodiscard]] bool contentExpired() const;
    [[nodiscard]] qint64 nowMs() const;

public Q_SLOTS:
    // The user asked for one check: allowed whatever the consent.
    void checkNow();
    // What the schedule runs: checks only while the consent is Daily and a
    // day has passed since the last check.
    void checkIfDue();

Q_SIGNALS:
    void consentChanged();
    void busyChanged();
    void progressChanged();
    void finished(harbor::updates::UpdateOutcome::Kind kind);

private:
    // At start: the installed pack, put in use when newer than the built-in one.
    void readInstalled();
    [[nodiscard]] InstalledState installedState() const;
    void jobFinished();
    void apply(UpdateOutcome outcome);
    void updateSchedule();

    Config m_config;
    shell::AppSettings &m_settings;
    content::ContentLibrary &m_library;
    const safety::Clock &m_clock;
    PackStore m_store;
    int m_builtInVersion = 0; // of the pack the library had at start: the built-in one
    QString m_packId; // the built-in pack's id: updates must be the same pack
    PackStore::Installed m_installed;
    bool m_usingInstalled = false;
    bool m_scheduleAllowed = false; // startSchedule() was called
    QTimer m_firstCheck { this };
    QTimer m_schedule { this };
    // The transport and the updater stop at this flag (the job's own is
    // not visible to them); declared before m_job, which joins its thread
    // on destruction, so it outlives the work that reads it.
    std::atomic_bool m_cancel = false;
    shell::BackgroundJob m_job { this };
    std::shared_ptr<UpdateOutcome> m_pending; // the running check's result
    double m_progress = 0;
    UpdateError m_lastError;
};

} // namespace harbor::updates
