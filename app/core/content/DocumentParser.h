// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QJsonObject>

namespace harbor::content {

// One document of a pack, by its "kind": validated, then added to the pack.
class DocumentParser
{
public:
    // An empty string when the document was added; else why it was not.
    [[nodiscard]] static QString parseInto(const QString &file, const QJsonObject &document, Pack &pack);
};

} // namespace harbor::content
