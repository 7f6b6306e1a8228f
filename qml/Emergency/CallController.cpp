// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallController.h"

#include "safety/EmergencyDialer.h"
#include "safety/PhoneNumber.h"
#include "shell/AppSettings.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QQmlEngine>

namespace harbor::emergency {

namespace {
const QString kEmergencyNumber = QStringLiteral("911");

QString digitsOf(const QString &number)
{
    const auto parsed = safety::PhoneNumber::parse(number);
    return parsed ? parsed->digits() : QString();
}
} // namespace

CallController::CallController(safety::EmergencyDialer &dialer, shell::AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_dialer(dialer)
    , m_settings(settings)
    , m_region(safety::defaultRegion())
{
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

QStringList CallController::regionNames() const
{
    return m_regionProvider ? m_regionProvider->regionNames() : QStringList { m_region.name };
}

int CallController::regionIndex() const
{
    return m_regionProvider ? m_regionProvider->currentRegionIndex() : 0;
}

void CallController::setRegionIndex(int index)
{
    if (m_regionProvider) {
        m_regionProvider->chooseRegion(index);
    }
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

void CallController::copyToClipboard(const QString &text) const
{
    // Only ever public phone numbers: nothing private is put on the clipboard here.
    if (auto *clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(text);
    }
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
