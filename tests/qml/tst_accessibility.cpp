// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers and switch access press buttons through the accessibility
// Press action, not through mouse or key events.
#include "AppServices.h"
#include "QmlPlugins.h"
#include "QmlSetup.h"
#include "TestMain.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QQuickItem>
#include <QQuickView>

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        harbor::ui::setUpStyle();
        QAccessible::setActive(true);
        m_services = std::make_unique<harbor::test::AppServices>();
    }
    void cleanupTestCase() { m_services.reset(); }

    void pressActionDials_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("911") << QStringLiteral("call911Button") << QStringLiteral("911");
        QTest::newRow("hotline") << QStringLiteral("callHotlineButton") << QStringLiteral("8442645437");
    }
    void pressActionDials()
    {
        QFETCH(QString, objectName);
        QFETCH(QString, expected);
        m_services->platform.clear();

        QQuickView view;
        harbor::ui::setUpEngine(*view.engine());
        view.setSource(QUrl(QStringLiteral("qrc:/Harbor/Emergency/EmergencyBar.qml")));
        QCOMPARE(view.status(), QQuickView::Ready);
        view.resize(800, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto *button = view.rootObject()->findChild<QQuickItem *>(objectName);
        QVERIFY(button);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::Button);
        QVERIFY(!accessible->text(QAccessible::Name).isEmpty());
        QAccessibleActionInterface *actions = accessible->actionInterface();
        QVERIFY(actions);
        QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
        actions->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(m_services->platform.dialled(), QStringList { expected });
    }

private:
    std::unique_ptr<harbor::test::AppServices> m_services;
};

HARBOR_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
