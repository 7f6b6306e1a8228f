// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundJob.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace harbor::shell {

void BackgroundJob::Progress::report(double fraction, const QString &text)
{
    // Queued: the owner's thread emits, so handlers may touch its objects.
    QMetaObject::invokeMethod(
        &m_job,
        [job = QPointer<BackgroundJob>(&m_job), fraction, text] {
            if (job) {
                Q_EMIT job->progressed(fraction, text);
            }
        },
        Qt::QueuedConnection);
}

bool BackgroundJob::Progress::cancelled() const
{
    return m_job.m_cancelled;
}

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
    delete m_thread; // its queued finished() dies with this object
}

bool BackgroundJob::start(std::function<void(Progress &)> work)
{
    if (m_thread) {
        return false;
    }
    m_cancelled = false;
    m_thread = QThread::create([this, work = std::move(work)] {
        Progress progress(*this);
        work(progress);
    });
    // The thread object lives on the owner's thread, so this runs there.
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished();
    });
    m_thread->start();
    return true;
}

void BackgroundJob::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

} // namespace harbor::shell
