// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowProbe.h"

#include <QEventLoop>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

namespace harbor::app {

namespace {
constexpr qreal kMinTouchTarget = 48.0;
}

bool waitForFrame(QQuickWindow &window, int timeoutMs)
{
    QEventLoop loop;
    bool swapped = false;
    const auto connection = QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
        swapped = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    window.requestUpdate();
    loop.exec();
    QObject::disconnect(connection);
    return swapped;
}

QString checkEmergencyBar(QQuickWindow &window)
{
    const QRectF windowRect(0, 0, window.width(), window.height());
    for (const char *name : { "call911Button", "callHotlineButton" }) {
        auto *button = window.findChild<QQuickItem *>(QLatin1String(name));
        if (!button) {
            return QStringLiteral("%1 not found").arg(QLatin1String(name));
        }
        if (!button->isVisible() || button->opacity() <= 0.0) {
            return QStringLiteral("%1 is not visible").arg(QLatin1String(name));
        }
        if (button->height() < kMinTouchTarget) {
            return QStringLiteral("%1 is %2 px high, below %3")
                .arg(QLatin1String(name))
                .arg(button->height())
                .arg(kMinTouchTarget);
        }
        const QRectF rect = button->mapRectToScene(QRectF(0, 0, button->width(), button->height()));
        if (!windowRect.contains(rect)) {
            return QStringLiteral("%1 lies outside the window").arg(QLatin1String(name));
        }
        if (button->property("text").toString().isEmpty()) {
            return QStringLiteral("%1 has no text").arg(QLatin1String(name));
        }
    }
    return {};
}

} // namespace harbor::app
