// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include "LanguageWatcher.h"
#include "shell/AppSettings.h"
#include "shell/Translations.h"

#include <QLocale>
#include <QQmlEngine>

#include <algorithm>

namespace harbor::ui {

namespace {

// The offered size equal to scale, or 0.
qreal offeredTextScale(qreal scale)
{
    const QList<qreal> scales = Preferences::textScales();
    const auto found = std::find_if(
        scales.cbegin(), scales.cend(), [scale](qreal offered) { return qFuzzyCompare(offered, scale); });
    return found == scales.cend() ? 0 : *found;
}

} // namespace

Preferences::Preferences(shell::AppSettings &settings, shell::Translations &translations, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_translations(translations)
    , m_textScale(readTextScale())
{
    // Whoever installed another translation: the language in effect and the
    // words of a problem shown follow it (Translations::apply() names the new
    // language before the change is announced).
    connect(&LanguageWatcher::shared(), &LanguageWatcher::changed, this, [this] {
        Q_EMIT languageChanged();
        report(m_problem, m_problemChoice);
    });
}

QString Preferences::theme() const
{
    return m_settings.theme();
}

void Preferences::setTheme(const QString &theme)
{
    if (theme == m_settings.theme()) {
        report(Problem::None);
        return;
    }
    m_settings.setTheme(theme);
    if (m_settings.theme() != theme) {
        report(Problem::UnknownTheme, theme);
        return;
    }
    report(Problem::None);
    Q_EMIT themeChanged();
}

QString Preferences::language() const
{
    return m_settings.language();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == m_settings.language()) {
        report(Problem::None);
        return;
    }
    m_settings.setLanguage(language);
    if (m_settings.language() != language) {
        report(Problem::UnknownLanguage, language);
        return;
    }
    // Every engine retranslates its qsTr bindings on the language-change
    // signal this sends (QmlSetup.cpp).
    const QString effective = m_translations.apply(language);
    // "system" may well end in English; a named language must be the one shown.
    report(language != QLatin1String("system") && effective != language ? Problem::TranslationMissing : Problem::None,
        language);
    Q_EMIT languageChanged();
}

QString Preferences::effectiveLanguage() const
{
    return m_translations.current();
}

QList<qreal> Preferences::textScales()
{
    return { 1.0, 1.25, 1.5, 1.75, 2.0 };
}

qreal Preferences::readTextScale() const
{
    // A hand-edited or damaged value: as the system.
    const qreal offered = offeredTextScale(m_settings.textScale());
    return offered > 0 ? offered : 1.0;
}

void Preferences::setTextScale(qreal scale)
{
    const qreal offered = offeredTextScale(scale);
    if (offered <= 0) {
        report(Problem::UnknownTextScale, QLocale().toString(scale * 100, 'g', 4));
        return;
    }
    if (qFuzzyCompare(offered, m_textScale)) {
        report(Problem::None);
        return;
    }
    m_textScale = offered;
    m_settings.setTextScale(offered);
    report(Problem::None);
    Q_EMIT textScaleChanged();
}

void Preferences::report(Problem problem, const QString &choice)
{
    m_problem = problem;
    m_problemChoice = problem == Problem::None ? QString() : choice;
    const Status status = describe();
    if (status != m_status) {
        m_status = status;
        Q_EMIT statusChanged();
    }
}

Status Preferences::describe() const
{
    switch (m_problem) {
    case Problem::None:
        return Status::idle();
    case Problem::UnknownTheme:
        return Status::failure(
            tr("Harbor has no appearance called \"%1\".").arg(m_problemChoice), QStringLiteral("theme"));
    case Problem::UnknownLanguage:
        return Status::failure(
            tr("Harbor is not translated into \"%1\".").arg(m_problemChoice), QStringLiteral("language"));
    case Problem::TranslationMissing:
        return Status::failure(
            tr("The translation could not be loaded: Harbor is shown in English."), QStringLiteral("language"));
    case Problem::UnknownTextScale:
        //: %1 is a number such as 130: a text size in percent Harbor does not offer.
        return Status::failure(tr("Harbor has no text size of %1%.").arg(m_problemChoice), QStringLiteral("textScale"));
    }
    return Status::idle();
}

} // namespace harbor::ui
