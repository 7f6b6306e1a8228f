// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

namespace harbor::ui {

LanguageWatcher &LanguageWatcher::shared()
{
    // Parented to the application, so it goes with it; a test that makes a
    // second application gets a second watcher.
    static QPointer<LanguageWatcher> watcher;
    if (!watcher) {
        Q_ASSERT_X(QCoreApplication::instance(), "LanguageWatcher::shared", "needs the application object");
        watcher = new LanguageWatcher(QCoreApplication::instance());
    }
    return *watcher;
}

LanguageWatcher::LanguageWatcher(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

bool LanguageWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        Q_EMIT changed();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace harbor::ui
