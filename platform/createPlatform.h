// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Platform.h"

#include <memory>

namespace harbor {

// The one place where the operating system's implementation is chosen.
[[nodiscard]] std::unique_ptr<Platform> createPlatform();

} // namespace harbor
