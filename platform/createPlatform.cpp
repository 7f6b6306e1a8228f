// SPDX-License-Identifier: GPL-3.0-or-later
#include "createPlatform.h"

#if defined(__linux__)
#include "linux/LinuxPlatform.h"
#else
#error "Harbor has no platform implementation for this operating system yet"
#endif

namespace harbor {

std::unique_ptr<Platform> createPlatform()
{
#if defined(__linux__)
    return std::make_unique<LinuxPlatform>();
#endif
}

} // namespace harbor
