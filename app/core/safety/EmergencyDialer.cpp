// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/EmergencyDialer.h"

#include "Platform.h"
#include "safety/PhoneNumber.h"

#include <QPointer>

namespace harbor::safety {

EmergencyDialer::EmergencyDialer(Platform &platform, QObject *parent)
    : QObject(parent)
    , m_platform(platform)
{
}

bool EmergencyDialer::call(const QString &number)
{
    PhoneNumber::Error error = PhoneNumber::Error::None;
    const auto parsed = PhoneNumber::parse(number, &error);
    if (!parsed) {
        Q_EMIT refused(number, PhoneNumber::errorMessage(error));
        return false;
    }

    QPointer<EmergencyDialer> self(this);
    m_platform.dial(*parsed, [self, digits = parsed->digits()](Platform::DialOutcome outcome) {
        if (!self) {
            return;
        }
        if (outcome == Platform::DialOutcome::HandedToDialer) {
            Q_EMIT self->handedToDialer(digits);
        } else {
            Q_EMIT self->manualDialNeeded(digits);
        }
    });
    return true;
}

} // namespace harbor::safety
