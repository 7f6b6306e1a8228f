// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

// After QObject: Status.h does not include it (its Q_GADGET needs it).
#include "Singletons.h"
#include "Status.h"

class QQmlEngine;
class QJSEngine;

namespace harbor::shell {
class AppSettings;
class Translations;
} // namespace harbor::shell

namespace harbor::ui {

// Theme and language choices, persisted in AppSettings. A language change
// installs the translation and retranslates every qsTr binding at once.
// A choice Harbor does not offer, or a translation that could not be
// loaded, is status.error (errorField "theme" or "language").
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)

public:
    Preferences(shell::AppSettings &settings, shell::Translations &translations, QObject *parent = nullptr);

    // The composition root (main.cpp, or a test) builds the one instance.
    HARBOR_PROVIDED_SINGLETON(Preferences)

    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    [[nodiscard]] QString effectiveLanguage() const;
    [[nodiscard]] Status status() const { return m_status; }

Q_SIGNALS:
    void themeChanged();
    void languageChanged();
    void statusChanged();

private:
    // What went wrong, kept so its message follows the language.
    enum class Problem {
        None,
        UnknownTheme,
        UnknownLanguage,
        TranslationMissing,
    };
    void report(Problem problem, const QString &choice = {});
    [[nodiscard]] Status describe() const;

    shell::AppSettings &m_settings;
    shell::Translations &m_translations;
    Problem m_problem = Problem::None;
    QString m_problemChoice;
    Status m_status;
};

} // namespace harbor::ui
