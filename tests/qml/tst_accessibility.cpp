// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers and switch access press buttons through the accessibility
// Press action, not through mouse or key events.
#include "AppServices.h"
#include "QmlPlugins.h"
#include "QmlSetup.h"
#include "TestMain.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QQuickWindow>
#include <QSignalSpy>

#include <memory>

namespace {

// Every Harbor.Ui control once, counting what each activation does.
const char *const kKitScene = R"(
import QtQuick
import QtQuick.Layouts
import Harbor.Ui
Window {
    width: 480; height: 800; visible: true
    ColumnLayout {
        anchors.fill: parent
        ActionButton { objectName: "button"; text: "Save"; property int clicks: 0; onClicked: ++clicks }
        PrimaryButton { objectName: "primary"; text: "Unlock"; property int clicks: 0; onClicked: ++clicks }
        ActionButton { objectName: "toggleButton"; text: "Pin"; checkable: true
                       property int clicks: 0; onClicked: ++clicks }
        ActionCheckBox { objectName: "checkBox"; text: "Seen it"; property int clicks: 0; onClicked: ++clicks }
        ActionSwitch { objectName: "switch"; text: "Check daily"; property int clicks: 0; onClicked: ++clicks }
        LabeledField { objectName: "field"; label: "Nickname" }
        LabeledField { objectName: "notes"; label: "What happened"; multiline: true }
        LabeledPicker { objectName: "picker"; label: "Severity"; model: ["Note", "Concern", "Urgent"] }
        LabeledSpinBox { objectName: "spin"; label: "Minutes"; from: 1; to: 60; value: 5
                         property int modified: 0; onValueModified: ++modified }
    }
}
)";

// A passphrase field alone, for its input's accessible interface.
const char *const kPassphraseScene = R"(
import QtQuick
import Harbor.Vault
Window {
    width: 480; height: 200; visible: true
    PassphraseField { objectName: "secret"; label: "Passphrase"; width: 400 }
}
)";

