// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

namespace harbor::content {

// What the documents of a pack say of each other: every resource a flow or
// the recovery guidance asks to call exists, every region's hotline exists
// and has a phone number, included regions exist, ids are unique. What
// breaks a link is left out and named in Pack::problems.
class PackLinks
{
public:
    static void check(Pack &pack);
};

} // namespace harbor::content
