// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeDialer.h"

namespace harbor::test {

FakeDialer::FakeDialer(FakePlatform &platform, QObject *parent)
    : QObject(parent)
    , m_platform(platform)
{
}

} // namespace harbor::test