QAccessibleActionInterface *actionsOf(QObject *object)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(object);
    return accessible ? accessible->actionInterface() : nullptr;
}

} // namespace

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

    // Qt 6.4 hands a password input's real text to assistive technology and
    // no name; a PassphraseInput is named by its label and shows bullets.
    // (Its text events need a live bridge: tests/a11y checks them on AT-SPI.)
    void passphraseInputHidesItsText()
    {
        QQmlEngine engine;
        harbor::ui::setUpEngine(engine);
        QQmlComponent component(&engine);
        component.setData(kPassphraseScene, QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *input = root->findChild<QQuickItem *>(QStringLiteral("secretInput"));
        QVERIFY(input);

        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(input);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::EditableText);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Passphrase"));
        QVERIFY(accessible->state().passwordEdit);
        QVERIFY(!accessible->rect().isEmpty());
        QAccessibleInterface *group = accessible->parent();
        QVERIFY(group);
        QCOMPARE(group->text(QAccessible::Name), QStringLiteral("Passphrase"));
        QVERIFY(group->indexOfChild(accessible) >= 0);
        QAccessibleActionInterface *actions = accessible->actionInterface();
        QVERIFY(actions);
        actions->doAction(QAccessibleActionInterface::setFocusAction());
        QTRY_VERIFY(input->hasActiveFocus());
        QVERIFY(accessible->state().focused);

        for (const char key : QByteArrayLiteral("copper lantern"))
            QTest::keyClick(window, key);
        QCOMPARE(input->property("text").toString(), QStringLiteral("copper lantern"));
        QAccessibleTextInterface *text = accessible->textInterface();
        QVERIFY(text);
        QCOMPARE(text->characterCount(), 14);
        QCOMPARE(text->text(0, text->characterCount()), QString(14, QChar(0x2022)));
        QCOMPARE(accessible->text(QAccessible::Value), QString(14, QChar(0x2022)));
    }

    // The kit, driven only through the accessibility interface, as a screen
    // reader or switch access does: each action must do what it says, once.
    void kitPressActions_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("checks");
        const QString press = QAccessibleActionInterface::pressAction();
        const QString toggle = QAccessibleActionInterface::toggleAction();
        QTest::newRow("button") << "button" << int(QAccessible::Button) << "Save" << press << false;
        QTest::newRow("primary button") << "primary" << int(QAccessible::Button) << "Unlock" << press << false;
        // Qt 6.4 reports a checkable button as a check box, so its state is read out.
        QTest::newRow("checkable button") << "toggleButton" << int(QAccessible::CheckBox) << "Pin" << press << true;
        QTest::newRow("check box press") << "checkBox" << int(QAccessible::CheckBox) << "Seen it" << press << true;
        QTest::newRow("check box toggle") << "checkBox" << int(QAccessible::CheckBox) << "Seen it" << toggle << true;
        QTest::newRow("switch press") << "switch" << int(QAccessible::CheckBox) << "Check daily" << press << true;
        QTest::newRow("switch toggle") << "switch" << int(QAccessible::CheckBox) << "Check daily" << toggle << true;
    }
    void kitPressActions()
    {
        QFETCH(QString, objectName);
        QFETCH(int, role);
        QFETCH(QString, name);
        QFETCH(QString, action);
        QFETCH(bool, checks);
        auto window = loadKit();
        QVERIFY(window);
        auto *control = window->findChild<QQuickItem *>(objectName);
        QVERIFY(control);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        QVERIFY(accessible);
        QCOMPARE(int(accessible->role()), role);
        QCOMPARE(accessible->text(QAccessible::Name), name);
        QAccessibleActionInterface *actions = accessible->actionInterface();
        QVERIFY(actions);
        QVERIFY2(actions->actionNames().contains(action), qPrintable(actions->actionNames().join(u',')));

        actions->doAction(action);
        QCOMPARE(control->property("clicks").toInt(), 1);
        if (checks) {
            QVERIFY(control->property("checked").toBool());
            QVERIFY(accessible->state().checked);
            actions->doAction(action);
            QVERIFY(!control->property("checked").toBool());
            QCOMPARE(control->property("clicks").toInt(), 2);
        }
    }

    void kitPickerOpensOnPress()
    {
        auto window = loadKit();
        QVERIFY(window);
        auto *box = window->findChild<QQuickItem *>(QStringLiteral("pickerBox"));
        QVERIFY(box);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(box);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::ComboBox);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Severity"));
        auto *popup = box->property("popup").value<QObject *>();
        QVERIFY(popup);
        QVERIFY(!popup->property("visible").toBool());
        QAccessibleActionInterface *actions = accessible->actionInterface();
        QVERIFY(actions);
        QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
        actions->doAction(QAccessibleActionInterface::pressAction());
        QTRY_VERIFY(popup->property("opened").toBool());
    }

    void kitSpinBoxSteps()
    {
        auto window = loadKit();
        QVERIFY(window);
        auto *spinField = window->findChild<QQuickItem *>(QStringLiteral("spin"));
        auto *spin = window->findChild<QQuickItem *>(QStringLiteral("spinBox"));
        QVERIFY(spinField && spin);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(spin);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::SpinBox);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Minutes"));
        QAccessibleActionInterface *actions = accessible->actionInterface();
        QVERIFY(actions);
        actions->doAction(QAccessibleActionInterface::increaseAction());
        QCOMPARE(spin->property("value").toInt(), 6);
        actions->doAction(QAccessibleActionInterface::decreaseAction());
        actions->doAction(QAccessibleActionInterface::decreaseAction());
        QCOMPARE(spin->property("value").toInt(), 4);
        QCOMPARE(spinField->property("modified").toInt(), 3);
    }

    // A text field is named by the label the user sees above it.
    void kitFieldsAreNamedByTheirLabel_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::newRow("one line") << QStringLiteral("field");
        QTest::newRow("several lines") << QStringLiteral("notes");
    }
    void kitFieldsAreNamedByTheirLabel()
    {
        QFETCH(QString, objectName);
        auto window = loadKit();
        QVERIFY(window);
        auto *field = window->findChild<QQuickItem *>(objectName);
        QVERIFY(field);
        auto *input = field->property("input").value<QQuickItem *>();
        QVERIFY(input);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(input);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::EditableText);
        QCOMPARE(accessible->text(QAccessible::Name), visibleLabelOf(field));
        QVERIFY(!accessible->text(QAccessible::Name).isEmpty());
    }

    // The fields of the views: the same rule, in the real pages.
    void viewFieldsAreNamedByTheirLabel_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("objectName");
        QTest::newRow("where do you live")
            << QStringLiteral("qrc:/Harbor/WhereDoYouLive.qml") << QStringLiteral("regionSearch");
        QTest::newRow("update address") << QStringLiteral("qrc:/Harbor/Settings/SettingsPage.qml")
                                        << QStringLiteral("updateAddress");
    }
    void viewFieldsAreNamedByTheirLabel()
    {
        QFETCH(QString, source);
        QFETCH(QString, objectName);
        QQuickView view;
        harbor::ui::setUpEngine(*view.engine());
        view.setSource(QUrl(source));
        QCOMPARE(view.status(), QQuickView::Ready);
        view.resize(800, 1600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *field = view.rootObject()->findChild<QQuickItem *>(objectName);
        QVERIFY(field);
        auto *input = field->property("input").value<QQuickItem *>();
        QVERIFY(input);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(input);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), visibleLabelOf(field));
        QVERIFY(!accessible->text(QAccessible::Name).isEmpty());
    }

    void quickExitByPressAction()
    {
        QQuickView view;
        harbor::ui::setUpEngine(*view.engine());
        view.setSource(QUrl(QStringLiteral("qrc:/Harbor/Emergency/EmergencyBar.qml")));
        QCOMPARE(view.status(), QQuickView::Ready);
        view.resize(800, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *button = view.rootObject()->findChild<QQuickItem *>(QStringLiteral("quickExitButton"));
        QVERIFY(button);
        QSignalSpy exit(&m_services->services.calls, &harbor::emergency::CallController::quickExitRequested);
        QAccessibleActionInterface *actions = actionsOf(button);
        QVERIFY(actions);
        actions->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(exit.count(), 1);
    }

private:
    // The kit scene in its own window; gone when the pointer goes.
    std::unique_ptr<QQuickWindow> loadKit()
    {
        m_engine = std::make_unique<QQmlEngine>();
        harbor::ui::setUpEngine(*m_engine);
        QQmlComponent component(m_engine.get());
        // A local URL: the component is then compiled at once, not fetched.
        component.setData(kKitScene, QUrl::fromLocalFile(QDir::current().filePath(QStringLiteral("KitScene.qml"))));
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
        if (!window) {
            qWarning() << component.errorString();
            return {};
        }
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return {};
        }
        return window;
    }
    // The text of the Label a LabeledField shows above its input.
    static QString visibleLabelOf(QQuickItem *field)
    {
        const auto children = field->childItems();
        for (QQuickItem *child : children) {
            if (child->inherits("QQuickLabel") && child->isVisible()) {
                return child->property("text").toString();
            }
        }
        return {};
    }

    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<harbor::test::AppServices> m_services;
};

HARBOR_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
