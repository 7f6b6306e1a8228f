// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfTest.h"

#include "Preferences.h"
#include "QmlWarningCollector.h"
#include "WindowProbe.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSize>
#include <QUrl>

#include <cstdio>

namespace harbor::app {

namespace {

constexpr int kDestinations = 4;

void report(const QString &problem)
{
    std::fprintf(stderr, "self-test: %s\n", qPrintable(problem));
}

QString walk(QQuickWindow &window, const QString &step)
{
    QCoreApplication::processEvents();
    const QImage frame = window.grabWindow();
    if (frame.isNull()) {
        return QStringLiteral("%1: the window could not be rendered").arg(step);
    }
    const QString bar = checkEmergencyBar(window);
    return bar.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(step, bar);
}

} // namespace

int runSelfTest(QQmlApplicationEngine &engine, ui::Preferences &preferences)
{
    QmlWarningCollector collector(engine);
    engine.load(QUrl(QStringLiteral("qrc:/Harbor/Main.qml")));
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        report(QStringLiteral("Main.qml did not load"));
        for (const QString &warning : collector.warnings()) {
            report(warning);
        }
        return 1;
    }

    QStringList problems;
    if (!waitForFrame(*window)) {
        problems << QStringLiteral("no frame was rendered");
    }

    const QString originalTheme = preferences.theme();
    const QString originalLanguage = preferences.language();
    const QList<QPair<QString, QString>> looks
        = { { QStringLiteral("en"), QStringLiteral("light") }, { QStringLiteral("es"), QStringLiteral("dark") } };
    const QList<QSize> sizes = { QSize(360, 740), QSize(1280, 800) };
    auto *bar = window->property("emergencyBar").value<QObject *>();
    if (bar) {
        QMetaObject::invokeMethod(bar, "ensureSheet");
    }
    auto *sheet = bar ? bar->property("sheet").value<QObject *>() : nullptr;
    if (!sheet) {
        problems << QStringLiteral("the emergency bar's call sheet is missing");
    }

    for (const auto &[language, theme] : looks) {
        preferences.setLanguage(language);
        preferences.setTheme(theme);
        for (const QSize &size : sizes) {
            window->resize(size);
            const QString where
                = QStringLiteral("%1/%2 %3x%4").arg(language, theme).arg(size.width()).arg(size.height());
            for (int page = 0; page < kDestinations; ++page) {
                window->setProperty("currentPage", page);
                problems << walk(*window, QStringLiteral("%1 page %2").arg(where).arg(page));
            }
            if (sheet) {
                QMetaObject::invokeMethod(sheet, "showNumber", Q_ARG(QVariant, QStringLiteral("Self-test")),
                    Q_ARG(QVariant, QStringLiteral("844-264-5437")), Q_ARG(QVariant, QStringLiteral("8442645437")));
                problems << walk(*window, QStringLiteral("%1 call sheet").arg(where));
                QMetaObject::invokeMethod(sheet, "showRefusal", Q_ARG(QVariant, QStringLiteral("Self-test refusal")));
                problems << walk(*window, QStringLiteral("%1 refusal").arg(where));
                QMetaObject::invokeMethod(sheet, "close");
            }
        }
    }
    preferences.setLanguage(originalLanguage);
    preferences.setTheme(originalTheme);
    QCoreApplication::processEvents();

    problems.removeAll(QString());
    problems << collector.warnings();
    for (const QString &problem : std::as_const(problems)) {
        report(problem);
    }
    std::fprintf(stderr, "self-test: %s (%lld problem(s))\n", problems.isEmpty() ? "passed" : "FAILED",
        static_cast<long long>(problems.size()));
    return problems.isEmpty() ? 0 : 1;
}

} // namespace harbor::app
