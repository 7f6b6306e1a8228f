// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace harbor::shell {

// The one way Harbor runs long work off the UI thread (export, backup,
// restore, content updates). The work runs on a thread of its own; what it
// reports arrives on the owner's thread as progressed(), and finished()
// follows once the thread has ended. Results travel through state the work
// captures (a shared_ptr) and are read in the finished() handler, on the
// owner's thread. The vault's database work is not this: it runs on the
// vault's own serial queue (vault::Vault), which keeps one connection.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // What the work sees: where to report progress and whether to stop.
    class Progress
    {
    public:
        explicit Progress(BackgroundJob &job)
            : m_job(job)
        {
        }
        // fraction 0..1 (or -1 when unknown) and a translated line to show.
        void report(double fraction, const QString &text = {});
        [[nodiscard]] bool cancelled() const;

    private:
        BackgroundJob &m_job;
    };

    explicit BackgroundJob(QObject *parent = nullptr);
    // Cancels the work and waits for it: nothing the work captured by
    // reference may outlive its owner.
    ~BackgroundJob() override;
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    // False (and nothing starts) while a job is still running.
    bool start(std::function<void(Progress &)> work);
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    // Asks the work to stop; it sees cancelled() and returns when it can.
    void cancel() { m_cancelled = true; }
    // Blocks until the running work has ended (finished() is still emitted
    // from the event loop). For shutdown and tests.
    void wait();

Q_SIGNALS:
    void progressed(double fraction, const QString &text);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
};

} // namespace harbor::shell
