// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakePlatform.h"

#include "safety/PhoneNumber.h"

namespace harbor {

FakePlatform::FakePlatform(FormFactor formFactor, bool hasDialer)
    : m_formFactor(formFactor)
    , m_hasDialer(hasDialer)
{
}

Platform::FormFactor FakePlatform::formFactor() const
{
    return m_formFactor;
}

void FakePlatform::dial(const safety::PhoneNumber &number, DialCallback done)
{
    m_dialled.append(number.digits());
    done(m_hasDialer ? DialOutcome::HandedToDialer : DialOutcome::NoDialer);
}

bool FakePlatform::openUrl(const QUrl &url)
{
    m_opened.append(url);
    return true;
}

void FakePlatform::watchSessionLock(SessionLockCallback onLock)
{
    m_sessionLockCallbacks.append(std::move(onLock));
}

void FakePlatform::simulateSessionLock()
{
    // A copy: a callback may add another watcher.
    const auto callbacks = m_sessionLockCallbacks;
    for (const auto &onLock : callbacks) {
        onLock();
    }
}

} // namespace harbor
