// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include "shell/AppSettings.h"
#include "shell/Translations.h"

#include <QQmlEngine>

namespace harbor::ui {

Preferences::Preferences(shell::AppSettings &settings, shell::Translations &translations, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_translations(translations)
{
}

void Preferences::provide(Preferences *instance)
{
    s_instance = instance;
}

Preferences *Preferences::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    if (!s_instance) {
        qFatal("Preferences::provide() was not called before the QML engine asked for it");
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_engine = qmlEngine;
    return s_instance;
}

QString Preferences::theme() const
{
    return m_settings.theme();
}

void Preferences::setTheme(const QString &theme)
{
    if (theme == m_settings.theme()) {
        return;
    }
    m_settings.setTheme(theme);
    Q_EMIT themeChanged();
}

QString Preferences::language() const
{
    return m_settings.language();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == m_settings.language()) {
        return;
    }
    m_settings.setLanguage(language);
    m_translations.apply(m_settings.language());
    if (m_engine) {
        m_engine->retranslate();
    }
    Q_EMIT languageChanged();
}

QString Preferences::effectiveLanguage() const
{
    return m_translations.current();
}

} // namespace harbor::ui
