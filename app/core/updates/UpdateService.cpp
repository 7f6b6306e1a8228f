// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/UpdateService.h"

#include "content/ContentLibrary.h"
#include "content/PackLoader.h"
#include "safety/Clock.h"
#include "shell/AppSettings.h"

#include <QCryptographicHash>

namespace harbor::updates {

namespace {

constexpr int kFirstCheckDelayMs = 15 * 1000;
constexpr int kScheduleTickMs = 60 * 60 * 1000;

void addFiles(const QMap<QString, QByteArray> &files, QHash<QByteArray, QByteArray> *bySha)
{
    for (const QByteArray &bytes : files) {
        bySha->insert(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), bytes);
    }
}

} // namespace

UpdateService::UpdateService(Config config, shell::AppSettings &settings, content::ContentLibrary &library,
    const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_settings(settings)
    , m_library(library)
    , m_clock(clock)
    , m_store(m_config.storeFolder, m_config.keys)
    , m_builtInVersion(library.pack().version)
    , m_packId(library.pack().id)
{
    readInstalled();
    m_firstCheck.setSingleShot(true);
    m_firstCheck.setInterval(kFirstCheckDelayMs);
    m_schedule.setInterval(kScheduleTickMs);
    connect(&m_firstCheck, &QTimer::timeout, this, &UpdateService::checkIfDue);
    connect(&m_schedule, &QTimer::timeout, this, &UpdateService::checkIfDue);
    connect(&m_job, &shell::BackgroundJob::finished, this, &UpdateService::jobFinished);
    connect(&m_job, &shell::BackgroundJob::progressed, this, [this](double fraction) {
        m_progress = fraction;
        Q_EMIT progressChanged();
    });
}

UpdateService::~UpdateService()
{
    // The work reads m_cancel and this object's config: stop it first.
    m_cancel = true;
    m_job.cancel();
    m_job.wait();
}

void UpdateService::startSchedule()
{
    m_scheduleAllowed = true;
    updateSchedule();
}

UpdateService::Consent UpdateService::consent() const
{
    return m_settings.updatesConsent();
}

void UpdateService::setConsent(Consent consent)
{
    if (consent == m_settings.updatesConsent()) {
        return;
    }
    m_settings.setUpdatesConsent(consent);
    if (consent != Consent::Daily) {
        // No more traffic: a check that is running stops at its next byte.
        m_cancel = true;
    }
    updateSchedule();
    Q_EMIT consentChanged();
}

void UpdateService::updateSchedule()
{
    if (!m_scheduleAllowed || m_settings.updatesConsent() != Consent::Daily) {
        m_firstCheck.stop();
        m_schedule.stop();
        return;
    }
    if (!m_schedule.isActive()) {
        m_firstCheck.start();
        m_schedule.start();
    }
}

void UpdateService::readInstalled()
{
    m_installed = m_store.load();
    if (!m_installed.problem.isEmpty()) {
        // Names a file and what was wrong with it; nothing private.
        qWarning("harbor: the installed content pack is not used: %s", qPrintable(m_installed.problem));
    }
    if (m_installed.pack && m_installed.pack->version > m_library.pack().version) {
        m_library.setPack(*m_installed.pack);
        m_usingInstalled = true;
    }
}

InstalledState UpdateService::installedState() const
{
    InstalledState state;
    state.builtInVersion = m_builtInVersion;
    // The signed record, or the highest version ever installed if that is
    // higher (the record was damaged, or signed by a key since retired).
    state.recordVersion = std::max(m_installed.recordVersion, m_settings.highestContentVersion());
    state.installedIntact = m_installed.pack.has_value() && m_installed.recordVersion == state.recordVersion;
    if (m_installed.manifest) {
        state.manifestSha256 = m_installed.recordSha256;
        state.manifestExpiresMs = m_installed.manifest->expires.toMSecsSinceEpoch();
    }
    addFiles(m_installed.files, &state.filesBySha);
    return state;
}

int UpdateService::contentVersion() const
{
    return m_library.pack().version;
}

QDateTime UpdateService::installedPublished() const
{
    return m_usingInstalled && m_installed.manifest ? m_installed.manifest->published : QDateTime();
}

QDateTime UpdateService::installedExpires() const
{
    return m_usingInstalled && m_installed.manifest ? m_installed.manifest->expires : QDateTime();
}

bool UpdateService::contentExpired() const
{
    const QDateTime expires = installedExpires();
    return expires.isValid() && m_clock.nowMs() > expires.toMSecsSinceEpoch();
}

qint64 UpdateService::nowMs() const
{
    return m_clock.nowMs();
}

QList<PackChange> UpdateService::lastChanges() const
{
    QList<PackChange> changes;
    for (const QString &text : m_settings.lastUpdateChanges()) {
        if (const auto change = PackChange::fromString(text)) {
            changes.append(*change);
        }
    }
    return changes;
}

void UpdateService::checkIfDue()
{
    const qint64 now = m_clock.nowMs();
    const qint64 last = m_settings.lastUpdateCheckMs();
    // Read when the timer fires: only the user's standing consent lets the
    // schedule go online. A clock set back counts as due, so a wrong date
    // cannot stop checks for good.
    if (m_settings.updatesConsent() == Consent::Daily && !busy()
        && (last == 0 || now - last >= kCheckIntervalMs || now < last)) {
        checkNow();
    }
}

void UpdateService::checkNow()
{
    if (busy()) {
        return;
    }
    m_cancel = false;
    m_progress = 0;
    const QUrl base = Updater::normalisedBase(m_settings.updateUrl());
    InstalledState state = installedState();
    std::shared_ptr<HttpTransport> transport = m_config.transport();
    const qint64 publishedMs = m_installed.manifest ? m_installed.manifest->published.toMSecsSinceEpoch() : 0;
    Updater::Config updaterConfig { m_config.keys, m_config.appVersion, std::max(m_clock.nowMs(), publishedMs),
        m_packId };
    const QString storeFolder = m_config.storeFolder;
    // The worker fills it in; jobFinished() reads it on this thread.
    m_pending = std::make_shared<UpdateOutcome>();
    m_job.start([this, outcome = m_pending, base, state, transport, updaterConfig, storeFolder](
                    shell::BackgroundJob::Progress &progress) mutable {
        // The built-in files too, so an update that changes one guide downloads one file.
        QString ignored;
        addFiles(content::PackLoader::readFiles(content::PackLoader::kEmbedded, &ignored), &state.filesBySha);
        const PackStore store(storeFolder, updaterConfig.keys);
        Updater updater(*transport, store, updaterConfig);
        *outcome = updater.check(
            base, state, [&progress](double fraction) { progress.report(fraction); }, m_cancel);
    });
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
}

void UpdateService::jobFinished()
{
    const std::shared_ptr<UpdateOutcome> outcome = std::move(m_pending);
    const UpdateOutcome::Kind kind = outcome->kind;
    apply(std::move(*outcome));
    Q_EMIT busyChanged();
    Q_EMIT finished(kind);
}

void UpdateService::apply(UpdateOutcome outcome)
{
    m_settings.setLastUpdateCheckMs(m_clock.nowMs());
    m_lastError = outcome.error;
    switch (outcome.kind) {
    case UpdateOutcome::Kind::Failed:
        // Only the kind of failure, never a URL or anything the user typed.
        qInfo("harbor: content update not installed: %s", UpdateError::name(outcome.error.code));
        return;
    case UpdateOutcome::Kind::UpToDate:
        m_settings.setLastUpdateSuccessMs(m_clock.nowMs());
        return;
    case UpdateOutcome::Kind::Installed:
        break;
    }
    QStringList changes;
    for (const PackChange &change : PackChanges::between(m_library.pack(), *outcome.installed.pack)) {
        changes.append(change.toString());
    }
    m_settings.setLastUpdateChanges(changes);
    m_settings.setLastUpdateSuccessMs(m_clock.nowMs());
    m_settings.raiseHighestContentVersion(outcome.installed.recordVersion);
    // What the worker installed, parsed once there: not read back from disk.
    m_installed = std::move(outcome.installed);
    m_usingInstalled = true;
    m_library.setPack(*m_installed.pack);
}

} // namespace harbor::updates
