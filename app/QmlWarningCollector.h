// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQmlEngine;

namespace harbor::app {

// Collects every QML warning or error (engine warnings, and messages logged
// from QML/JS code or Qt's QML and Quick categories) while it exists.
class QmlWarningCollector
{
public:
    explicit QmlWarningCollector(QQmlEngine &engine);
    ~QmlWarningCollector();
    QmlWarningCollector(const QmlWarningCollector &) = delete;
    QmlWarningCollector &operator=(const QmlWarningCollector &) = delete;

    [[nodiscard]] const QStringList &warnings() const;
};

} // namespace harbor::app
