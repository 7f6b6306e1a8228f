// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/BackgroundJob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <semaphore>

using harbor::shell::BackgroundJob;

class TestBackgroundJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workRunsOffTheOwnersThreadAndSignalsArriveOnIt()
    {
        BackgroundJob job;
        auto workThread = std::make_shared<QThread *>(nullptr);
        QThread *progressThread = nullptr;
        connect(&job, &BackgroundJob::progressed, this, [&] { progressThread = QThread::currentThread(); });
        QSignalSpy progressed(&job, &BackgroundJob::progressed);
        QSignalSpy finished(&job, &BackgroundJob::finished);

        QVERIFY(job.start([workThread](BackgroundJob::Progress &progress) {
            *workThread = QThread::currentThread();
            progress.report(0.5, QStringLiteral("half"));
            progress.report(1.0, QStringLiteral("all"));
        }));
        QVERIFY(finished.wait());
        QVERIFY(*workThread != nullptr);
        QVERIFY(*workThread != QThread::currentThread());
        QCOMPARE(progressThread, QThread::currentThread());
        QCOMPARE(progressed.count(), 2);
        QCOMPARE(progressed.at(0).at(0).toDouble(), 0.5);
        QCOMPARE(progressed.at(1).at(1).toString(), QStringLiteral("all"));
        QVERIFY(!job.isRunning());
    }

    void progressArrivesBeforeFinished()
    {
        BackgroundJob job;
        QStringList order;
        connect(&job, &BackgroundJob::progressed, this, [&] { order << QStringLiteral("progress"); });
        connect(&job, &BackgroundJob::finished, this, [&] { order << QStringLiteral("finished"); });
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start([](BackgroundJob::Progress &progress) { progress.report(1.0); });
        QVERIFY(finished.wait());
        QCOMPARE(order, (QStringList { QStringLiteral("progress"), QStringLiteral("finished") }));
    }

    void aSecondStartIsRefusedWhileRunning()
    {
        BackgroundJob job;
        auto gate = std::make_shared<std::binary_semaphore>(0);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QVERIFY(job.start([gate](BackgroundJob::Progress &) { gate->acquire(); }));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start([](BackgroundJob::Progress &) {}));
        gate->release();
        QVERIFY(finished.wait());
        QVERIFY(job.start([](BackgroundJob::Progress &) {}));
        QVERIFY(finished.wait());
        QCOMPARE(finished.count(), 2);
    }

    void cancelIsSeenByTheWork()
    {
        BackgroundJob job;
        auto sawCancel = std::make_shared<std::atomic_bool>(false);
        auto started = std::make_shared<std::binary_semaphore>(0);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start([sawCancel, started](BackgroundJob::Progress &progress) {
            started->release();
            while (!progress.cancelled()) {
                QThread::yieldCurrentThread();
            }
            *sawCancel = true;
        });
        started->acquire();
        job.cancel();
        QVERIFY(finished.wait());
        QVERIFY(sawCancel->load());
    }

    void destroyingTheJobCancelsAndJoins()
    {
        auto sawCancel = std::make_shared<std::atomic_bool>(false);
        auto started = std::make_shared<std::binary_semaphore>(0);
        {
            BackgroundJob job;
            job.start([sawCancel, started](BackgroundJob::Progress &progress) {
                started->release();
                while (!progress.cancelled()) {
                    QThread::yieldCurrentThread();
                }
                *sawCancel = true;
            });
            started->acquire();
        }
        // The destructor returned only after the work saw the cancel.
        QVERIFY(sawCancel->load());
    }

    void progressAfterTheJobIsGoneIsDropped()
    {
        auto job = std::make_unique<BackgroundJob>();
        bool delivered = false;
        connect(job.get(), &BackgroundJob::progressed, this, [&] { delivered = true; });
        job->start([](BackgroundJob::Progress &progress) { progress.report(0.1); });
        job->wait();
        job.reset(); // the queued report now has no job to emit from
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
