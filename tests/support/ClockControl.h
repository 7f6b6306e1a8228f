// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/Clock.h"

#include <QObject>

namespace harbor::test {

// Lets a Qt Quick Test move the services' ManualClock (auto-lock, back-off).
class ClockControl : public QObject
{
    Q_OBJECT

public:
    explicit ClockControl(safety::ManualClock &clock, QObject *parent = nullptr)
        : QObject(parent)
        , m_clock(clock)
    {
    }
    Q_INVOKABLE void advance(double ms) { m_clock.advance(static_cast<qint64>(ms)); }

private:
    safety::ManualClock &m_clock;
};

} // namespace harbor::test
