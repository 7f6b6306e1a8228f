// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmlSetup.h"

#include "LanguageWatcher.h"
#include "SecretInputAccessible.h"

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
    // Passphrase inputs never show their text to assistive technology.
    installSecretInputAccessibility();
    // A language chosen in Settings re-evaluates every qsTr binding at once.
    QObject::connect(&LanguageWatcher::shared(), &LanguageWatcher::changed, &engine, &QQmlEngine::retranslate);
}

} // namespace harbor::ui
