// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace harbor {

namespace safety {
class PhoneNumber;
}

// Everything Harbor asks of the operating system goes through this interface:
// one implementation per OS (chosen in platform/CMakeLists.txt and created in
// platform/createPlatform.cpp), and a fake for tests.
class Platform
{
public:
    enum class FormFactor {
        Phone,
        Desktop,
    };

    enum class DialOutcome {
        // The system dialer (tel: handler, Android ACTION_DIAL) has the number.
        HandedToDialer,
        // Nothing here can place a call: show the number, copy and QR code.
        NoDialer,
    };

    using DialCallback = std::function<void(DialOutcome)>;

    Platform() = default;
    virtual ~Platform() = default;
    Platform(const Platform &) = delete;
    Platform &operator=(const Platform &) = delete;

    [[nodiscard]] virtual FormFactor formFactor() const = 0;

    // Opens the platform's dialer with the number; never places the call
    // itself. `done` is called exactly once, possibly later.
    virtual void dial(const safety::PhoneNumber &number, DialCallback done) = 0;
};

} // namespace harbor
