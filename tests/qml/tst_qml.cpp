// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"
#include "QmlPlugins.h"
#include "QmlSetup.h"
#include "TestFiles.h"
#include "TestMain.h"

#include <QQmlEngine>
#include <QtQuickTest>

#include <memory>

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup() { harbor::test::pinEnvironment(); }

public Q_SLOTS:
    void applicationAvailable()
    {
        harbor::ui::setUpStyle();
        m_services = std::make_unique<harbor::test::AppServices>();
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        harbor::ui::setUpEngine(*engine);
        qmlRegisterSingletonInstance("HarborTest", 1, 0, "FakeDialer", &m_services->fakeDialer);
        qmlRegisterSingletonInstance("HarborTest", 1, 0, "TestClock", &m_services->clockControl);
        qmlRegisterSingletonInstance("HarborTest", 1, 0, "TestFirstStart", &m_services->firstStart);
        qmlRegisterSingletonInstance("HarborTest", 1, 0, "TestFiles", &m_files);
        qmlRegisterSingletonInstance("HarborTest", 1, 0, "TestUpdateSite", &m_services->updateSite);
    }
    void cleanupTestCase() { m_services.reset(); }

private:
    std::unique_ptr<harbor::test::AppServices> m_services;
    harbor::test::TestFiles m_files;
};

QUICK_TEST_MAIN_WITH_SETUP(harbor_qml, Setup)
#include "tst_qml.moc"
