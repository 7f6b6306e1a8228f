// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallController.h"

#include "LanguageWatcher.h"
#include "Platform.h"
#include "safety/Clock.h"
#include "safety/EmergencyDialer.h"
#include "safety/PhoneNumber.h"
#include "shell/AppSettings.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlEngine>

#include <algorithm>
#include <utility>

namespace harbor::emergency {

namespace {
const QString kEmergencyNumber = QStringLiteral("911");

QString digitsOf(const QString &number)
{
    const auto parsed = safety::PhoneNumber::parse(number);
    return parsed ? parsed->digits() : QString();
}

const safety::Clock &systemClock()
{
    static const safety::SystemClock clock;
    return clock;
}

QClipboard *applicationClipboard()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr;
}

bool sameRegion(const safety::Region &a, const safety::Region &b)
{
    return a.id == b.id && a.name == b.name && a.hotline.name == b.hotline.name
        && a.hotline.displayNumber == b.hotline.displayNumber && a.hotline.hours == b.hotline.hours
        && a.hotline.reportingLine == b.hotline.reportingLine;
}

bool sameChoices(const QList<safety::RegionChoice> &a, const QList<safety::RegionChoice> &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const safety::RegionChoice &x, const safety::RegionChoice &y) {
            return x.id == y.id && x.name == y.name && x.postal == y.postal;
        });
}
} // namespace

CallController::CallController(safety::EmergencyDialer &dialer, shell::AppSettings &settings, QObject *parent)
    : CallController(dialer, settings, systemClock(), parent)
{
}

CallController::CallController(
    safety::EmergencyDialer &dialer, shell::AppSettings &settings, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_dialer(dialer)
    , m_settings(settings)
    , m_clipboardGuard(applicationClipboard(), clock)
    , m_region(safety::defaultRegion())
{
    // Watches for as long as Harbor runs: whatever Harbor puts on the
    // clipboard, from any screen, is cleared like journal text.
    m_clipboardGuard.setActive(true);
    connect(&m_dialer, &safety::EmergencyDialer::handedToDialer, this, &CallController::onDialerOpened);
    connect(&m_dialer, &safety::EmergencyDialer::manualDialNeeded, this, &CallController::onManualDialNeeded);
    connect(&m_dialer, &safety::EmergencyDialer::refused, this, [this](const QString &, const QString &reason) {
        setStatus(ui::Status::failure(reason, QStringLiteral("number")));
    });
    // Region and hotline names are translated: re-read them when the
    // language changes (Translations::current() already names the new one).
    connect(&ui::LanguageWatcher::shared(), &ui::LanguageWatcher::changed, this, &CallController::refreshRegion);
}

void CallController::setRegionProvider(safety::RegionProvider *provider)
{
    m_regionProvider = provider;
    refreshRegion();
}

void CallController::refreshRegion()
{
    safety::Region region = m_regionProvider ? m_regionProvider->currentRegion() : safety::defaultRegion();
    QList<safety::RegionChoice> choices
        = m_regionProvider ? m_regionProvider->regionChoices() : QList<safety::RegionChoice> {};
    const bool asked = m_regionProvider && m_regionProvider->regionAsked();
    if (sameRegion(region, m_region) && sameChoices(choices, m_regionChoices) && asked == m_regionAsked) {
        return;
    }
    m_region = std::move(region);
    m_regionChoices = std::move(choices);
    m_regionAsked = asked;
    Q_EMIT regionChanged();
}

void CallController::chooseRegion(const QString &regionId)
{
    if (!m_regionProvider) {
        return;
    }
    m_regionProvider->chooseRegion(regionId);
    // The provider may announce it too (the wiring connects it): re-reading
    // is idempotent, so the bar changes once.
    refreshRegion();
}

void CallController::setStatus(const ui::Status &status)
{
    // A second refusal of the same number is news too: always announced.
    if (status == m_status && !status.failed()) {
        return;
    }
    m_status = status;
    Q_EMIT statusChanged();
}

QString CallController::emergencyNumber() const
{
    return kEmergencyNumber;
}

void CallController::callEmergency()
{
    m_dialer.call(kEmergencyNumber);
}

void CallController::callHotline()
{
    m_dialer.call(m_region.hotline.displayNumber);
}

void CallController::callNumber(const QString &name, const QString &displayNumber)
{
    m_requestedName = name;
    m_requestedNumber = displayNumber;
    m_dialer.call(displayNumber);
}

void CallController::copyToClipboard(const QString &text)
{
    setStatus(ui::Status::idle());
    m_clipboardGuard.copy(text);
}

void CallController::openWebsite(const QString &title, const QString &url)
{
    const QUrl website(url, QUrl::StrictMode);
    const QString scheme = website.scheme().toLower();
    if (!website.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || website.host().isEmpty()) {
        m_pendingWebsite.clear();
        return;
    }
    m_pendingWebsite = website;
    Q_EMIT websiteConfirmationNeeded(title, website.toString());
}

bool CallController::openPendingWebsite()
{
    const QUrl website = std::exchange(m_pendingWebsite, QUrl());
    return !website.isEmpty() && m_platform && m_platform->openUrl(website);
}

void CallController::copyPendingLink()
{
    const QUrl website = std::exchange(m_pendingWebsite, QUrl());
    if (!website.isEmpty()) {
        copyToClipboard(website.toString());
    }
}

void CallController::cancelPendingWebsite()
{
    m_pendingWebsite.clear();
}

bool CallController::textNumber(const QString &number)
{
    const auto parsed = safety::PhoneNumber::parse(number);
    if (!parsed) {
        setStatus(ui::Status::failure(
            tr("%1 is not a number Harbor can send a text message to.").arg(number), QStringLiteral("number")));
        return false;
    }
    setStatus(ui::Status::idle());
    return m_platform && m_platform->openUrl(QUrl(QStringLiteral("sms:") + parsed->digits()));
}

bool CallController::openFile(const QUrl &file)
{
    return file.isLocalFile() && m_platform && m_platform->openUrl(file);
}

void CallController::quickExit()
{
    m_pendingWebsite.clear();
    m_clipboardGuard.clearNow();
    Q_EMIT quickExitRequested();
}

void CallController::onDialerOpened(const QString &digits)
{
    setStatus(ui::Status::idle());
    Q_EMIT dialerOpened(digits);
    if (!m_settings.callLogNoticeShown()) {
        m_settings.setCallLogNoticeShown();
        Q_EMIT callLogNotice();
    }
}

void CallController::onManualDialNeeded(const QString &digits)
{
    setStatus(ui::Status::idle());
    if (digits == kEmergencyNumber) {
        Q_EMIT manualDialNeeded(tr("Emergency services"), kEmergencyNumber, digits);
    } else if (digits == digitsOf(m_region.hotline.displayNumber)) {
        Q_EMIT manualDialNeeded(m_region.hotline.name, m_region.hotline.displayNumber, digits);
    } else if (!m_requestedNumber.isEmpty() && digits == digitsOf(m_requestedNumber)) {
        Q_EMIT manualDialNeeded(m_requestedName, m_requestedNumber, digits);
    } else {
        Q_EMIT manualDialNeeded(QString(), digits, digits);
    }
}

} // namespace harbor::emergency
