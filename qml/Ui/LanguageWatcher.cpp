// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace harbor::ui {

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
