// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace harbor::shell {
class AppSettings;
class Translations;
} // namespace harbor::shell

namespace harbor::ui {

// Theme and language choices, persisted in AppSettings. A language change
// installs the translation and retranslates every qsTr binding at once.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)

public:
    Preferences(shell::AppSettings &settings, shell::Translations &translations, QObject *parent = nullptr);

    // The composition root (main.cpp, or a test) builds the one instance.
    static void provide(Preferences *instance);
    static Preferences *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    [[nodiscard]] QString effectiveLanguage() const;

Q_SIGNALS:
    void themeChanged();
    void languageChanged();

private:
    shell::AppSettings &m_settings;
    shell::Translations &m_translations;
    QPointer<QQmlEngine> m_engine;
    static inline QPointer<Preferences> s_instance;
};

} // namespace harbor::ui
