// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject> // before Status.h: its Q_GADGET needs it

#include "Singletons.h"
#include "Status.h"
#include "updates/PackChanges.h"
#include "updates/UpdateService.h"

#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;

namespace harbor::content {
class ContentLibrary;
}
namespace harbor::shell {
class AppSettings;
}

namespace harbor::settingsui {

// One line of "What changed in the last update": what it is about and how
// it changed ("New", "Updated", "Removed"), translated.
class ContentChange
{
    Q_GADGET
    QML_VALUE_TYPE(contentChange)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString change MEMBER change)

public:
    friend bool operator==(const ContentChange &, const ContentChange &) = default;
    QString title;
    QString change;
};

// Content updates for the Settings page and the consent panel: whether
// Harbor may go online (not chosen yet / daily check / off; the service
// enforces it), the update address (https only; a self-hosted mirror may
// replace the default), "Check now" with progress, the last result in a
// calm sentence, how old the content is and whether it is past its expiry,
// and what the last update changed.
class UpdatesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // False until the user chose whether Harbor goes online: then the
    // consent panel shows and nothing is fetched on a schedule.
    Q_PROPERTY(bool consentChosen READ consentChosen NOTIFY enabledChanged)
    // The daily check (the user's consent is "daily"); false: off or not chosen.
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(QString address READ address NOTIFY addressChanged)
    Q_PROPERTY(bool customAddress READ customAddress NOTIFY addressChanged)
    // The check: busy with its progress while it runs, then the result in
    // a calm sentence (notice) or why it failed (error).
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString contentSummary READ contentSummary NOTIFY statusChanged)
    // "Content checked 3 weeks ago." (empty before the first good check)
    Q_PROPERTY(QString checkedAge READ checkedAge NOTIFY statusChanged)
    // "Guides published 2 months ago."
    Q_PROPERTY(QString publishedAge READ publishedAge NOTIFY statusChanged)
    // The installed content is past its manifest's expiry date.
    Q_PROPERTY(bool expired READ expired NOTIFY statusChanged)
    Q_PROPERTY(QString expiryWarning READ expiryWarning NOTIFY statusChanged)
    // "What changed in the last update"
    Q_PROPERTY(QList<harbor::settingsui::ContentChange> changes READ changes NOTIFY statusChanged)

public:
    using LanguageSource = std::function<QString()>;

    UpdatesController(updates::UpdateService &service, shell::AppSettings &settings, content::ContentLibrary &library,
        LanguageSource language, QObject *parent = nullptr);
    ~UpdatesController() override;

    HARBOR_PROVIDED_SINGLETON(UpdatesController)

    [[nodiscard]] bool consentChosen() const;
    [[nodiscard]] bool enabled() const;
    void setEnabled(bool enabled);
    [[nodiscard]] QString address() const;
    [[nodiscard]] bool customAddress() const;
    [[nodiscard]] ui::Status status() const;
    [[nodiscard]] QString contentSummary() const;
    [[nodiscard]] QList<ContentChange> changes() const;
    [[nodiscard]] QString checkedAge() const;
    [[nodiscard]] QString publishedAge() const;
    [[nodiscard]] bool expired() const { return m_service.contentExpired(); }
    [[nodiscard]] QString expiryWarning() const;

    // "just now", "3 weeks ago", "2 months ago" (translated, plural forms):
    // how long before `nowMs` the moment `thenMs` was; a moment in the
    // future counts as now.
    [[nodiscard]] static QString ago(qint64 thenMs, qint64 nowMs);

    // The user's answer to the consent panel: a daily check, or no going online.
    Q_INVOKABLE void choose(bool dailyCheck);
    // The user asked for one check: allowed even while the daily check is off.
    Q_INVOKABLE void checkNow();
    // Saves an https address; returns a translated reason when it is not one.
    Q_INVOKABLE QString setAddress(const QString &text);
    Q_INVOKABLE void resetAddress();

Q_SIGNALS:
    void enabledChanged();
    void addressChanged();
    void statusChanged();

private:
    [[nodiscard]] QString formatTime(qint64 ms) const;
    [[nodiscard]] QString resultSentence() const;

    updates::UpdateService &m_service;
    shell::AppSettings &m_settings;
    content::ContentLibrary &m_library;
    LanguageSource m_language;
    bool m_installedThisSession = false;
    QTimer m_ageTick; // "3 weeks ago" moves on while Harbor stays open
};

} // namespace harbor::settingsui
