// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fake/FakePlatform.h"

#include <QObject>
#include <QStringList>

namespace harbor::test {

// Exposes FakePlatform's record of dialled numbers to Qt Quick Tests.
class FakeDialer : public QObject
{
    Q_OBJECT
public:
    explicit FakeDialer(FakePlatform &platform, QObject *parent = nullptr);

    // Every number that reached the platform since clear(), in order.
    Q_INVOKABLE QStringList dialled() const { return m_platform.dialled(); }
    Q_INVOKABLE void clear() { m_platform.clear(); }
    Q_INVOKABLE void setHasDialer(bool hasDialer) { m_platform.setHasDialer(hasDialer); }

private:
    FakePlatform &m_platform;
};

} // namespace harbor::test
