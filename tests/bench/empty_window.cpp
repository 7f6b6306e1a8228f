// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for bench_startup: an empty Qt Quick Controls window in the
// same style, built in the same tree, reporting its first frame as Harbor does.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    // An optional QML file replaces the empty window (for comparing variants by hand).
    if (argc > 1) {
        engine.load(QUrl::fromLocalFile(QString::fromLocal8Bit(argv[1])));
    } else {
        engine.loadData(QByteArrayLiteral("import QtQuick\nimport QtQuick.Controls\n"
                                          "ApplicationWindow { width: 1024; height: 720; visible: true }\n"));
    }
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [] {
        static bool reported = false;
        if (!reported) {
            reported = true;
            std::fputs("harbor-first-frame\n", stdout);
            std::fflush(stdout);
        }
    });
    return QGuiApplication::exec();
}
