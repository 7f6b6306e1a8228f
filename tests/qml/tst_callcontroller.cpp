// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallController.h"
#include "TestMain.h"
#include "fake/FakePlatform.h"
#include "safety/EmergencyDialer.h"
#include "shell/AppSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using harbor::FakePlatform;
using harbor::emergency::CallController;

class TestCallController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callLogNoticeIsShownOnceEver()
    {
        QTemporaryDir dir;
        FakePlatform platform;
        harbor::safety::EmergencyDialer dialer(platform);
        {
            harbor::shell::AppSettings settings(dir.path());
            CallController calls(dialer, settings);
            QSignalSpy notice(&calls, &CallController::callLogNotice);
            QSignalSpy opened(&calls, &CallController::dialerOpened);
            calls.callHotline();
            calls.callEmergency();
            QCOMPARE(platform.dialled(), (QStringList { QStringLiteral("8442645437"), QStringLiteral("911") }));
            QCOMPARE(opened.count(), 2);
            QCOMPARE(notice.count(), 1);
        }
        // Not again after a restart.
        harbor::shell::AppSettings settings(dir.path());
        CallController calls(dialer, settings);
        QSignalSpy notice(&calls, &CallController::callLogNotice);
        calls.callEmergency();
        QCOMPARE(notice.count(), 0);
    }

    void noDialerMeansNoNoticeButTheNumberShown()
    {
        QTemporaryDir dir;
        FakePlatform platform(FakePlatform::FormFactor::Desktop, false);
        harbor::safety::EmergencyDialer dialer(platform);
        harbor::shell::AppSettings settings(dir.path());
        CallController calls(dialer, settings);
        QSignalSpy notice(&calls, &CallController::callLogNotice);
        QSignalSpy manual(&calls, &CallController::manualDialNeeded);
        calls.callHotline();
        QCOMPARE(notice.count(), 0);
        QCOMPARE(manual.count(), 1);
        QCOMPARE(manual.at(0).at(0).toString(), calls.hotlineName());
        QCOMPARE(manual.at(0).at(1).toString(), QStringLiteral("844-264-5437"));
        QCOMPARE(manual.at(0).at(2).toString(), QStringLiteral("8442645437"));
    }
};

HARBOR_TEST_MAIN(TestCallController)
#include "tst_callcontroller.moc"
