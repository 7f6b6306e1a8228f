// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForgetAfterLock.h"

#include "ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPixmapCache>
#include <QQmlEngine>
#include <QQuickWindow>

namespace harbor::app {

void forgetAfterLock(QQmlEngine &engine)
{
    // Items unloaded by the lock are deleted later: now, twice, since
    // deleting one can schedule more (their attached objects, delegates).
    for (int round = 0; round < 2; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        engine.collectGarbage();
    }
    engine.trimComponentCache();
    QPixmapCache::clear();
    const auto windows = QGuiApplication::topLevelWindows();
    for (QWindow *window : windows) {
        if (auto *quick = qobject_cast<QQuickWindow *>(window)) {
            quick->releaseResources();
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    process::releaseFreedMemory();
}

} // namespace harbor::app
