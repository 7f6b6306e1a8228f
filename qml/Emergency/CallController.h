// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/Region.h"
#include "safety/RegionProvider.h"

#include <QObject>

#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <functional>

class QQmlEngine;
class QJSEngine;

namespace harbor::safety {
class EmergencyDialer;
}
namespace harbor::shell {
class AppSettings;
}

namespace harbor::emergency {

// What the emergency bar shows and does: 911 and the current region's
// hotline, dialled through safety::EmergencyDialer (validated first).
class CallController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString emergencyNumber READ emergencyNumber CONSTANT)
    Q_PROPERTY(QString regionName READ regionName NOTIFY regionChanged)
    // The regions to choose from (onboarding) and the chosen one's index.
    Q_PROPERTY(QStringList regionNames READ regionNames NOTIFY regionChanged)
    Q_PROPERTY(int regionIndex READ regionIndex WRITE setRegionIndex NOTIFY regionChanged)
    Q_PROPERTY(QString hotlineName READ hotlineName NOTIFY regionChanged)
    Q_PROPERTY(QString hotlineNumber READ hotlineNumber NOTIFY regionChanged)
    Q_PROPERTY(QString hotlineHours READ hotlineHours NOTIFY regionChanged)

public:
    CallController(safety::EmergencyDialer &dialer, shell::AppSettings &settings, QObject *parent = nullptr);

    static void provide(CallController *instance);
    static CallController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] QString emergencyNumber() const;
    [[nodiscard]] QString regionName() const { return m_region.name; }
    [[nodiscard]] QStringList regionNames() const;
    [[nodiscard]] int regionIndex() const;
    void setRegionIndex(int index);
    [[nodiscard]] QString hotlineName() const { return m_region.hotline.name; }
    [[nodiscard]] QString hotlineNumber() const { return m_region.hotline.displayNumber; }
    [[nodiscard]] QString hotlineHours() const { return m_region.hotline.hours; }

    // Where the regions and the chosen one's hotline come from (the content
    // library); the built-in Colorado hotline until one is set.
    void setRegionProvider(safety::RegionProvider *provider);
    // Re-reads the region (it changed, or its language did).
    void refreshRegion();

    Q_INVOKABLE void callEmergency();
    Q_INVOKABLE void callHotline();
    // Any number from the content (a resource's line), validated like every
    // other before it reaches the dialer; `name` labels the sheet shown
    // where no dialer exists.
    Q_INVOKABLE void callNumber(const QString &name, const QString &displayNumber);
    Q_INVOKABLE void copyToClipboard(const QString &text) const;

Q_SIGNALS:
    void regionChanged();
    // The dialer has the number; nothing more to show.
    void dialerOpened(const QString &digits);
    // No dialer here: show `displayNumber` large, with a copy button and QR code.
    void manualDialNeeded(const QString &label, const QString &displayNumber, const QString &digits);
    void callRefused(const QString &reason);
    // Once, after the first call handed to a dialer: calls appear in the
    // phone's call log (SECURITY.md), which matters in a shared household.
    void callLogNotice();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onManualDialNeeded(const QString &digits);

    void onDialerOpened(const QString &digits);

    safety::EmergencyDialer &m_dialer;
    shell::AppSettings &m_settings;
    safety::RegionProvider *m_regionProvider = nullptr;
    QString m_requestedName;
    QString m_requestedNumber;
    safety::Region m_region;
    static inline QPointer<CallController> s_instance;
};

} // namespace harbor::emergency
