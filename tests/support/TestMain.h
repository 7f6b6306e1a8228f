// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGuiApplication>
#include <QTest>

namespace harbor::test {

// Pins locale, time zone and platform, and sends QStandardPaths to test
// locations so no test touches the real user's data. Call before the app.
void pinEnvironment();

} // namespace harbor::test

#define HARBOR_TEST_MAIN(TestObject)                                                                                   \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        harbor::test::pinEnvironment();                                                                                \
        QGuiApplication app(argc, argv);                                                                               \
        TestObject test;                                                                                               \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
