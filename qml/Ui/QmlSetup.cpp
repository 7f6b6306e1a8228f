// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmlSetup.h"

#include <QQmlEngine>
#include <QQuickStyle>

namespace harbor::ui {

void setUpStyle()
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
}

void setUpEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral(":/"));
}

} // namespace harbor::ui
