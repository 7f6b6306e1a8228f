// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Translations.h"

#include <QCoreApplication>

namespace harbor::shell {

namespace {
const QStringList kTranslated = { QStringLiteral("es") };
}

Translations::~Translations()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
    }
}

QString Translations::resolve(const QString &choice, const QLocale &system)
{
    if (choice == QLatin1String("en") || kTranslated.contains(choice)) {
        return choice;
    }
    for (const QString &language : system.uiLanguages()) {
        QString code = language.section(u'-', 0, 0).toLower();
        if (code == QLatin1String("en") || kTranslated.contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

QString Translations::apply(const QString &choice)
{
    const QString language = resolve(choice, QLocale::system());
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // English loads its file too, for plural forms ("1 minute", "10 minutes").
    const bool loaded = m_translator.load(QStringLiteral(":/i18n/harbor_%1.qm").arg(language));
    m_current = loaded ? language : QStringLiteral("en");
    // Before installTranslator() sends LanguageChange, so whoever re-reads
    // then formats dates and numbers in the new language.
    QLocale::setDefault(localeFor(m_current, QLocale::system()));
    if (loaded) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    return m_current;
}

QLocale Translations::localeFor(const QString &language, const QLocale &system)
{
    const QLocale::Language chosen = QLocale(language).language();
    if (system.language() == chosen) {
        return system;
    }
    return QLocale(chosen, system.territory());
}

} // namespace harbor::shell
