// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace harbor::shell {

// Installs Harbor's translation for a language ("en", "es", or "system" to
// follow the system's preferred languages). English is the source language.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Returns the language now in effect ("en" or "es"). Dates, times and
    // numbers follow it too: QLocale's default becomes localeFor().
    QString apply(const QString &choice);

    [[nodiscard]] QString current() const { return m_current; }
    [[nodiscard]] static QString resolve(const QString &choice, const QLocale &system);
    // The system's own locale when it speaks the language (en_GB keeps its
    // day-month order); otherwise the language in the system's country
    // (Spanish on an American system is es_US).
    [[nodiscard]] static QLocale localeFor(const QString &language, const QLocale &system);

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_current = QStringLiteral("en");
};

} // namespace harbor::shell
