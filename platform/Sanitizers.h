// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HARBOR_UNDER_ASAN is defined when this translation unit is built with
// AddressSanitizer (gcc: __SANITIZE_ADDRESS__, clang: __has_feature). Code
// that changes how memory is handled (the wiping free, the decoder's
// sandbox) asks here, so every part agrees on what the sanitizer build is.
#if defined(__SANITIZE_ADDRESS__)
#define HARBOR_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HARBOR_UNDER_ASAN 1
#endif
#endif
