// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallController.h"

#include "Platform.h"
#include "safety/Clock.h"
#include "safety/EmergencyDialer.h"
#include "safety/PhoneNumber.h"
#include "shell/AppSettings.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QQmlEngine>

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
    connect(&m_dialer, &safety::EmergencyDialer::refused, this,
        [this](const QString &, const QString &reason) { Q_EMIT callRefused(reason); });
    // Region names are translated: re-read them when the language changes.
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

void CallController::provide(CallController *instance)
{
    s_instance = instance;
}

CallController *CallController::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance) {
        qFatal("CallController::provide() was not called before the QML engine asked for it");
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool CallController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        refreshRegion();
    }
    return QObject::eventFilter(watched, event);
}

void CallController::setRegionProvider(safety::RegionProvider *provider)
{
    m_regionProvider = provider;
    refreshRegion();
}

void CallController::refreshRegion()
{
    m_region = m_regionProvider ? m_regionProvider->currentRegion() : safety::defaultRegion();
    Q_EMIT regionChanged();
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
        Q_EMIT callRefused(tr("%1 is not a number Harbor can send a text message to.").arg(number));
        return false;
    }
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
    Q_EMIT dialerOpened(digits);
    if (!m_settings.callLogNoticeShown()) {
        m_settings.setCallLogNoticeShown();
        Q_EMIT callLogNotice();
    }
}

void CallController::onManualDialNeeded(const QString &digits)
{
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
