// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/ClipboardGuard.h"
#include "safety/Region.h"
#include "safety/RegionProvider.h"

#include <QObject>

#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

// After QObject: Status.h does not include it (its Q_GADGET needs it).
#include "Singletons.h"
#include "Status.h"

class QQmlEngine;
class QJSEngine;

namespace harbor {
class Platform;
}
namespace harbor::safety {
class Clock;
class EmergencyDialer;
} // namespace harbor::safety
namespace harbor::shell {
class AppSettings;
}

namespace harbor::emergency {

// What the emergency bar shows and does: 911 and the current region's
// hotline, dialled through safety::EmergencyDialer (validated first); the
// region itself (the one place QML reads and sets it: "Where do you live?",
// onboarding and Resources filter regionChoices() through a RegionChooser);
// the
// one way Harbor copies (a clipboard guard clears it after 30 s and on quit)
// and opens anything outside itself (the platform's openUrl, a website only
// after the user was told it lands in the browser's history); and quick
// exit, which the emergency bar offers on every screen.
class CallController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString emergencyNumber READ emergencyNumber CONSTANT)
    // The chosen region's id and name; empty when none is chosen.
    Q_PROPERTY(QString regionId READ regionId NOTIFY regionChanged)
    Q_PROPERTY(QString regionName READ regionName NOTIFY regionChanged)
    // False until the user chose a region or said they would rather not.
    Q_PROPERTY(bool regionAsked READ regionAsked NOTIFY regionChanged)
    Q_PROPERTY(QString hotlineName READ hotlineName NOTIFY regionChanged)
    Q_PROPERTY(QString hotlineNumber READ hotlineNumber NOTIFY regionChanged)
    Q_PROPERTY(QString hotlineHours READ hotlineHours NOTIFY regionChanged)
    // The quick exit's keyboard shortcut (the emergency bar's Shortcut, onboarding).
    Q_PROPERTY(QString quickExitShortcut READ quickExitShortcut CONSTANT)
    // A refused number (not a phone number Harbor dials or texts) is
    // status.error; the next call, text or copy clears it.
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)

public:
    // Ctrl+Shift+Q: no Qt standard key and no GNOME, KDE or Windows default
    // uses it; Escape is "back/close". (On macOS Qt reads Ctrl as Command,
    // and Command+Shift+Q logs out: that port needs its own.)
    static constexpr const char *kQuickExitShortcut = "Ctrl+Shift+Q";

    CallController(safety::EmergencyDialer &dialer, shell::AppSettings &settings, QObject *parent = nullptr);
    // The clipboard's 30 s on `clock` (tests move a ManualClock); it must outlive this.
    CallController(safety::EmergencyDialer &dialer, shell::AppSettings &settings, const safety::Clock &clock,
        QObject *parent = nullptr);

    HARBOR_PROVIDED_SINGLETON(CallController)

    [[nodiscard]] QString emergencyNumber() const;
    [[nodiscard]] QString regionId() const { return m_region.id; }
    [[nodiscard]] QString regionName() const { return m_region.id.isEmpty() ? QString() : m_region.name; }
    [[nodiscard]] bool regionAsked() const { return m_regionAsked; }
    // The regions the user can choose from, in the order to show them.
    [[nodiscard]] QList<safety::RegionChoice> regionChoices() const { return m_regionChoices; }
    [[nodiscard]] QString hotlineName() const { return m_region.hotline.name; }
    [[nodiscard]] QString hotlineNumber() const { return m_region.hotline.displayNumber; }
    [[nodiscard]] QString hotlineHours() const { return m_region.hotline.hours; }
    [[nodiscard]] static QString quickExitShortcut() { return QString::fromLatin1(kQuickExitShortcut); }
    [[nodiscard]] ui::Status status() const { return m_status; }

    // What opens websites, sms: and files; without one (some tests) nothing opens.
    void setPlatform(Platform *platform) { m_platform = platform; }
    // Everything Harbor copies goes through this guard.
    [[nodiscard]] safety::ClipboardGuard &clipboardGuard() { return m_clipboardGuard; }

    // Where the regions and the chosen one's hotline come from (the content
    // library); the built-in fallback hotline until one is set.
    void setRegionProvider(safety::RegionProvider *provider);
    // Re-reads the region and the choices (the provider's region or pack
    // changed, or the language did); regionChanged() only if something did.
    void refreshRegion();

    // An id from regionChoices(), or an empty id for "I'd rather not say"
    // (the bar then dials the honest national fallback).
    Q_INVOKABLE void chooseRegion(const QString &regionId);

    Q_INVOKABLE void callEmergency();
    Q_INVOKABLE void callHotline();
    // Any number from the content (a resource's line), validated like every
    // other before it reaches the dialer; `name` labels the sheet shown
    // where no dialer exists.
    Q_INVOKABLE void callNumber(const QString &name, const QString &displayNumber);
    // Puts public text (a number, a link) on the clipboard; it is cleared
    // after 30 s, on quick exit and on quit, if it is still Harbor's.
    Q_INVOKABLE void copyToClipboard(const QString &text);

    // A website (https or http) from the content: asks first
    // (websiteConfirmationNeeded); opens only through openPendingWebsite().
    Q_INVOKABLE void openWebsite(const QString &title, const QString &url);
    // The user chose: open it in the browser, copy the link instead, or neither.
    Q_INVOKABLE bool openPendingWebsite();
    Q_INVOKABLE void copyPendingLink();
    Q_INVOKABLE void cancelPendingWebsite();
    // A text message to a number from the content (validated like a call).
    Q_INVOKABLE bool textNumber(const QString &number);
    // A file Harbor wrote (an exported report), in the user's viewer.
    Q_INVOKABLE bool openFile(const QUrl &file);

    // Quick exit: clears what Harbor copied and asks the app to close its
    // window at once (quickExitRequested: main quits). The emergency bar
    // locks the journal first.
    Q_INVOKABLE void quickExit();

Q_SIGNALS:
    void regionChanged();
    void statusChanged();
    // The dialer has the number; nothing more to show.
    void dialerOpened(const QString &digits);
    // No dialer here: show `displayNumber` large, with a copy button and QR code.
    void manualDialNeeded(const QString &label, const QString &displayNumber, const QString &digits);
    // Once, after the first call handed to a dialer: calls appear in the
    // phone's call log (SECURITY.md), which matters in a shared household.
    void callLogNotice();
    // Say that the website will appear in the browser's history; offer
    // "Copy link" instead.
    void websiteConfirmationNeeded(const QString &title, const QString &url);
    // Close every window now and quit (main.cpp); tests observe it instead.
    void quickExitRequested();

private:
    void setStatus(const ui::Status &status);
    void onManualDialNeeded(const QString &digits);

    void onDialerOpened(const QString &digits);

    safety::EmergencyDialer &m_dialer;
    shell::AppSettings &m_settings;
    safety::RegionProvider *m_regionProvider = nullptr;
    Platform *m_platform = nullptr;
    safety::ClipboardGuard m_clipboardGuard;
    QUrl m_pendingWebsite;
    QString m_requestedName;
    QString m_requestedNumber;
    safety::Region m_region;
    QList<safety::RegionChoice> m_regionChoices;
    bool m_regionAsked = false;
    ui::Status m_status;
};

} // namespace harbor::emergency
