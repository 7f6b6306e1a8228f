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

// Theme, language and text size choices, persisted in AppSettings' file. A
// language change installs the translation and retranslates every qsTr
// binding at once. A choice Harbor does not offer, or a translation that
// could not be loaded, is status.error (errorField "theme", "language" or
// "textScale").
//
// The text size multiplies the system's font size (Theme.baseFontSize):
// 1 (as the system), 1.25, 1.5, 1.75 or 2 (200 %).
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QList<qreal> textScales READ textScales CONSTANT)
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
    [[nodiscard]] qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    // The sizes Harbor offers, smallest first.
    [[nodiscard]] static QList<qreal> textScales();
    [[nodiscard]] Status status() const { return m_status; }

Q_SIGNALS:
    void themeChanged();
    void languageChanged();
    void textScaleChanged();
    void statusChanged();

private:
    // What went wrong, kept so its message follows the language.
    enum class Problem {
        None,
        UnknownTheme,
        UnknownLanguage,
        TranslationMissing,
        UnknownTextScale,
    };
    void report(Problem problem, const QString &choice = {});
    [[nodiscard]] Status describe() const;
    [[nodiscard]] qreal readTextScale() const;

    shell::AppSettings &m_settings;
    shell::Translations &m_translations;
    qreal m_textScale = 1.0;
    Problem m_problem = Problem::None;
    QString m_problemChoice;
    Status m_status;
};

} // namespace harbor::ui
