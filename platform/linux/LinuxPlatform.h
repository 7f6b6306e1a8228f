// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Platform.h"

namespace harbor {

// Desktop Linux: a tel: URL goes to the desktop's handler when one is
// registered (xdg-mime); otherwise the caller shows the number to dial by hand.
class LinuxPlatform final : public Platform
{
public:
    LinuxPlatform() = default;

    [[nodiscard]] FormFactor formFactor() const override;
    void dial(const safety::PhoneNumber &number, DialCallback done) override;
};

} // namespace harbor
