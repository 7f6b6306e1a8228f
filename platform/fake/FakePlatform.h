// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Platform.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace harbor {

// Records what would have been dialled or opened, for tests. Answers synchronously.
// simulateSessionLock() stands for the OS reporting a session lock or sleep.
class FakePlatform final : public Platform
{
public:
    explicit FakePlatform(FormFactor formFactor = FormFactor::Desktop, bool hasDialer = true);

    [[nodiscard]] FormFactor formFactor() const override;
    void dial(const safety::PhoneNumber &number, DialCallback done) override;
    bool openUrl(const QUrl &url) override;
    void watchSessionLock(SessionLockCallback onLock) override;

    // Every URL handed to openUrl(), in order.
    [[nodiscard]] const QList<QUrl> &opened() const { return m_opened; }
    void setHasDialer(bool hasDialer) { m_hasDialer = hasDialer; }
    // Every number handed to dial(), in order, whether or not a dialer exists.
    [[nodiscard]] const QStringList &dialled() const { return m_dialled; }
    void clear()
    {
        m_dialled.clear();
        m_opened.clear();
    }

    // Calls every callback given to watchSessionLock(), in order, synchronously.
    void simulateSessionLock();
    [[nodiscard]] qsizetype sessionLockWatchers() const { return m_sessionLockCallbacks.size(); }

private:
    FormFactor m_formFactor;
    bool m_hasDialer;
    QStringList m_dialled;
    QList<QUrl> m_opened;
    QList<SessionLockCallback> m_sessionLockCallbacks;
};

} // namespace harbor
