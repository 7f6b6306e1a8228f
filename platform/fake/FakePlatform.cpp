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

} // namespace harbor
